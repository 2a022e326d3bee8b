/// One column of the board: a title and the actions in it, as positions in the plan.
///
/// Lanes are a view of the plan, rebuilt whenever the plan changes, so positions are always valid
/// for the plan they were built from. Grouping by outcome is the default (and today the only) view.
public struct Lane: Equatable, Sendable {
    /// Stable across rebuilds (the outcome's id), used to remember each lane's scroll.
    public var key: String
    public var title: String
    public var cards: [Plan.Position]
    public var outcome: Outcome.ID?

    public init(key: String, title: String, cards: [Plan.Position], outcome: Outcome.ID? = nil) {
        self.key = key
        self.title = title
        self.cards = cards
        self.outcome = outcome
    }

    /// The lanes of `plan`, one per outcome, leaving out removed actions unless asked for them.
    public static func byOutcome(_ plan: Plan, includingRemoved: Bool = false) -> [Lane] {
        plan.outcomes.enumerated().map { o, outcome in
            var cards: [Plan.Position] = []
            cards.reserveCapacity(outcome.actions.count)
            for (a, action) in outcome.actions.enumerated() where includingRemoved || !action.isRemoved {
                cards.append(Plan.Position(outcome: o, action: a))
            }
            return Lane(key: outcome.id.rawValue, title: outcome.heading, cards: cards, outcome: outcome.id)
        }
    }
}
