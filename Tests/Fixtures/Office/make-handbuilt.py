"""Writes the hand-built fixtures: Word and Excel files whose XML is written here to hold the
edge cases office software rarely writes on request (merges, tracked changes, lists numbered
by style, inline and rich-text strings, dates in several formats, hidden rows and columns,
formulas without saved values), and the bad files (ZIP bombs, a lying size, encrypted entries,
a password-protected file's container, a file that is not a ZIP). Plain Python, no LibreOffice.

Usage: python3 make-handbuilt.py OUTPUT_FOLDER [CARERS_PLAN_DOCX_FOR_TRUNCATION]"""
import os
import struct
import sys
import zipfile
import zlib

OUT = sys.argv[1]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
FIXED_DATE = (2025, 1, 1, 0, 0, 0)


def write_zip(name, parts):
    """parts: list of (path, text or bytes); deflated, fixed dates so the bytes are stable."""
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        for path, data in parts:
            info = zipfile.ZipInfo(path, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def content_types(overrides):
    items = "".join(f'<Override PartName="/{p}" ContentType="{t}"/>' for p, t in overrides)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + items + '</Types>')


def rels(links):
    items = "".join(f'<Relationship Id="{i}" Type="{REL}/{t}" Target="{target}"/>' for i, t, target in links)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PKG_REL}">{items}</Relationships>'


WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def docx(name, body, styles=None, numbering=None, hyperlink=None):
    links = []
    parts = []
    overrides = [("word/document.xml", WORD_MAIN)]
    if styles:
        links.append(("rId1", "styles", "styles.xml"))
        parts.append(("word/styles.xml", styles))
    if numbering:
        links.append(("rId2", "numbering", "numbering.xml"))
        parts.append(("word/numbering.xml", numbering))
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>'
    document_rels = rels(links)
    if hyperlink:
        document_rels = document_rels.replace("</Relationships>", f'<Relationship Id="{hyperlink[0]}" Type="{REL}/hyperlink" '
                                                                  f'Target="{hyperlink[1]}" TargetMode="External"/></Relationships>')
    write_zip(name, [("[Content_Types].xml", content_types(overrides)),
                     ("_rels/.rels", rels([("rId1", "officeDocument", "word/document.xml")])),
                     ("word/document.xml", document),
                     ("word/_rels/document.xml.rels", document_rels)] + parts)


def p(text, style=None, num=None):
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if num:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    return f'<w:p><w:pPr>{props}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def tc(content, span=None, vmerge=None):
    props = ""
    if span:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        props += '<w:vMerge/>'
    if not content.startswith("<w:p"):
        content = p(content)
    return f'<w:tc><w:tcPr>{props}</w:tcPr>{content}</w:tc>'


def tr(cells, header=False):
    props = '<w:trPr><w:tblHeader/></w:trPr>' if header else ''
    return f'<w:tr>{props}{"".join(cells)}</w:tr>'


def tbl(rows, columns):
    grid = "".join('<w:gridCol w:w="1800"/>' for _ in range(columns))
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>'


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ' + W + '>'
          '<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="PriorityHeading"><w:name w:val="Priority Heading"/>'
          '<w:basedOn w:val="Heading2"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>'
          '</w:styles>')


def abstract(n, fmt):
    return (f'<w:abstractNum w:abstractNumId="{n}"><w:lvl w:ilvl="0"><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl>'
            f'<w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>')


NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ' + W + '>'
             + abstract(10, "decimal") + abstract(11, "bullet") +
             '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num>'
             '<w:num w:numId="3"><w:abstractNumId w:val="10"/></w:num>'
             '<w:num w:numId="4"><w:abstractNumId w:val="11"/></w:num>'
             '</w:numbering>')

HEADER = tr([tc("Ref"), tc("Action"), tc("Lead"), tc("Deadline"), tc("RAG")], header=True)


