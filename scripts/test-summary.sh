#!/usr/bin/env bash
# Adds up the `test result:` lines of each layer's logs and prints one line per layer and engine,
# then the total. The e2e log holds every engine's tests, named `<engine>::…`.
set -euo pipefail
logs=$1
all_passed=0 all_failed=0
# Prints one line and adds to the total: a label, then passed and failed counts.
line() {
  printf '%-18s %4d passed, %d failed\n' "$1:" "$2" "$3"
  all_passed=$((all_passed + $2)) all_failed=$((all_failed + $3))
}
# The passed and failed counts of a log's `test result:` lines.
results() {
  grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed' "$1" \
    | awk '{p += $4; f += $6} END {print p + 0, f + 0}'
}
read -r p f < <(results "$logs/native.log"); line native "$p" "$f"
for engine in chromium firefox; do
  read -r p f < <(results "$logs/browser-$engine.log"); line "browser $engine" "$p" "$f"
done
read -r p f < <(results "$logs/e2e.log")
for engine in chromium firefox webkit; do
  ep=$(grep -Ec "^test $engine::.* \.\.\. ok$" "$logs/e2e.log" || true)
  ef=$(grep -Ec "^test $engine::.* \.\.\. FAILED$" "$logs/e2e.log" || true)
  line "e2e $engine" "$ep" "$ef"
  p=$((p - ep)) f=$((f - ef))
done
# Anything the runner counted that no engine's lines account for is counted here, never lost.
if [ "$p" -ne 0 ] || [ "$f" -ne 0 ]; then line "e2e other" "$p" "$f"; fi
echo "total: $all_passed passed, $all_failed failed"
[ "$all_failed" -eq 0 ]
