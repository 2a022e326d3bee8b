/// One table of a document as the plan-table chooser sees it: its grid, where its header is,
/// which plan fields the header names, and the heading above it.
struct WordTableShape: Equatable, Sendable {
    /// Its number in the document, from 1.
    var number: Int
    /// Where in the document's blocks it sits.
    var blockIndex: Int
    var grid: WordTableGrid
    /// Index of the header row within `grid.rows`.
    var headerIndex: Int
    /// The fields the header names (recognised names only).
    var fields: Set<PlanField>
    /// Indices of the rows that hold data: below the header, not blank, not a repeat of it.
    var dataRows: [Int]
    /// Header rows repeated inside the table (marked to repeat, or the same words as the header).
    var repeatedHeaders: Int
    /// The outcome this table is under: a caption row above its header, or the heading or
    /// paragraph just before it.
    var outcome: String?
    var description: String
    /// The heading level of the paragraph `outcome` came from, when it was a styled heading.
    var outcomeHeadingLevel: Int?
    /// Block index of the heading `outcome` came from, when it came from a paragraph.
    var outcomeBlock: Int?

    var header: [String] { headerIndex < grid.rows.count ? grid.rows[headerIndex] : [] }

    /// Fields that say a table is a plan when it also names its actions.
    static let planDetail: Set<PlanField> = [.lead, .deadline, .rag, .progress, .measure, .status]

    /// True when the header names the actions and at least one other thing plans track.
    var namesAPlan: Bool { fields.contains(.action) && !fields.isDisjoint(with: Self.planDetail) && !dataRows.isEmpty }

    /// The fields that decide whether two tables are parts of one plan (outcome columns aside).
    var signature: Set<PlanField> { fields.subtracting([.outcome, .outcomeDescription]) }

    init(number: Int, blockIndex: Int, table: WordTable, before: [(index: Int, paragraph: WordParagraph)]) throws(OfficeError) {
        self.number = number
        self.blockIndex = blockIndex
        grid = try WordTableGrid(table, number: number)
        let rows = grid.rows
        let headerIndex = rows.isEmpty ? 0 : PlanImporter.findHeader(rows)
        self.headerIndex = headerIndex
        let header = rows.isEmpty ? [] : rows[headerIndex]
        fields = Set(header.compactMap(PlanField.recognising(header:)))
        let squashedHeader = header.map(HeaderText.squashed)
        var data: [Int] = []
        var repeats = 0
        for i in rows.indices where i > headerIndex {
            let row = rows[i]
            guard row.contains(where: { !$0.trimmingWhitespace().isEmpty }) else { continue }
            if grid.repeatedHeader[i] || row.map(HeaderText.squashed) == squashedHeader {
                repeats += 1
                continue
            }
            data.append(i)
        }
        dataRows = data
        repeatedHeaders = repeats
        description = ""

        // A caption inside the table: one-cell rows above the header.
        let captions = rows.prefix(headerIndex).compactMap { row -> String? in
            let filled = row.filter { !$0.trimmingWhitespace().isEmpty }
            return filled.count == 1 ? filled[0].trimmingWhitespace() : nil
        }
        if let first = captions.first {
            outcome = first
            description = captions.dropFirst().joined(separator: "\n")
            return
        }
        // Else the heading or paragraph just before the table, and what follows it as description.
        let texts = before.filter { !$0.paragraph.text.trimmingWhitespace().isEmpty && !$0.paragraph.isTitle }
        guard !texts.isEmpty else { return }
        let headingAt = texts.lastIndex { $0.paragraph.headingLevel != nil }
            ?? texts.lastIndex { Self.looksLikeHeading($0.paragraph) && $0.paragraph.list == nil }
            ?? texts.count - 1
        let heading = texts[headingAt]
        outcome = heading.paragraph.text.trimmingWhitespace()
        outcomeHeadingLevel = heading.paragraph.headingLevel
        outcomeBlock = heading.index
        description = texts[(headingAt + 1)...].map { $0.paragraph.text.trimmingWhitespace() }.joined(separator: "\n")
    }

    /// A paragraph that reads as a heading though not styled as one: bold, or numbered as an
    /// outcome (`Carer Strategic Outcome 1: …`), or short without a full stop.
    static func looksLikeHeading(_ paragraph: WordParagraph) -> Bool {
        let text = paragraph.text.trimmingWhitespace()
        guard !text.isEmpty, text.count <= 200, !text.contains("\n") else { return false }
        if paragraph.isBold || !PlanImporter.splitOutcome(text).number.isEmpty { return true }
        return text.count <= 120 && !text.hasSuffix(".") && !text.hasSuffix(":")
    }

    /// `Ref, Action, Lead, Deadline` (at most six names) for the report.
    var columnsSummary: String {
        let names = header.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        return names.prefix(6).joined(separator: ", ") + (names.count > 6 ? ", …" : "")
    }
}
