#!/usr/bin/env bash
# Regenerates the corpus of test/corpus/other-writers: openpyxl writes every case, LibreOffice rewrites
# each of them recalculated; manifest.json lists the findings each file must give.
#   test/corpus/writers/regenerate.sh
set -euo pipefail
here=$(dirname "$(realpath "$0")")
corpus="$here/../other-writers"
rm -rf "$corpus/openpyxl" "$corpus/libreoffice"
/usr/bin/python3 "$here/bijlage2_openpyxl.py" "$corpus/openpyxl"
mv "$corpus/openpyxl/manifest.json" "$corpus/manifest.json"
"$here/libreoffice.sh" "$corpus/openpyxl" "$corpus/libreoffice"
