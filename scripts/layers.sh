#!/usr/bin/env bash
# The layers' import rules, which the compiler does not hold: the core depends on no browser
# crate for any target, and the app's shared state (src/state, src/load.rs) imports no view.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
browser=$(cargo tree -p brink-core -e normal --target all --prefix none \
  | grep -E '^(leptos|web-sys|js-sys|wasm-bindgen)[ _-]' || true)
if [ -n "$browser" ]; then
  echo "layers: brink-core depends on browser crates:" >&2
  echo "$browser" | sort -u >&2
  status=1
fi
views=$(grep -rn 'crate::ui' src/state src/load.rs || true)
if [ -n "$views" ]; then
  echo "layers: the app's shared state imports views:" >&2
  echo "$views" >&2
  status=1
fi
exit $status
