/// Pieces of WordprocessingML (the XML inside a .docx) for the exports: paragraphs, runs and
/// tables, with every piece of plan text escaped.
///
/// A line break in plan text becomes a new paragraph (in the same style), which Word and the
/// importer both read back as a line break.
enum WordML {
    /// How a run of text looks.
    struct Look: Equatable {
        var bold = false
        var italic = false
        /// Text colour as hex (`FFFFFF`), nil for the style's.
        var colour: String?

        static let plain = Look()
        static let bold = Look(bold: true)
        static let italic = Look(italic: true)
    }

    /// One paragraph per line of `text`, in `style`.
    static func paragraphs(_ text: String, style: String? = nil, look: Look = .plain, keepNext: Bool = false) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return lines.map { paragraph([(String($0), look)], style: style, keepNext: keepNext) }.joined()
    }

    /// A paragraph of runs, each with its look.
    static func paragraph(_ runs: [(String, Look)], style: String? = nil, keepNext: Bool = false) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if keepNext { properties += "<w:keepNext/>" }
        let body = runs.map { run($0.0, look: $0.1) }.joined()
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + body + "</w:p>"
    }

    static func run(_ text: String, look: Look = .plain) -> String {
        guard !text.isEmpty else { return "" }
        var properties = ""
        if look.bold { properties += "<w:b/>" }
        if look.italic { properties += "<w:i/>" }
        if let colour = look.colour { properties += "<w:color w:val=\"\(colour)\"/>" }
        let clean = text.replacingAll("\t", with: " ")
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
            + "<w:t xml:space=\"preserve\">\(XMLEscape.text(clean))</w:t></w:r>"
    }

    /// A field (`PAGE`, `NUMPAGES`) that Word and LibreOffice fill in when the page is laid out.
    static func field(_ instruction: String, placeholder: String) -> String {
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> \(instruction) </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>\(placeholder)</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    }

    /// One table cell: its paragraphs (already WordML) and an optional background.
    struct Cell {
        var content: String
        var fill: String?

        /// Plain text in the table text style, one paragraph per line (an empty paragraph when blank:
        /// Word requires every cell to hold at least one).
        init(_ text: String, look: Look = .plain, fill: String? = nil, style: String = "TableText") {
            content = paragraphs(text, style: style, look: look)
            self.fill = fill
        }

        init(xml: String, fill: String? = nil) {
            content = xml
            self.fill = fill
        }
    }

    /// A table with a header row repeated at the top of every page, rows kept whole on a page
    /// (`cantSplit`), column widths in twentieths of a point.
    static func table(widths: [Int], header: [Cell], rows: [[Cell]], headerFill: String = "D9D9D9") -> String {
        let total = widths.reduce(0, +)
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"PlanTable\"/><w:tblW w:w=\"\(total)\" w:type=\"dxa\"/>"
            + "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" "
            + "w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
        xml += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        xml += row(header.map { Cell(xml: $0.content, fill: $0.fill ?? headerFill) }, widths: widths, isHeader: true)
        for cells in rows { xml += row(cells, widths: widths, isHeader: false) }
        return xml + "</w:tbl>"
    }

    private static func row(_ cells: [Cell], widths: [Int], isHeader: Bool) -> String {
        var xml = "<w:tr><w:trPr><w:cantSplit/>" + (isHeader ? "<w:tblHeader/>" : "") + "</w:trPr>"
        for (i, cell) in cells.enumerated() {
            let width = i < widths.count ? widths[i] : 1000
            xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
            if let fill = cell.fill { xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(fill)\"/>" }
            xml += "</w:tcPr>" + (cell.content.isEmpty ? "<w:p/>" : cell.content) + "</w:tc>"
        }
        return xml + "</w:tr>"
    }

    /// Widths scaled to fill `total`, keeping their proportions.
    static func fit(_ widths: [Int], to total: Int) -> [Int] {
        let sum = max(widths.reduce(0, +), 1)
        var scaled = widths.map { $0 * total / sum }
        scaled[scaled.count - 1] += total - scaled.reduce(0, +)
        return scaled
    }
}

extension RAG {
    /// The cell background for the rating in Word tables: the report's colours.
    var wordFill: String {
        switch self {
        case .red: "B3261E"
        case .amber: "F0A202"
        case .green: "2E7D32"
        case .blue: "1F5FA8"
        case .unrated: "E6E6E6"
        }
    }

    /// The text colour that reads on `wordFill`.
    var wordInk: String { self == .red || self == .green || self == .blue ? "FFFFFF" : "1A1A1A" }

    /// The rating as a word on its colour, bold: a cell that reads printed in black and white.
    var wordCell: WordML.Cell {
        WordML.Cell(word, look: WordML.Look(bold: true, colour: wordInk), fill: wordFill)
    }
}
