/// A field that two copies of the plan set to different values, found when they were merged.
///
/// The plan keeps one value on the board (`kept`) and this record of both, so nothing is lost and
/// the chair can pick a side later; resolving it removes the record and writes the choice as a change.
public struct MergeConflict: Equatable, Hashable, Sendable {
    /// What kind of thing the field belongs to.
    public enum Subject: String, Equatable, Hashable, Sendable, CaseIterable {
        case plan, action, outcome, lead, meeting, indicator, risk
    }

    /// What the conflict is about: an action, an outcome, an entry of the key of leads, a meeting,
    /// an indicator, a risk, or the plan itself.
    public var about: Subject
    /// Which one: the action's, outcome's, meeting's, indicator's or risk's id, the lead's
    /// initials; empty for the plan.
    public var id: String
    /// How people name it when the conflict was found: the action's ref, the outcome's heading,
    /// the lead's initials, the meeting's title, the indicator's or risk's ref and name.
    public var ref: String
    /// Which field, by its name in the plan file (`rag`, `progress`, `title`, `attendees` …).
    public var field: String
    /// For a conflict on an indicator's figures (`actual`, `target` …): the reporting period as
    /// the plan writes it (`2024/25`); nil for every other field.
    public var period: String?
    /// The value on the board, as a person reads it (`Amber`, `Smith, J, AB`).
    public var kept: String
    /// The kept value exactly as the plan holds it, when words alone could not give it back (a
    /// list's items, a status with the plan's own words); nil when `kept` is the value.
    public var keptValue: [String]?
    /// Who set the kept value and when, from that copy's history; nil when it does not say.
    public var keptBy: String?
    public var keptAt: Timestamp?
    /// The other copy's value, not on the board, as a person reads it.
    public var other: String
    /// The other value exactly, as `keptValue`.
    public var otherValue: [String]?
    public var otherBy: String?
    public var otherAt: Timestamp?
    /// Fields of the record in the file that this planboard does not know, written back as read.
    public var unknownFields = UnknownFields()

    public init(about: Subject, id: String, ref: String, field: String, kept: String, keptValue: [String]? = nil,
                keptBy: String? = nil, keptAt: Timestamp? = nil, other: String, otherValue: [String]? = nil,
                otherBy: String? = nil, otherAt: Timestamp? = nil, period: String? = nil) {
        self.about = about
        self.id = id
        self.ref = ref
        self.field = field
        self.period = period
        self.kept = kept
        self.keptValue = keptValue
        self.keptBy = keptBy
        self.keptAt = keptAt
        self.other = other
        self.otherValue = otherValue
        self.otherBy = otherBy
        self.otherAt = otherAt
    }

    /// A conflict on one of an action's fields.
    public init(action: Action.ID, ref: String, field: Change.Field, kept: String, keptValue: [String]? = nil,
                keptBy: String? = nil, keptAt: Timestamp? = nil, other: String, otherValue: [String]? = nil,
                otherBy: String? = nil, otherAt: Timestamp? = nil) {
        self.init(about: .action, id: action.rawValue, ref: ref, field: field.rawValue, kept: kept, keptValue: keptValue,
                  keptBy: keptBy, keptAt: keptAt, other: other, otherValue: otherValue, otherBy: otherBy, otherAt: otherAt)
    }

    /// The action it is about; nil when it is about something else.
    public var action: Action.ID? { about == .action ? Action.ID(id) : nil }

    /// The action field it is about, when it is about an action and a field this planboard knows.
    public var actionField: Change.Field? { about == .action ? Change.Field(rawValue: field) : nil }
}
