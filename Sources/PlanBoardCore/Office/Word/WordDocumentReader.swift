/// Reads the body of `word/document.xml` into paragraphs and tables.
///
/// Text is taken as Word shows it with changes accepted: tracked insertions kept, deletions
/// (and text moved away) dropped; hyperlinks, fields' results, content controls and smart tags
/// give their text; field codes, drawings, text boxes and footnote marks give none. A break
/// within a paragraph is a line break; tabs become spaces.
struct WordDocumentReader {
    let styles: WordStyles
    let numbering: WordNumbering

    /// The paragraphs and tables of the document body, in order; tables nested in cells belong
    /// to their cell, not to this list.
    func blocks(of document: XMLElement) -> [WordBlock] {
        guard let body = document.child("body") else { return [] }
        var blocks: [WordBlock] = []
        collectBlocks(body, into: &blocks)
        return blocks
    }

    private func collectBlocks(_ element: XMLElement, into blocks: inout [WordBlock]) {
        for child in element.elements {
            switch child.name {
            case "p": blocks.append(.paragraph(paragraph(child)))
            case "tbl": blocks.append(.table(table(child)))
            case "sdt": if let content = child.child("sdtContent") { collectBlocks(content, into: &blocks) }
            case "customXml", "ins", "moveTo": collectBlocks(child, into: &blocks)
            default: continue
            }
        }
    }

    // MARK: Paragraphs

    func paragraph(_ p: XMLElement) -> WordParagraph {
        var text = ""
        var boldRuns = 0, plainRuns = 0
        appendRuns(of: p, to: &text, boldRuns: &boldRuns, plainRuns: &plainRuns)
        let properties = p.child("pPr")
        let style = properties?.child("pStyle")?.attribute("val")
        var level = styles.headingLevel(style)
        if let outline = properties?.child("outlineLvl")?.attribute("val").flatMap({ Int($0) }) {
            level = (0...8).contains(outline) ? outline + 1 : nil
        }
        var result = WordParagraph(text: text, headingLevel: level, isTitle: styles.isTitle(style),
                                   isBold: boldRuns > 0 && plainRuns == 0)
        if let numPr = properties?.child("numPr") {
            let id = numPr.child("numId")?.attribute("val") ?? "0"
            let ilvl = numPr.child("ilvl")?.attribute("val").flatMap { Int($0) }
                ?? styles.numbering(style)?.level ?? 0
            if id != "0", !numbering.isUnmarked(id, level: ilvl) {
                result.list = WordListMark(list: id, level: ilvl, numbered: numbering.isNumbered(id, level: ilvl), source: .paragraph)
            }
        } else if let (id, ilvl) = styles.numbering(style), !numbering.isUnmarked(id, level: ilvl) {
            result.list = WordListMark(list: id, level: ilvl, numbered: numbering.isNumbered(id, level: ilvl), source: .style)
        }
        return result
    }

    /// Appends the visible text under `element`, counting bold and plain runs that hold text.
    private func appendRuns(of element: XMLElement, to text: inout String, boldRuns: inout Int, plainRuns: inout Int) {
        for child in element.elements {
            switch child.name {
            case "r":
                let before = text.count
                appendRunContent(child, to: &text)
                if text.count > before, !text.suffix(text.count - before).allSatisfy(\.isWhitespace) {
                    if Self.isBold(child) { boldRuns += 1 } else { plainRuns += 1 }
                }
            case "hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "dir", "bdo":
                appendRuns(of: child, to: &text, boldRuns: &boldRuns, plainRuns: &plainRuns)
            case "sdt":
                if let content = child.child("sdtContent") { appendRuns(of: content, to: &text, boldRuns: &boldRuns, plainRuns: &plainRuns) }
            default:
                // del, moveFrom (tracked removals), pPr, bookmarks, comments, proofing marks, math.
                continue
            }
        }
    }

