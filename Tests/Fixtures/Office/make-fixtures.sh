#!/usr/bin/env bash
# Regenerates the Word and Excel test fixtures in this folder. Needs LibreOffice (Debian:
# apt-get install libreoffice-writer libreoffice-calc) and python3; the tests themselves only
# read the files this writes, so `swift test` never needs LibreOffice.
#
#   sources/*.csv, *.html      our own plan tables, converted by LibreOffice (soffice --convert-to)
#   make-with-uno.py           a workbook and a tracked-changes document built by LibreOffice itself
#   make-handbuilt.py          hand-written XML for edge cases, and the bad files
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
listener=""
cleanup() {
    if [ -n "$listener" ]; then kill "$listener" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
# A profile of our own, so a desktop LibreOffice that is open does not take the conversions.
profile="-env:UserInstallation=file://$work/profile"
office() { soffice "$profile" --headless --norestore "$@" >/dev/null 2>&1; }

cd "$here"
# The carers plan: one table, the same content as CSV, as a Word table (outcome cells merged
# down their rows) and (below, through UNO) as an Excel sheet.
python3 - sources/carers-plan.csv > "$work/carers-plan.html" <<'PY'
import csv, html, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
title, header, data = rows[0][0], rows[2], rows[3:]
def cell(text, tag="td", span=1):
    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n")) if "\n" in text else html.escape(text)
    return f'<{tag}{f" rowspan={span}" if span > 1 else ""}>{body}</{tag}>'
out = [f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head><body>',
       f"<h1>{html.escape(title)}</h1>", "<p>Appendix 1 to the report to the Integration Joint Board.</p>",
       '<table border="1"><thead><tr>' + "".join(cell(h, "th") for h in header) + "</tr></thead><tbody>"]
for i, row in enumerate(data):
    cells = ""
    for c, text in enumerate(row):
        if c == 0:
            if not text:
                continue
            span = 1
            while i + span < len(data) and not data[i + span][0]:
                span += 1
            cells += cell(text, span=span)
        else:
            cells += cell(text)
    out.append(f"<tr>{cells}</tr>")
out.append("</tbody></table></body></html>")
print("\n".join(out))
PY
office --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/carers-plan.html"
# Other shapes of Word document: a plan split over tables under headings, a plan written as
# headings and lists, a letter with no table.
for name in split-plan priorities no-table; do
    office --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "sources/$name.html"
done
# Old binary and OpenDocument files, as LibreOffice writes them.
office --convert-to 'doc:MS Word 97' --outdir "$work" "$work/carers-plan.docx"
office --infilter='CSV:44,34,76,1,,2057' --convert-to 'xls:MS Excel 97' --outdir "$work" sources/carers-plan.csv
office --convert-to 'odt' --outdir "$work" "$work/carers-plan.docx"

# LibreOffice driven through UNO (its own Python has the uno module).
soffice "$profile" --headless --norestore --accept="socket,host=localhost,port=2002;urp;" >/dev/null 2>&1 &
listener=$!
/usr/bin/python3 make-with-uno.py "$work" sources/carers-plan.csv
kill "$listener" 2>/dev/null || true
wait "$listener" 2>/dev/null || true
listener=""

python3 make-handbuilt.py "$work" "$work/carers-plan.docx"

for file in carers-plan.docx carers-plan.xlsx split-plan.docx priorities.docx no-table.docx carers-plan.doc \
            carers-plan.xls carers-plan.odt workbook.xlsx tracked-changes.docx word-edge-cases.docx styled-lists.docx \
            excel-edge-cases.xlsx zip-bomb.docx huge-size.docx lying-size.docx encrypted-entry.docx not-a-zip.docx \
            truncated.docx password.docx; do
    cp "$work/$file" "$here/$file"
done
echo "Fixtures written to $here"
