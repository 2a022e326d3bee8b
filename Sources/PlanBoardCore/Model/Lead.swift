/// One entry in the plan's key of initials: `CC` → Carers Centre, Northshire.
///
/// Actions name their leads by the initials people write in the table; the key gives the full
/// name and organisation for the detail pane and reports.
public struct Lead: Equatable, Hashable, Sendable {
    /// What actions write (`CC`, `NHS`, `JB`).
    public var initials: String
    /// Who or what that is in full (`Carers Centre`, `Jo Baird`).
    public var name: String
    /// The agency, if `name` is a person or team (`Northshire Council`); empty when not needed.
    public var organisation: String
    /// Fields of the entry in the file that this planboard does not know, written back as read.
    public var unknownFields = UnknownFields()

    public init(initials: String, name: String, organisation: String = "") {
        self.initials = initials
        self.name = name
        self.organisation = organisation
    }
}
