/// One column of the board: a title and the actions in it, as positions in the plan.
///
/// Lanes are a view of the plan, rebuilt whenever the plan changes, so positions are always valid
/// for the plan they were built from. Grouping by outcome is the default; `Lane.grouped` makes
/// the others (by RAG, lead, status).
public struct Lane: Equatable, Sendable {
    /// Stable across rebuilds (the outcome's id), used to remember each lane's scroll.
    public var key: String
    public var title: String
    public var cards: [Plan.Position]
    public var outcome: Outcome.ID?
    /// What the lane stands for: moving a card into it sets this on the action.
    public var value: LaneValue?
    /// How many cards the lane would have with no filter (for `3 of 8`).
    public var unfilteredCount: Int

    public init(key: String, title: String, cards: [Plan.Position], outcome: Outcome.ID? = nil) {
        self.key = key
        self.title = title
        self.cards = cards
        self.outcome = outcome
        self.value = outcome.map { .outcome($0) }
        self.unfilteredCount = cards.count
    }

    /// The lanes of `plan`, one per outcome, leaving out removed actions unless asked for them,
    /// and actions `keep` turns away.
    public static func byOutcome(_ plan: Plan, includingRemoved: Bool = false,
                                 keep: (Action) -> Bool = { _ in true }) -> [Lane] {
        plan.outcomes.enumerated().map { o, outcome in
            var cards: [Plan.Position] = []
            cards.reserveCapacity(outcome.actions.count)
            var all = 0
            for (a, action) in outcome.actions.enumerated() where includingRemoved || !action.isRemoved {
                all += 1
                if keep(action) { cards.append(Plan.Position(outcome: o, action: a)) }
            }
            var lane = Lane(key: outcome.id.rawValue, title: outcome.heading, cards: cards, outcome: outcome.id)
            lane.unfilteredCount = all
            return lane
        }
    }
}