def word_edge_cases():
    tracked = ('<w:p><w:r><w:t xml:space="preserve">Train </w:t></w:r>'
               '<w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve">reception </w:t></w:r></w:ins>'
               '<w:r><w:t xml:space="preserve">staff in </w:t></w:r>'
               '<w:del w:id="2" w:author="A"><w:r><w:delText xml:space="preserve">every </w:delText></w:r></w:del>'
               '<w:r><w:t>GP practices</w:t></w:r></w:p>')
    lines = ('<w:p><w:r><w:t>Write to carers</w:t><w:br/><w:t>by post</w:t></w:r></w:p>'
             '<w:p><w:r><w:t>and by email</w:t></w:r><w:r><w:tab/><w:t>(both)</w:t></w:r></w:p>')
    linked = ('<w:p><w:bookmarkStart w:id="0" w:name="hub"/><w:r><w:t xml:space="preserve">Publish the guide on </w:t></w:r>'
              '<w:hyperlink r:id="rId9"><w:r><w:t>the carers hub</w:t></w:r></w:hyperlink>'
              '<w:r><w:t xml:space="preserve"> and </w:t></w:r>'
              '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://example.org" </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>the council site</w:t></w:r>'
              '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:bookmarkEnd w:id="0"/>'
              '<w:moveFrom w:id="3" w:author="A"><w:r><w:t xml:space="preserve"> soon</w:t></w:r></w:moveFrom>'
              '<w:moveTo w:id="4" w:author="A"><w:r><w:t xml:space="preserve"> in print</w:t></w:r></w:moveTo></w:p>')
    listed = (p("Agree the fund's rules:") + p("eligibility", num=(1, 0)) + p("amounts", num=(1, 0))
              + p("for under-18s", num=(1, 1)) + p("publish them", num=(2, 0)))
    nested = p("Review the contracts:") + tbl([tr([tc("North")]), tr([tc("South")])], 1)
    rows = [
        HEADER,
        tr([tc("1.1"), tc(tracked), tc("GP"), tc("March 2026"), tc("Amber")]),
        tr([tc("1.2"), tc(lines), tc("CC", vmerge="restart"), tc("June 2026"), tc("Red")]),
        tr([tc("1.3"), tc(linked), tc("", vmerge="continue"), tc("Autumn 2026"), tc("Green")]),
        tr([tc("Ref"), tc("Action"), tc("Lead"), tc("Deadline"), tc("RAG")], header=True),
        '<w:sdt><w:sdtPr/><w:sdtContent>' + tr([tc("1.4"), tc(listed), tc("SW"), tc("2025/26"), tc("Green")]) + '</w:sdtContent></w:sdt>',
        tr([tc("Ref"), tc("Action"), tc("Lead"), tc("Deadline"), tc("RAG")]),
        tr([tc("1.5"), tc("Keep the carers forum going"), tc("VS", span=2), tc("Amber")]),
        tr([tc("1.6"), tc(nested), tc("SW"), tc("TBC"), tc("")]),
    ]
    body = (p("Edge case plan", "Title")
            + p("Carer Strategic Outcome 1: Carers are heard", "Heading1")
            + p("Carers are recognised early and listened to.")
            + tbl(rows, 5)
            + p("Carer Strategic Outcome 2: Carers have a life alongside caring", "Heading1")
            + tbl([HEADER, tr([tc("2.1"), tc("Open a short breaks fund"), tc("SW"), tc("2025/26"), tc("Green")])], 5)
            + '<w:sectPr/>')
    docx("word-edge-cases.docx", body, STYLES, NUMBERING, hyperlink=("rId9", "https://example.org/carers"))


def styled_lists():
    body = (p("Carers Strategy 2025", "Heading1")
            + p("Priority 1: Information and advice", "PriorityHeading")
            + p("Carers can find advice when they need it, in the form they want it.")
            + p("We will:")
            + p("Refresh the carers' guide every year", "ListNumber")
            + p("Train advice workers in carers' rights", "ListNumber")
            + p("Run a helpline on weekday evenings", "ListNumber")
            + p("Carers told us:")
            + p("They did not know where to go", "ListBullet")
            + p("Leaflets were out of date", "ListBullet")
            + p("Priority 2: Breaks from caring", "Heading2")
            + p("Carers get a break that suits them and the person they care for.")
            + p("The following actions will be taken:")
            + p("Open a short breaks fund", "ListBullet")
            + p("Map the respite beds in the area", "ListBullet"))
    docx("styled-lists.docx", body, STYLES, NUMBERING)


