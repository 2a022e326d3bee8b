/// A review meeting of the partnership, kept in the plan file so changes can be tagged with it.
public struct Meeting: Codable, Equatable, Hashable, Sendable, Identifiable {
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

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ID.self, forKey: .id)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        date = try c.decode(Day.self, forKey: .date)
        attendees = try c.decodeIfPresent([String].self, forKey: .attendees) ?? []
        apologies = try c.decodeIfPresent([String].self, forKey: .apologies) ?? []
        startedAt = try c.decode(Timestamp.self, forKey: .startedAt)
        endedAt = try c.decodeIfPresent(Timestamp.self, forKey: .endedAt)
        discussed = try c.decodeIfPresent([Action.ID].self, forKey: .discussed) ?? []
    }
}
