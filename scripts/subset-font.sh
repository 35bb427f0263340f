#!/usr/bin/env bash
# Subsets Debian's Inter (fonts-inter) to Latin-1 plus German typography, so the app ships a real
# typeface in a few KB. Usage: subset-font.sh WEIGHT OUT.otf   (WEIGHT: Regular, SemiBold, ...)
set -euo pipefail
weight=$1
out=$2
src=/usr/share/fonts/opentype/inter/Inter-$weight.otf
[ -f "$src" ] || { echo "subset-font: $src missing (install fonts-inter)" >&2; exit 1; }
# Latin-1, en/em dash, German quotes „“‚‘ and ”’, bullet, ellipsis, euro, arrows → ←, check ✓
unicodes="U+0020-007E,U+00A0-00FF,U+2013-2014,U+2018-201E,U+2022,U+2026,U+20AC,U+2190,U+2192,U+2212,U+2713"
mkdir -p "$(dirname "$out")"
# Debian's own python3 has fontTools (python3-fonttools); the first python3 on PATH may not.
/usr/bin/python3 -m fontTools.subset "$src" --unicodes="$unicodes" --output-file="$out" \
  --layout-features='kern' --no-hinting --desubroutinize --name-IDs='1,2' --drop-tables+=GSUB,GPOS
