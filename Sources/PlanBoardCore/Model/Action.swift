/// One row of a delivery plan: something a lead agency has agreed to do by a deadline.
///
/// Text fields keep exactly what the plan says (`Autumn 2022`, `DH&SCP / CC`); interpretation
/// (due dates, lead names) is derived elsewhere so nothing a person wrote is lost.
public struct Action: Equatable, Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Action>

    public var id: ID
    /// The plan's own reference (`1.5`, `1.5 P`); may repeat within a priority area.
    public var ref: String
    /// What will be done.
    public var text: String
    /// The priority area or objective the action serves, when the plan has that level; else empty.
    public var area: String
    /// Lead agencies or people, as written (usually initials from the plan's key).
    public var leads: [String]
    /// The deadline as people wrote it: `March 2023`, `2019/20`, `On-going`.
    public var deadline: String
    /// The measure of success.
    public var measure: String
    /// Achievements and progress to date.
    public var progress: String
    public var rag: RAG
    /// Where the action stands. Setting it drops `statusText`: the board's choice replaces the
    /// plan's own words.
    public var status: Status {
        didSet { statusText = nil }
    }
    /// The plan's own words for the status (`Development activity`, `Awaiting funding`), kept from
    /// an import and shown instead of `status.word` until a status is chosen on the board; nil
    /// when the plan used planboard's word.
    public var statusText: String?
    public var notes: [Note]
    /// Every change to this action, oldest first.
    public var history: [Change]
    /// Set when the board agreed to remove the action; removed actions are hidden from the board.
    public var removal: Removal?
    /// Steps on the way to the deadline, in the order the plan gives them.
    public var milestones: [Milestone] = []
    /// Fields of the action in the file that this planboard does not know, written back as read.
    public var unknownFields = UnknownFields()

    public init(id: ID, ref: String, text: String, area: String = "", leads: [String] = [], deadline: String = "",
                measure: String = "", progress: String = "", rag: RAG = .unrated, status: Status = .notStarted,
                statusText: String? = nil, notes: [Note] = [], history: [Change] = [], removal: Removal? = nil) {
        self.id = id
        self.ref = ref
        self.text = text
        self.area = area
        self.leads = leads
        self.deadline = deadline
        self.measure = measure
        self.progress = progress
        self.rag = rag
        self.status = status
        self.statusText = statusText
        self.notes = notes
        self.history = history
        self.removal = removal
    }

    /// True when the board has agreed to remove the action.
    public var isRemoved: Bool { removal != nil }

    /// The status as cards, the detail pane and reports show it: the plan's own words when it
    /// has them, else planboard's (`In progress`).
    public var statusWord: String { statusText ?? status.word }

    /// The leads joined as they are shown on a card (`GP, CC`).
    public var leadsText: String { leads.joined(separator: ", ") }
}
