/// A field that two copies of the plan set to different values, found when they were merged.
///
/// The plan keeps one value on the board (`kept`) and this record of both, so nothing is lost and
/// the chair can pick a side later; resolving it removes the record and writes a history entry.
public struct MergeConflict: Equatable, Hashable, Sendable {
    /// The action whose field differs.
    public var action: Action.ID
    /// The action's ref when the conflict was found, for people to read.
    public var ref: String
    /// Which field: one of the action's fields (`rag`, `status`, `progress` …).
    public var field: Change.Field
    /// The value on the board, as a person reads it (`Amber`).
    public var kept: String
    /// Who set the kept value and when, from that copy's history; nil when it does not say.
    public var keptBy: String?
    public var keptAt: Timestamp?
    /// The other copy's value, not on the board.
    public var other: String
    public var otherBy: String?
    public var otherAt: Timestamp?
    /// Fields of the record in the file that this planboard does not know, written back as read.
    public var unknownFields = UnknownFields()

    public init(action: Action.ID, ref: String, field: Change.Field, kept: String, keptBy: String? = nil,
                keptAt: Timestamp? = nil, other: String, otherBy: String? = nil, otherAt: Timestamp? = nil) {
        self.action = action
        self.ref = ref
        self.field = field
        self.kept = kept
        self.keptBy = keptBy
        self.keptAt = keptAt
        self.other = other
        self.otherBy = otherBy
        self.otherAt = otherAt
    }
}
