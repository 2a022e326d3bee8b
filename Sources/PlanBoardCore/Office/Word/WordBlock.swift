/// How a paragraph is marked as part of a list.
struct WordListMark: Equatable, Sendable {
    /// Which list it belongs to (Word's `numId`, or `typed` for markers typed as text).
    var list: String
    /// Nesting level from 0.
    var level: Int
    /// Numbered (1., a), i.) rather than bulleted.
    var numbered: Bool
    /// Where the numbering came from, for the report.
    var source: Source

    enum Source: String, Equatable, Sendable {
        /// The paragraph's own list setting.
        case paragraph
        /// The paragraph's style (a "List Number" style, say).
        case style
        /// Typed at the start of the text (`1.`, `•`), which this reader takes off.
        case typed
    }
}

/// One paragraph of a Word document, as the readers need it.
struct WordParagraph: Equatable, Sendable {
    /// The text, tracked deletions left out; line breaks within the paragraph as `\n`.
    var text: String
    /// The heading level from its style or outline level (1 for Heading 1), nil for body text.
    var headingLevel: Int?
    /// True for the document's Title style.
    var isTitle: Bool
    var list: WordListMark?
    /// True when every run with text is bold (a heading typed without a heading style).
    var isBold: Bool

    init(text: String, headingLevel: Int? = nil, isTitle: Bool = false, list: WordListMark? = nil, isBold: Bool = false) {
        self.text = text
        self.headingLevel = headingLevel
        self.isTitle = isTitle
        self.list = list
        self.isBold = isBold
    }
}

/// One cell of a Word table as written, before merges are resolved.
struct WordCell: Equatable, Sendable {
    enum VerticalMerge: Equatable, Sendable { case none, restart, `continue` }
    var text: String
    /// How many grid columns it covers (`gridSpan`).
    var span: Int
    var verticalMerge: VerticalMerge
}

/// One row of a Word table as written.
struct WordRow: Equatable, Sendable {
    var cells: [WordCell]
    /// Grid columns skipped before the first cell (`gridBefore`).
    var skippedBefore: Int
    /// Marked to repeat as a header row at the top of each page (`tblHeader`).
    var isRepeatedHeader: Bool
}

/// One table of a Word document as written.
struct WordTable: Equatable, Sendable {
    var rows: [WordRow]
    /// Columns the table's grid declares (`tblGrid`); rows may need more.
    var gridColumns: Int
}

/// The body of a Word document in order: paragraphs and (top-level) tables.
enum WordBlock: Equatable, Sendable {
    case paragraph(WordParagraph)
    case table(WordTable)
}
