#!/usr/bin/env bash
# Rewrites every .xlsx of IN_DIR with LibreOffice headless into OUT_DIR, recalculating every formula so
# the files carry LibreOffice's own XML with freshly cached results (openpyxl's carry none).
#   test/corpus/writers/libreoffice.sh IN_DIR OUT_DIR
set -euo pipefail
in_dir=$(realpath "$1")
mkdir -p "$2"
out_dir=$(realpath "$2")
# A profile of its own per run: OOXMLRecalcMode 0 recalculates on load, cached results or not.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$profile/user"
cat > "$profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
# One soffice call for the whole batch: each start costs seconds.
soffice "-env:UserInstallation=file://$profile" --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' \
  --outdir "$out_dir" "$in_dir"/*.xlsx >/dev/null
