#!/usr/bin/env bash
# Regenerates the Excel fixtures of `import --into` from the CSV sheets in sources/ (the same
# sheets FrameworkImportTests holds as text). Needs LibreOffice (Debian: apt-get install
# libreoffice-calc); the tests only read the .xlsx files this writes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
for sheet in sources/*.csv; do
    # Text cells stay text (29.1% (actual), 2006/7): column type 2 is "text" for every column.
    soffice "-env:UserInstallation=file://$work/profile" --headless --norestore \
        --infilter="CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2/7/2/8/2/9/2/10/2/11/2" \
        --convert-to xlsx --outdir "$here" "$sheet" >/dev/null 2>&1
done
ls -l "$here"/*.xlsx
