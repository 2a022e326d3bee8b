/// The change `y` ("why?") explains: the last rating, status, lead or removal the chair made with
/// one key. The change is done at once; the reason is one keystroke away, from the next key until
/// the next such change (or an undo), so a rating never waits for text and never swallows the
/// next command.
public struct ReasonOffer: Equatable, Sendable {
    /// The action the change was made to (it may no longer be selected, or on the board).
    public var action: Action.ID
    /// The change's place in that action's history, and what it was, to check it is still there.
    public var entry: Int
    public var field: Change.Field
    public var at: Timestamp
    /// The change in words, for the question and the hint: `1.1 RAG Amber → Green`.
    public var summary: String
    /// The ref, for the hint line: `y why 1.1`.
    public var ref: String
    /// Set when the change is a risk's (a level or review date, `Risk.history`); `action` is then
    /// the action selected on the board, not the change's owner.
    public var risk: Risk.ID?
    /// Set when the change is an indicator's (a target, `Indicator.history`); `action` is then
    /// the action selected on the board, not the change's owner.
    public var indicator: Indicator.ID?

    public init(action: Action.ID, entry: Int, field: Change.Field, at: Timestamp, summary: String, ref: String,
                risk: Risk.ID? = nil, indicator: Indicator.ID? = nil) {
        self.risk = risk
        self.indicator = indicator
        self.action = action
        self.entry = entry
        self.field = field
        self.at = at
        self.summary = summary
        self.ref = ref
    }

    /// The change as the status line names it after "reason for": `1.1 RAG Amber → Green`,
    /// `the removal of 1.4`.
    var described: String {
        field == .removed ? "the removal of \(ref)" : summary
    }

    /// The question the reason prompt asks.
    var question: String {
        field == .removed ? "Why was \(ref) removed?" : "Why \(summary)?"
    }

    /// True when `y` in a screen of this kind explains this change: a risk's change in the risk
    /// register, an indicator's in the indicators view, an action's on the board and in its detail
    /// pane — never one from another place.
    func belongs(in kind: Mode.Kind) -> Bool {
        switch kind {
        case .riskRegister, .riskDetail: risk != nil
        case .indicators, .indicatorDetail: indicator != nil
        case .board, .detail, .boardFound: risk == nil && indicator == nil
        default: false
        }
    }
}
