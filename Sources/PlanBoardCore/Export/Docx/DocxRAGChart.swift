/// The RAG chart of the HTML report drawn for Word: one bar per outcome, made of table cells
/// shaded in the rating's colour, each as wide as its count, lettered like the board (`R 2`).
///
/// Cells rather than a picture or a chart part: they print sharp, read in black and white,
/// and open the same in every version of Word and LibreOffice. The bars sit on a grid of 100
/// narrow columns after the label, so a segment's width is its share of the largest outcome.
enum DocxRAGChart {
    static let order: [RAG] = [.red, .amber, .green, .blue, .unrated]
    static let units = 100

    static func table(labels: [String], counts: [RAGCounts], width: Int) -> String {
        let labelWidth = 1_700, totalWidth = 700
        let unit = max((width - labelWidth - totalWidth) / units, 1)
        let largest = max(counts.map(\.total).max() ?? 0, 1)
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(labelWidth + totalWidth + unit * units)\" w:type=\"dxa\"/>"
            + "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"40\" w:type=\"dxa\"/>"
            + "</w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w=\"\(labelWidth)\"/>"
            + String(repeating: "<w:gridCol w:w=\"\(unit)\"/>", count: units) + "<w:gridCol w:w=\"\(totalWidth)\"/></w:tblGrid>"
        for (label, count) in zip(labels, counts) {
            xml += "<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"300\"/></w:trPr>"
            xml += cell(span: 1, width: labelWidth, fill: nil, text: label, look: .bold)
            var used = 0
            for rag in order where count[rag] > 0 {
                let span = max(1, min(units - used, (count[rag] * units + largest / 2) / largest))
                guard span > 0 else { continue }
                let text = span >= 9 ? "\(rag == .unrated ? "–" : rag.letter) \(count[rag])" : span >= 4 ? "\(count[rag])" : ""
                xml += cell(span: span, width: span * unit, fill: rag.wordFill, text: text,
                            look: WordML.Look(bold: true, colour: rag.wordInk))
                used += span
            }
            if used < units { xml += cell(span: units - used, width: (units - used) * unit, fill: nil, text: "", look: .plain) }
            xml += cell(span: 1, width: totalWidth, fill: nil, text: "\(count.total)", look: .plain)
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// A cell with white borders, so the segments of a bar stand apart and the chart has no frame.
    private static func cell(span: Int, width: Int, fill: String?, text: String, look: WordML.Look) -> String {
        var xml = "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if span > 1 { xml += "<w:gridSpan w:val=\"\(span)\"/>" }
        xml += "<w:tcBorders>" + ["top", "left", "bottom", "right"].map {
            "<w:\($0) w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"FFFFFF\"/>"
        }.joined() + "</w:tcBorders>"
        if let fill { xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(fill)\"/>" }
        xml += "<w:vAlign w:val=\"center\"/></w:tcPr>"
        return xml + WordML.paragraphs(text, style: "TableText", look: look) + "</w:tc>"
    }
}
