#!/usr/bin/env bash
# Adds up the `test result:` lines of each layer's log and prints one line per layer and a total.
set -euo pipefail
logs=$1
all_passed=0 all_failed=0
for layer in native browser e2e; do
  log="$logs/$layer.log"
  passed=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed' "$log" | awk '{s += $4} END {print s + 0}')
  failed=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed' "$log" | awk '{s += $6} END {print s + 0}')
  printf '%-8s %4d passed, %d failed\n' "$layer:" "$passed" "$failed"
  all_passed=$((all_passed + passed)) all_failed=$((all_failed + failed))
done
echo "total: $all_passed passed, $all_failed failed"
[ "$all_failed" -eq 0 ]
