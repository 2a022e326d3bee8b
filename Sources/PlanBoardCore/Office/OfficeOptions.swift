/// Choices for reading a Word or Excel file that the file itself cannot settle.
public struct OfficeOptions: Equatable, Sendable {
    /// Which lists of a document written as headings and lists hold the actions.
    public enum ActionLists: String, Equatable, Sendable, CaseIterable {
        /// Lists introduced as actions ("The following key actions…:"); where a heading has
        /// none, its numbered lists. The default.
        case auto
        /// Only lists introduced as actions.
        case introduced
        /// Only numbered lists.
        case numbered
        /// Every list.
        case all
    }

    /// Excel: the sheet to read (by name, any case); nil for the first visible sheet.
    public var sheet: String?
    /// Word: the tables to read, numbered from 1 in document order, joined in this order.
    public var tables: [Int]?
    /// Word: read headings and lists even when the document has a plan table.
    public var lists: Bool
    /// Word, headings and lists: the heading level that names outcomes; nil to choose.
    public var headingLevel: Int?
    public var actionLists: ActionLists
    /// Excel: leave hidden rows and columns out rather than reading them.
    public var skipHidden: Bool

    public init(sheet: String? = nil, tables: [Int]? = nil, lists: Bool = false, headingLevel: Int? = nil,
                actionLists: ActionLists = .auto, skipHidden: Bool = false) {
        self.sheet = sheet
        self.tables = tables
        self.lists = lists
        self.headingLevel = headingLevel
        self.actionLists = actionLists
        self.skipHidden = skipHidden
    }
}
