/// The styles of the .docx exports (`word/styles.xml`): Arial, UK English, a Title, two
/// heading levels that keep with what follows, small table text, notes set off from the
/// table above them, a footer, and a table style
/// with thin grey borders. Heading names are Word's own ("heading 1"), so Word's navigation
/// pane and the importer both know them as headings.
enum DocxStyles {
    static let xml = DocxPackage.declaration + "<w:styles \(DocxPackage.w)>"
        + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>"
        + "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"en-GB\" w:eastAsia=\"en-GB\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
        + "<w:pPrDefault><w:pPr><w:spacing w:after=\"100\" w:line=\"252\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        + paragraphStyle("Normal", name: "Normal", isDefault: true)
        + paragraphStyle("Title", name: "Title", next: "Normal", pPr: "<w:keepNext/><w:spacing w:after=\"120\"/>",
                         rPr: "<w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/>")
        + paragraphStyle("Subtitle", name: "Subtitle", next: "Normal", pPr: "<w:spacing w:after=\"60\"/>",
                         rPr: "<w:color w:val=\"404040\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>")
        + paragraphStyle("Heading1", name: "heading 1", next: "Normal",
                         pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"300\" w:after=\"100\"/><w:outlineLvl w:val=\"0\"/>",
                         rPr: "<w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
        + paragraphStyle("Heading2", name: "heading 2", next: "Normal",
                         pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"200\" w:after=\"60\"/><w:outlineLvl w:val=\"1\"/>",
                         rPr: "<w:b/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>")
        + paragraphStyle("TableText", name: "Table Text", pPr: "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                         rPr: "<w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>")
        + paragraphStyle("TableHeading", name: "Table Heading", pPr: "<w:keepNext/><w:spacing w:after=\"0\"/>",
                         rPr: "<w:b/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>")
        + paragraphStyle("Note", name: "Note", pPr: "<w:spacing w:before=\"160\" w:after=\"100\"/>",
                         rPr: "<w:color w:val=\"404040\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
        + paragraphStyle("Footer", name: "footer", pPr: "<w:spacing w:after=\"0\"/>",
                         rPr: "<w:color w:val=\"595959\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>")
        + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
        + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
        + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
        + "</w:tblCellMar></w:tblPr></w:style>"
        + "<w:style w:type=\"table\" w:styleId=\"PlanTable\"><w:name w:val=\"Plan Table\"/><w:basedOn w:val=\"TableNormal\"/>"
        + "<w:tblPr><w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
            "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
        }.joined()
        + "</w:tblBorders><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/>"
        + "<w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        + "</w:styles>"

    private static func paragraphStyle(_ id: String, name: String, isDefault: Bool = false, next: String? = nil,
                                       pPr: String = "", rPr: String = "") -> String {
        "<w:style w:type=\"paragraph\"\(isDefault ? " w:default=\"1\"" : "") w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
            + (isDefault ? "" : "<w:basedOn w:val=\"Normal\"/>")
            + (next.map { "<w:next w:val=\"\($0)\"/>" } ?? "") + "<w:qFormat/>"
            + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>") + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>") + "</w:style>"
    }
}
