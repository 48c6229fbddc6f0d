#!/usr/bin/env bash
# The font the link preview is drawn in (assets/fonts/), so the picture is the same on every
# machine: DejaVu Sans and DejaVu Sans Bold (Debian's fonts-dejavu-core), cut to Latin, Latin-1
# and the punctuation the page uses by fontTools' pyftsubset (PyPI). The output is committed;
# run this only to change the characters.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=/usr/share/fonts/truetype/dejavu
[ -f "$source_dir/DejaVuSans.ttf" ] || sudo apt-get install -y fonts-dejavu-core
python3 -c 'import fontTools' 2>/dev/null || pip install --quiet fonttools
unicodes="U+0020-007E,U+00A0-00FF,U+0100-017F,U+2010-2027,U+2030-203A,U+2190-2192,U+2212"
for face in DejaVuSans DejaVuSans-Bold; do
  pyftsubset "$source_dir/$face.ttf" --unicodes="$unicodes" --layout-features='kern,liga' \
    --no-hinting --desubroutinize --output-file="assets/fonts/$face-subset.ttf"
done
cp /usr/share/doc/fonts-dejavu-core/copyright assets/fonts/LICENSE-DejaVu.txt
ls -l assets/fonts
