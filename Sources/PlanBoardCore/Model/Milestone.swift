/// A step on the way to an action's deadline: "Draft strategy to the board by June 2008".
public struct Milestone: Equatable, Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Milestone>

    /// Unique within its action (`m1`), so copies merged by git keep each milestone once.
    public var id: ID
    public var text: String
    /// When it is due, as written (`by June 2008`); read with the deadline grammar.
    public var due: String
    /// When it was marked done, in which meeting and by whom; nil while it is open.
    public var doneAt: Timestamp?
    public var doneIn: Meeting.ID?
    public var doneBy: String?
    /// Fields of the milestone in the file that this planboard does not know, written back as read.
    public var unknownFields = UnknownFields()

    public init(id: ID, text: String, due: String = "", doneAt: Timestamp? = nil, doneIn: Meeting.ID? = nil,
                doneBy: String? = nil) {
        self.id = id
        self.text = text
        self.due = due
        self.doneAt = doneAt
        self.doneIn = doneIn
        self.doneBy = doneBy
    }

    public var isDone: Bool { doneAt != nil }
}
