"""Builds the fixtures that need LibreOffice itself to do more than convert a file: the carers
plan as a sheet typed the way people type it into Excel (refs as numbers, deadlines that look
like dates as dates), a workbook with merged, hidden, date-formatted and formula cells on
several sheets, and a Word document with tracked changes. Run by make-fixtures.sh with LibreOffice's own
Python (it needs the `uno` module) while soffice listens on port 2002."""
import csv
import datetime
import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

OUT = sys.argv[1]


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect():
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(60):
        try:
            ctx = resolver.resolve("uno:socket,host=localhost,port=2002;urp;StarOffice.ComponentContext")
            return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except Exception:
            time.sleep(0.5)
    raise SystemExit("LibreOffice did not start listening on port 2002")


def store(doc, name, filter_name):
    args = [prop("FilterName", filter_name), prop("Overwrite", True)]
    doc.storeToURL(uno.systemPathToFileUrl(os.path.join(OUT, name)), tuple(args))


def serial(year, month, day):
    return (datetime.date(year, month, day) - datetime.date(1899, 12, 30)).days


def number_format(doc, code):
    locale = uno.createUnoStruct("com.sun.star.lang.Locale")
    locale.Language, locale.Country = "en", "GB"
    formats = doc.NumberFormats
    key = formats.queryKey(code, locale, False)
    return key if key != -1 else formats.addNew(code, locale)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def carers_plan(desktop, source):
    """The CSV's cells typed into a sheet: `31/03/2026` a date shown DD/MM/YYYY, `March 2026` a
    date shown MMMM YYYY (as Excel makes of what people type), refs as numbers, the rest text."""
    doc = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))
    sheet = doc.Sheets.getByIndex(0)
    sheet.Name = "Delivery plan"
    full, month = number_format(doc, "DD/MM/YYYY"), number_format(doc, "MMMM YYYY")
    for r, row in enumerate(csv.reader(open(source, encoding="utf-8"))):
        for c, text in enumerate(row):
            if not text:
                continue
            cell = sheet.getCellByPosition(c, r)
            words = text.split()
            if len(text) == 10 and text[2] == "/" and text[5] == "/":
                cell.Value = serial(int(text[6:]), int(text[3:5]), int(text[:2]))
                cell.NumberFormat = full
            elif len(words) == 2 and words[0] in MONTHS and words[1].isdigit():
                cell.Value = serial(int(words[1]), MONTHS.index(words[0]) + 1, 1)
                cell.NumberFormat = month
            elif c == 1 and r > 2:
                cell.Value = float(text)
            else:
                cell.String = text
    store(doc, "carers-plan.xlsx", "Calc MS Excel 2007 XML")
    doc.close(True)


def workbook(desktop):
    """Sheet 'Delivery plan': a merged title row, a header on row 3, outcome cells merged down
    their rows, deadlines as real dates (two formats), a formula, a hidden row and a hidden
    column; then a 'Lookups' sheet."""
    doc = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))
    sheets = doc.Sheets
    plan = sheets.getByIndex(0)
    plan.Name = "Delivery plan"
    sheets.insertNewByName("Lookups", 1)
    lookups = sheets.getByName("Lookups")
    for i, word in enumerate(["Red", "Amber", "Green"]):
        lookups.getCellByPosition(0, i).String = word

    day_month_year = number_format(doc, "DD/MM/YYYY")
    month_year = number_format(doc, "MMM-YY")
    percent = number_format(doc, "0%")
    rows = [
        ["Glenmorven Carers Delivery Plan 2025–2028"],
        [],
        ["Outcome", "Ref", "Action", "Lead", "Deadline", "Done", "RAG", "Officer notes"],
        ["Outcome 1: Carers are identified early", "1.1", "Train reception staff in every GP practice", "GP, CC",
         ("date", serial(2026, 3, 31), day_month_year), ("value", 0.75, percent), "Green", "check with practices"],
        [None, "1.2", "Add a carer question to the discharge checklist", "NHS",
         ("date", serial(2025, 11, 30), month_year), ("value", 0.2, percent), "Amber", ""],
        [None, "1.3", "Old action kept for the record", "CC", "2024/25", "", "Green", "superseded"],
        ["Outcome 2: Carers have a life alongside caring", "2.1", "Open a short breaks fund", "SW",
         ("date", serial(2026, 6, 30), day_month_year), ("formula", "=F4/3", percent), "Red", ""],
        [None, "2.2", "Test a sitting service for carers of people with dementia", "SW, Alz", "On-going", "", "Amber", ""],
    ]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None or value == "":
                continue
            cell = plan.getCellByPosition(c, r)
            if isinstance(value, tuple):
                kind, content, key = value
                if kind == "formula":
                    cell.Formula = content
                else:
                    cell.Value = content
                cell.NumberFormat = key
            else:
                cell.String = value
    plan.getCellRangeByName("A1:G1").merge(True)
    plan.getCellRangeByName("A4:A6").merge(True)
    plan.getCellRangeByName("A7:A8").merge(True)
    plan.Rows.getByIndex(5).IsVisible = False        # row 6: the superseded action
    plan.Columns.getByIndex(7).IsVisible = False     # column H: officer notes
    store(doc, "workbook.xlsx", "Calc MS Excel 2007 XML")
    doc.close(True)


def tracked_changes(desktop):
    """A plan table edited with Track Changes on: one action reworded (words inserted and
    deleted), one row's RAG changed, and the changes left for review."""
    doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
    text = doc.Text
    cursor = text.createTextCursor()
    text.insertString(cursor, "Carers delivery plan: draft with tracked changes", False)
    text.insertControlCharacter(cursor, 0, False)  # paragraph break
    table = doc.createInstance("com.sun.star.text.TextTable")
    table.initialize(3, 4)
    text.insertTextContent(cursor, table, False)
    cells = [["Ref", "Action", "Lead", "RAG"],
             ["1.1", "Train staff in every GP practice", "GP", "Amber"],
             ["1.2", "Add a carer question to the discharge checklist", "NHS", "Red"]]
    for r, row in enumerate(cells):
        for c, value in enumerate(row):
            table.getCellByName(chr(65 + c) + str(r + 1)).setString(value)
    doc.RecordChanges = True
    # Insert "reception " before "staff" and delete " every" in B2; change D3 from Red to Green.
    b2 = table.getCellByName("B2")
    b2_cursor = b2.createTextCursor()
    b2_cursor.gotoStart(False)
    b2_cursor.goRight(len("Train "), False)
    b2.insertString(b2_cursor, "reception ", False)
    found = b2.createTextCursor()
    found.gotoStart(False)
    found.goRight(len("Train reception staff in"), False)
    found.goRight(len(" every"), True)
    found.setString("")
    d3 = table.getCellByName("D3")
    d3_cursor = d3.createTextCursor()
    d3_cursor.gotoStart(False)
    d3_cursor.gotoEnd(True)
    d3_cursor.setString("Green")
    store(doc, "tracked-changes.docx", "MS Word 2007 XML")
    doc.close(True)


desktop = connect()
carers_plan(desktop, sys.argv[2])
workbook(desktop)
tracked_changes(desktop)
