/// Reads a Word document's plan: its plan tables, or (with none, or with `--lists`) its
/// headings and lists; the title from a Title paragraph or the document's properties.
enum WordPlanDocument {
    static func read(_ package: inout OfficePackage, documentPath: String, options: OfficeOptions) throws(OfficeError) -> OfficeTable {
        let document = try package.requiredXML(documentPath)
        let stylesPath = try package.related(to: documentPath, type: "styles") ?? "word/styles.xml"
        let numberingPath = try package.related(to: documentPath, type: "numbering") ?? "word/numbering.xml"
        let reader = WordDocumentReader(styles: WordStyles(try package.xml(stylesPath)),
                                        numbering: WordNumbering(try package.xml(numberingPath)))
        let blocks = reader.blocks(of: document)
        let tableCount = blocks.filter { if case .table = $0 { true } else { false } }.count

        var table: OfficeTable
        if options.lists {
            table = try WordListPlan.read(blocks, options: options, forced: true)
        } else if let found = try WordPlanTables.read(blocks, chosen: options.tables) {
            table = found
        } else {
            do {
                table = try WordListPlan.read(blocks, options: options, forced: false)
            } catch {
                throw tableCount == 0 ? .noTable : .noPlanTable(tables: tableCount)
            }
        }
        table.title = try title(blocks, package: &package)
        return table
    }

    /// The first Title paragraph, else the title in the document's properties.
    static func title(_ blocks: [WordBlock], package: inout OfficePackage) throws(OfficeError) -> String? {
        for case .paragraph(let p) in blocks where p.isTitle {
            let text = p.text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingWhitespace()
            if !text.isEmpty { return text }
        }
        let corePath = try package.related(to: "", type: "core-properties") ?? "docProps/core.xml"
        let title = (try? package.xml(corePath))??.child("title")?.text.trimmingWhitespace() ?? ""
        return title.isEmpty ? nil : title
    }
}