SHEET_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def excel_edge_cases():
    """Sheet 1 is hidden, sheet 2 'Plan' is the plan, sheet 3 a chart."""
    strings = ['Plan', 'Outcome', 'Ref', 'Action', 'Lead', 'Deadline', 'RAG', 'Cost']
    sst = "".join(f'<si><t>{s}</t></si>' for s in strings)
    sst += ('<si><r><rPr><b/></rPr><t xml:space="preserve">Train </t></r><r><t>reception staff</t></r>'
            '<rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>')                                # 8
    sst += '<si><t>Line one_x000D_\nLine two</t></si>'                                     # 9
    sst += '<si><t>Outcome 1: Carers are heard</t></si>'                                   # 10
    sst += '<si><t>Outcome 2: Carers have a life</t></si>'                                 # 11
    shared = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              f'<sst {SHEET_NS} count="12" uniqueCount="12">{sst}</sst>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              f'<styleSheet {SHEET_NS}><numFmts count="2">'
              '<numFmt numFmtId="164" formatCode="d\\ mmmm\\ yyyy"/><numFmt numFmtId="165" formatCode="[$-809]mmmm\\ yyyy;@"/>'
              '</numFmts><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/>'
              '<xf numFmtId="9"/><xf numFmtId="4"/></cellXfs></styleSheet>')
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Edge Plan for </t><r><t>Glenmorven</t></r></is></c></row>'
        '<row r="2">' + "".join(f'<c r="{c}2" t="s"><v>{i}</v></c>' for c, i in zip("ABCDEFG", range(1, 8))) + '</row>'
        '<row r="3"><c r="A3" t="s"><v>10</v></c><c r="B3"><v>1.1</v></c><c r="C3" t="s"><v>8</v></c>'
        '<c r="D3" t="inlineStr"><is><r><t>GP, </t></r><r><t>CC</t></r></is></c><c r="E3" s="1"><v>46112</v></c>'
        '<c r="F3" t="str"><f>IF(B3&gt;1,"Green","Red")</f><v>Green</v></c><c r="G3" s="5"><v>1234.5</v></c></row>'
        '<row r="4" hidden="1"><c t="s"><v>10</v></c><c><v>1.2</v></c><c t="s"><v>9</v></c><c t="inlineStr"><is><t>NHS</t></is></c>'
        '<c s="3"><v>46081</v></c><c t="inlineStr"><is><t>Amber</t></is></c></row>'
        '<row r="5"><c r="B5"><v>1.3</v></c><c r="C5" t="inlineStr"><is><t>Date still to be worked out</t></is></c>'
        '<c r="E5" s="1"><f>TODAY()+30</f></c><c r="F5" t="e"><v>#N/A</v></c><c r="G5" t="b"><v>1</v></c></row>'
        '<row r="7"><c r="A7" t="s"><v>11</v></c><c r="B7"><v>2.1</v></c><c r="C7" t="inlineStr"><is><t>Open a short breaks fund</t></is></c>'
        '<c r="E7" s="2"><v>45991.5</v></c><c r="F7" t="inlineStr"><is><t>G</t></is></c><c r="G7" s="4"><v>0.25</v></c></row>'
    )
    plan = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<worksheet {SHEET_NS}><cols><col min="7" max="7" width="9" hidden="1"/></cols>'
            f'<sheetData>{rows}</sheetData>'
            '<mergeCells count="2"><mergeCell ref="A1:G1"/><mergeCell ref="A3:A5"/></mergeCells></worksheet>')
    hidden = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              f'<worksheet {SHEET_NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Not the plan</t></is></c></row>'
              '</sheetData></worksheet>')
    chart = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet {SHEET_NS}><drawing r:id="rId1"/></chartsheet>'
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<workbook {SHEET_NS}><workbookPr date1904="false"/><sheets>'
                '<sheet name="Old notes" sheetId="1" state="hidden" r:id="rId1"/>'
                '<sheet name="Plan" sheetId="2" r:id="rId2"/><sheet name="RAG chart" sheetId="3" r:id="rId3"/>'
                '</sheets></workbook>')
    main = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    write_zip("excel-edge-cases.xlsx", [
        ("[Content_Types].xml", content_types([("xl/workbook.xml", main)])),
        ("_rels/.rels", rels([("rId1", "officeDocument", "xl/workbook.xml")])),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", rels([("rId1", "worksheet", "worksheets/sheet1.xml"),
                                             ("rId2", "worksheet", "/xl/worksheets/sheet2.xml"),
                                             ("rId3", "chartsheet", "chartsheets/sheet3.xml"),
                                             ("rId4", "sharedStrings", "sharedStrings.xml"),
                                             ("rId5", "styles", "styles.xml")])),
        ("xl/worksheets/sheet1.xml", hidden),
        ("xl/worksheets/sheet2.xml", plan),
        ("xl/chartsheets/sheet3.xml", chart),
        ("xl/sharedStrings.xml", shared),
        ("xl/styles.xml", styles),
    ])


def minimal_docx_parts(document_xml):
    return [("[Content_Types].xml", content_types([("word/document.xml", WORD_MAIN)])),
            ("_rels/.rels", rels([("rId1", "officeDocument", "word/document.xml")])),
            ("word/document.xml", document_xml)]