    private func appendRunContent(_ run: XMLElement, to text: inout String) {
        for child in run.elements {
            switch child.name {
            case "t": text += child.text
            case "tab", "ptab": text += " "
            case "br":
                let type = child.attribute("type")
                if type == nil || type == "textWrapping" { text += "\n" }
            case "cr": text += "\n"
            case "noBreakHyphen": text += "-"
            default:
                // delText, instrText (field codes), drawings, pictures, footnote marks, symbols.
                continue
            }
        }
    }

    private static func isBold(_ run: XMLElement) -> Bool {
        guard let properties = run.child("rPr") else { return false }
        if let b = properties.child("b") {
            return !["0", "false", "off"].contains(b.attribute("val") ?? "1")
        }
        return properties.child("rStyle")?.attribute("val")?.lowercased() == "strong"
    }

    // MARK: Tables

    func table(_ tbl: XMLElement) -> WordTable {
        let gridColumns = tbl.child("tblGrid")?.children("gridCol").count ?? 0
        var rows: [WordRow] = []
        for tr in Self.flattened(tbl, "tr") {
            let properties = tr.child("trPr")
            let header = properties?.child("tblHeader").map { !["0", "false", "off"].contains($0.attribute("val") ?? "1") } ?? false
            let before = properties?.child("gridBefore")?.attribute("val").flatMap { Int($0) } ?? 0
            var cells: [WordCell] = []
            for tc in Self.flattened(tr, "tc") {
                let cellProperties = tc.child("tcPr")
                let span = max(1, cellProperties?.child("gridSpan")?.attribute("val").flatMap { Int($0) } ?? 1)
                if let hMerge = cellProperties?.child("hMerge"), hMerge.attribute("val") != "restart", !cells.isEmpty {
                    cells[cells.count - 1].span += span
                    continue
                }
                var merge = WordCell.VerticalMerge.none
                if let vMerge = cellProperties?.child("vMerge") {
                    merge = vMerge.attribute("val") == "restart" ? .restart : .continue
                }
                cells.append(WordCell(text: cellText(tc), span: min(span, 1000), verticalMerge: merge))
            }
            rows.append(WordRow(cells: cells, skippedBefore: min(max(before, 0), 1000), isRepeatedHeader: header))
        }
        return WordTable(rows: rows, gridColumns: gridColumns)
    }

    /// Children called `name`, looking through content controls and custom XML wrappers.
    private static func flattened(_ element: XMLElement, _ name: String) -> [XMLElement] {
        var found: [XMLElement] = []
        for child in element.elements {
            if child.name == name { found.append(child) }
            else if child.name == "sdt", let content = child.child("sdtContent") { found += flattened(content, name) }
            else if child.name == "customXml" { found += flattened(child, name) }
        }
        return found
    }

    /// A cell's paragraphs as lines; list items get their bullet (`• `) or number (`1. `);
    /// a table nested in the cell gives its cells' text as further lines.
    func cellText(_ tc: XMLElement) -> String {
        var lines: [String] = []
        var counters: [String: Int] = [:]
        func walk(_ element: XMLElement) {
            for child in element.elements {
                switch child.name {
                case "p":
                    let p = paragraph(child)
                    var line = p.text
                    if let mark = p.list {
                        let key = "\(mark.list)/\(mark.level)"
                        counters[key, default: 0] += 1
                        let indent = String(repeating: "  ", count: min(mark.level, 4))
                        line = indent + (mark.numbered ? "\(counters[key]!). " : "• ") + line
                    }
                    lines.append(line)
                case "tbl":
                    for row in table(child).rows {
                        lines += row.cells.map(\.text).filter { !$0.trimmingWhitespace().isEmpty }
                    }
                case "sdt": if let content = child.child("sdtContent") { walk(content) }
                case "customXml", "ins", "moveTo": walk(child)
                default: continue
                }
            }
        }
        walk(tc)
        while let last = lines.last, last.trimmingWhitespace().isEmpty { lines.removeLast() }
        while let first = lines.first, first.trimmingWhitespace().isEmpty { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }
}
