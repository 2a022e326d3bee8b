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

    public init(id: ID, title: String, date: Day, attendees: [String] = [], apologies: [String] = [],
                startedAt: Timestamp, endedAt: Timestamp? = nil) {
        self.id = id
        self.title = title
        self.date = date
        self.attendees = attendees
        self.apologies = apologies
        self.startedAt = startedAt
        self.endedAt = endedAt
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ID.self, forKey: .id)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        date = try c.decode(Day.self, forKey: .date)
        attendees = try c.decodeIfPresent([String].self, forKey: .attendees) ?? []
        apologies = try c.decodeIfPresent([String].self, forKey: .apologies) ?? []
        startedAt = try c.decode(Timestamp.self, forKey: .startedAt)
        endedAt = try c.decodeIfPresent(Timestamp.self, forKey: .endedAt)
    }
}