def patch_entry(data, name, **fields):
    """Rewrites fields of `name`'s local header and central directory record in a ZIP:
    flags, uncompressed (size)."""
    data = bytearray(data)
    encoded = name.encode()
    for signature, name_at, flags_at, size_at in ((b"PK\x03\x04", 30, 6, 22), (b"PK\x01\x02", 46, 8, 24)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            length_at = 26 if signature == b"PK\x03\x04" else 28
            length = struct.unpack_from("<H", data, start + length_at)[0]
            if data[start + name_at:start + name_at + length] == encoded:
                if "flags" in fields:
                    struct.pack_into("<H", data, start + flags_at, struct.unpack_from("<H", data, start + flags_at)[0] | fields["flags"])
                if "uncompressed" in fields:
                    struct.pack_into("<I", data, start + size_at, fields["uncompressed"])
            start += 4
    return bytes(data)


def zip_bytes(parts):
    path = os.path.join(OUT, ".scratch.zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data if isinstance(data, bytes) else data.encode())
    data = open(path, "rb").read()
    os.remove(path)
    return data


def bad_files():
    body = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>'
    # A real bomb: 60 MB of one repeated byte, which deflate packs about 1000:1 (under the
    # 64 MB entry limit, far over the 250:1 ratio limit).
    bomb = zip_bytes(minimal_docx_parts(body + "</w:body></w:document>")[:2] + [("word/document.xml", b"<" + b" " * (60 << 20))])
    open(os.path.join(OUT, "zip-bomb.docx"), "wb").write(bomb)
    # Declares 4 GB for a tiny part: refused from the directory alone.
    small = zip_bytes(minimal_docx_parts(body + "</w:body></w:document>"))
    open(os.path.join(OUT, "huge-size.docx"), "wb").write(patch_entry(small, "word/document.xml", uncompressed=0xF0000000))
    # Declares 2,000 bytes but unpacks to 5 MB: caught as soon as unpacking passes 2,000.
    lying = zip_bytes(minimal_docx_parts(body + " " * (5 << 20) + "</w:body></w:document>"))
    open(os.path.join(OUT, "lying-size.docx"), "wb").write(patch_entry(lying, "word/document.xml", uncompressed=2000))
    # Entries flagged as encrypted (a password-protected ZIP).
    open(os.path.join(OUT, "encrypted-entry.docx"), "wb").write(
        patch_entry(small, "word/document.xml", flags=0x0001))
    open(os.path.join(OUT, "not-a-zip.docx"), "wb").write(b"This is a letter saved with the wrong name, not a Word document.\n")
    if len(sys.argv) > 2:
        whole = open(sys.argv[2], "rb").read()
        open(os.path.join(OUT, "truncated.docx"), "wb").write(whole[:len(whole) // 2])
    open(os.path.join(OUT, "password.docx"), "wb").write(compound_file({
        "EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00" + b"<encryption/>".ljust(4088, b" "),
        "EncryptedPackage": bytes((i * 7919) % 251 for i in range(4096)),
    }))


def compound_file(streams):
    """A small OLE2 compound file holding `streams` (each at least 4,096 bytes, so they sit in
    ordinary sectors): the container Word and Excel wrap a password-protected file in."""
    sector = 512
    free, end, fat_sector = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    names = list(streams)
    data_sectors = [-(-len(streams[n]) // sector) for n in names]
    fat = [fat_sector, end]                        # sector 0: the FAT; sector 1: the directory
    starts = []
    for count in data_sectors:
        starts.append(len(fat))
        fat += [len(fat) + i + 1 for i in range(count - 1)] + [end]
    fat += [free] * (sector // 4 - len(fat))
    header = bytearray(sector)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 4096, end, 0, end, 0)
    struct.pack_into("<I", header, 76, 0)
    for i in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * i, free)

    def entry(name, kind, child=free, right=free, start=0, size=0):
        raw = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        raw[0:len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 68, free, right, child)
        struct.pack_into("<IQ", raw, 116, start, size)
        return bytes(raw)

    directory = entry("Root Entry", 5, child=1, start=end)
    for i, name in enumerate(names):
        directory += entry(name, 2, right=(i + 2 if i + 1 < len(names) else free), start=starts[i], size=len(streams[name]))
    directory = directory.ljust(sector, b"\x00")
    body = b"".join(streams[n].ljust(c * sector, b"\x00") for n, c in zip(names, data_sectors))
    return bytes(header) + struct.pack(f"<{sector // 4}I", *fat) + directory + body


word_edge_cases()
styled_lists()
excel_edge_cases()
bad_files()
