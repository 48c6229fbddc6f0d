#!/usr/bin/env bash
# Checks each first-view file of a built site against byte-budget.txt: its brotli -q 11 size must
# not pass its budget. Prints one line a file; fails naming the file, its size and its budget.
set -euo pipefail
site=$1
budgets=${2:-byte-budget.txt}
over=0
while read -r pattern budget _; do
  [[ -z "$pattern" || "$pattern" == \#* ]] && continue
  shopt -s nullglob
  # shellcheck disable=SC2206 # the pattern is a glob on purpose
  files=("$site"/$pattern)
  shopt -u nullglob
  if [ "${#files[@]}" -ne 1 ]; then
    echo "byte budget: $pattern matches ${#files[@]} files in $site, not one" >&2
    over=1
    continue
  fi
  size=$(brotli -c -q 11 "${files[0]}" | wc -c)
  name=${files[0]#"$site"/}
  if [ "$size" -gt "$budget" ]; then
    echo "byte budget: $name is $size bytes brotli, over its budget of $budget" >&2
    over=1
  else
    printf 'byte budget: %-40s %8d of %8d bytes brotli\n' "$name" "$size" "$budget"
  fi
done < "$budgets"
exit "$over"
