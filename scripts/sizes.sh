#!/usr/bin/env bash
# Prints the bytes of every file in a built site: raw, gzip -9 and (when available) brotli.
set -euo pipefail
dir=${1:-dist}
printf '%-48s %10s %10s %10s\n' file raw gzip brotli
total_raw=0 total_gz=0 total_br=0
while IFS= read -r f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  if command -v brotli >/dev/null; then br=$(brotli -c -q 11 "$f" | wc -c); else br=0; fi
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
  printf '%-48s %10d %10d %10d\n' "${f#"$dir"/}" "$raw" "$gz" "$br"
done < <(find "$dir" -type f | sort)
printf '%-48s %10d %10d %10d\n' TOTAL "$total_raw" "$total_gz" "$total_br"
