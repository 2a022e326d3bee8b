/// One entry in an action's history: when, which field, from what, to what, and why.
///
/// This is the record of the board's decisions ("moved 2.3 from Amber to Green because …"), so
/// values are kept as the words a person would read, not as internal codes.
public struct Change: Equatable, Hashable, Sendable {
    /// What a change touched.
    public enum Field: String, Equatable, Hashable, Sendable, CaseIterable {
        case created, ref, text, area, leads, deadline, measure, progress, rag, status, note, outcome, removed, restored
        // The performance framework: an indicator's figures and status, a risk's levels and
        // details, an action's milestones.
        case name, owner, category, description, recommendation, mitigation
        case actual, target, stretch
        case indicatorStatus = "indicator-status"
        case inherent, residual, planned
        case reviewDate = "review-date"
        case milestone
        // Set only when the chair settles a merge's conflict on an indicator's or a risk's detail.
        case title, unit, direction, frequency, source, baseline, tolerance
        case linkedActions = "linked-actions"
        // The plan's risk bands, in the plan's `riskBandsHistory`.
        case riskBands = "risk-bands"

        /// How the field is named on screen and in reports.
        public var label: String {
            switch self {
            case .created: "Created"
            case .ref: "Ref"
            case .text: "Action"
            case .area: "Priority area"
            case .leads: "Leads"
            case .deadline: "Deadline"
            case .measure: "Measure of success"
            case .progress: "Progress"
            case .rag: "RAG"
            case .status: "Status"
            case .note: "Note"
            case .outcome: "Outcome"
            case .removed: "Removed"
            case .restored: "Restored"
            case .name: "Name"
            case .owner: "Owner"
            case .category: "Category"
            case .description: "Description"
            case .recommendation: "Recommendation"
            case .mitigation: "Mitigating actions"
            case .actual: "Value"
            case .target: "Target"
            case .stretch: "Stretch target"
            case .indicatorStatus: "Status against target"
            case .inherent: "Inherent risk"
            case .residual: "Residual risk"
            case .planned: "Planned risk"
            case .reviewDate: "Review date"
            case .milestone: "Milestone"
            case .title: "Title"
            case .unit: "Unit"
            case .direction: "Which way is better"
            case .frequency: "Frequency"
            case .source: "Source"
            case .baseline: "Baseline"
            case .tolerance: "Tolerance"
            case .linkedActions: "Linked actions"
            case .riskBands: "Risk bands"
            }
        }
    }

    public var at: Timestamp
    public var field: Field
    public var from: String
    public var to: String
    /// Why, in the chair's words; nil when none was given.
    public var reason: String?
    /// The meeting during which the change was made, if one was running.
    public var meeting: Meeting.ID?
    /// Who made it (git `user.name`, else the login name); nil in files from before it was kept.
    public var who: String?
    /// Fields of the entry in the file that this planboard does not know, written back as read.
    public var unknownFields = UnknownFields()

    public init(at: Timestamp, field: Field, from: String, to: String, reason: String? = nil, meeting: Meeting.ID? = nil,
                who: String? = nil) {
        self.who = who
        self.at = at
        self.field = field
        self.from = from
        self.to = to
        self.reason = reason
        self.meeting = meeting
    }
}

/// A dated remark against an action: a decision, an update, an action point from a meeting.
public struct Note: Equatable, Hashable, Sendable {
    /// What kind of remark it is; minutes list each kind in its own way.
    public enum Kind: String, Equatable, Hashable, Sendable, CaseIterable {
        /// Something said or an update ("Update required 27/10").
        case note
        /// What the board decided ("The board agreed the action can be marked green, but ongoing").
        case decision
        /// Something someone must do, with an owner and a date ("Bring the detailed plan to the next meeting").
        case actionPoint = "action-point"

        public var word: String {
            switch self {
            case .note: "Note"
            case .decision: "Decision"
            case .actionPoint: "Action point"
            }
        }
    }

    public var at: Timestamp
    public var text: String
    /// The meeting it was recorded in, if any.
    public var meeting: Meeting.ID?
    public var kind: Kind
    /// For action points: who will do it (initials or a name); nil otherwise.
    public var owner: String?
    /// For action points: by when, as written ("next meeting", "January 2027"); nil otherwise.
    public var due: String?
    /// For action points: when it was marked done; nil while it is open.
    public var closedAt: Timestamp?
    /// For action points: the meeting in which it was marked done, if one was running.
    public var closedIn: Meeting.ID?
    /// For action points: the meetings that carried it forward while open, oldest first.
    public var carriedForwardIn: [Meeting.ID] = []
    /// Who recorded it (git `user.name`, else the login name); nil in files from before it was kept.
    public var who: String?
    /// Fields of the note in the file that this planboard does not know, written back as read.
    public var unknownFields = UnknownFields()

    public init(at: Timestamp, text: String, meeting: Meeting.ID? = nil, kind: Kind = .note,
                owner: String? = nil, due: String? = nil, who: String? = nil) {
        self.who = who
        self.at = at
        self.text = text
        self.meeting = meeting
        self.kind = kind
        self.owner = owner
        self.due = due
    }

    /// True for an action point not yet marked done.
    public var isOpenActionPoint: Bool { kind == .actionPoint && closedAt == nil }
}

/// How and why an action left the plan: boards remove actions by decision, with a reason.
public struct Removal: Equatable, Hashable, Sendable {
    public var at: Timestamp
    public var reason: String
    /// Fields of the removal in the file that this planboard does not know, written back as read.
    public var unknownFields = UnknownFields()

    public init(at: Timestamp, reason: String) {
        self.at = at
        self.reason = reason
    }
}
