/// A review meeting of the partnership, kept in the plan file so changes can be tagged with it.
public struct Meeting: Equatable, Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Meeting>

    public var id: ID
    public var title: String
    public var date: Day
    public var attendees: [String]
    public var apologies: [String]
    public var startedAt: Timestamp
    public var endedAt: Timestamp?
    /// The actions marked discussed, in the order the meeting took them (the agenda as walked).
    public var discussed: [Action.ID]
    /// Fields of the meeting in the file that this planboard does not know, written back as read.
    public var unknownFields = UnknownFields()

    public init(id: ID, title: String, date: Day, attendees: [String] = [], apologies: [String] = [],
                startedAt: Timestamp, endedAt: Timestamp? = nil, discussed: [Action.ID] = []) {
        self.id = id
        self.title = title
        self.date = date
        self.attendees = attendees
        self.apologies = apologies
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.discussed = discussed
    }

    /// True while the meeting has been started and not yet ended.
    public var isRunning: Bool { endedAt == nil }}
