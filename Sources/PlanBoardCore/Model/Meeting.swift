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
    /// Where the meeting was held, as the chair gave it; empty when not asked or not given.
    public var venue: String = ""
    /// When the next meeting is, as written (`18 January 2027`, `to be arranged`); empty if not given.
    public var nextMeeting: String = ""
    /// Officers and guests present who are not members, listed apart from `attendees` in minutes.
    public var inAttendance: [String] = []
    /// Declarations of interest recorded for the meeting; minutes say "None declared" when empty.
    public var declarations: [String] = []
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
    public var isRunning: Bool { endedAt == nil }

    /// The chair: the first attendee, as the meeting-start prompt asks for the chair first.
    public var chair: String? { attendees.map { $0.trimmingWhitespace() }.first { !$0.isEmpty } }
}
