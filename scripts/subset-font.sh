#!/usr/bin/env bash
# Subsets Debian's Inter (fonts-inter) so the app ships a real typeface in a few KB, its outlines
# rewritten as TrueType (truetype-outlines.py: the atlas builds faster from them).
# Usage: subset-font.sh WEIGHT OUT.ttf [base|extra]   (WEIGHT: Regular, SemiBold, ...)
#   base  (default): Latin-1 plus German typography — every text of the app; part of the first download.
#   extra: the letters of names beyond Western Europe (Latin Extended-A/B and Additional with ẞ,
#          combining accents, Greek, Cyrillic, lira/rouble/hryvnia signs). Fetched only when a text
#          needs it. src/app/ui/fonts.cpp lists the same ranges (kExtraRanges): keep them in step.
set -euo pipefail
weight=$1
out=$2
set_name=${3:-base}
src=/usr/share/fonts/opentype/inter/Inter-$weight.otf
[ -f "$src" ] || { echo "subset-font: $src missing (install fonts-inter)" >&2; exit 1; }
case $set_name in
  # Latin-1, en/em dash, German quotes „“‚‘ and ”’, bullet, ellipsis, euro, arrows → ←, check ✓
  base) unicodes="U+0020-007E,U+00A0-00FF,U+2013-2014,U+2018-201E,U+2022,U+2026,U+20AC,U+2190,U+2192,U+2212,U+2713" ;;
  extra) unicodes="U+0100-024F,U+0300-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+20BA,U+20BD,U+20B4" ;;
  *) echo "subset-font: unknown set $set_name (base or extra)" >&2; exit 1 ;;
esac
mkdir -p "$(dirname "$out")"
# Debian's own python3 has fontTools (python3-fonttools); the first python3 on PATH may not.
# Made beside OUT and moved there once converted: a failed conversion leaves no file the build
# would take for finished.
partial="$out.partial"
/usr/bin/python3 -m fontTools.subset "$src" --unicodes="$unicodes" --output-file="$partial" \
  --layout-features='kern' --no-hinting --desubroutinize --name-IDs='1,2' --drop-tables+=GSUB,GPOS
/usr/bin/python3 "$(dirname "$0")/truetype-outlines.py" "$partial"
mv "$partial" "$out"
