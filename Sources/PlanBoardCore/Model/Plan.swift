/// A strategy delivery plan: its outcomes with their actions, the key of lead initials, and the
/// meetings that reviewed it. The whole document a `PlanStore` reads and writes.
public struct Plan: Equatable, Hashable, Sendable {
    /// `Northshire Carers Delivery Plan`.
    public var title: String
    /// The years it covers, as written: `2025–2028`.
    public var period: String
    /// The body that owns it: `Northshire Carers Partnership`.
    public var owner: String
    public var outcomes: [Outcome]
    /// The key of initials used in the leads column.
    public var leads: [Lead]
    public var meetings: [Meeting]
    /// The performance framework beside the actions: indicators with targets, and the risk register.
    public var indicators: [Indicator] = []
    public var risks: [Risk] = []
    /// How risk scores are banded; nil means the common 5×5 matrix (`RiskBands.standard`).
    public var customRiskBands: RiskBands?
    /// Each change of the bands, when, by whom and in which meeting, so the minutes can record it
    /// (`riskBandsHistory` in the file, left out while empty).
    public var riskBandsHistory: [Change] = []
    /// Fields two copies set differently, recorded by `planboard merge` until the chair picks a side.
    public var conflicts: [MergeConflict] = []
    /// Fields of the plan file's top level that this planboard does not know, written back as read.
    public var unknownFields = UnknownFields()

    public init(title: String, period: String = "", owner: String = "", outcomes: [Outcome] = [],
                leads: [Lead] = [], meetings: [Meeting] = []) {
        self.title = title
        self.period = period
        self.owner = owner
        self.outcomes = outcomes
        self.leads = leads
        self.meetings = meetings
    }
}

extension Plan {
    /// Where an action sits: its lane and row. Valid until the plan's shape changes.
    public struct Position: Equatable, Hashable, Sendable {
        public var outcome: Int
        public var action: Int
        public init(outcome: Int, action: Int) {
            self.outcome = outcome
            self.action = action
        }
    }

    /// Finds an action by id (a linear scan: fast enough for 10,000 actions per keypress).
    public func position(of id: Action.ID) -> Position? {
        for (o, outcome) in outcomes.enumerated() {
            if let a = outcome.actions.firstIndex(where: { $0.id == id }) { return Position(outcome: o, action: a) }
        }
        return nil
    }

    public func action(_ id: Action.ID) -> Action? {
        position(of: id).map { outcomes[$0.outcome].actions[$0.action] }
    }

    /// Every action, removed ones included, in plan order.
    public var allActions: [Action] { outcomes.flatMap(\.actions) }

    /// The full name for lead initials from the plan's key, or nil when the key does not list them.
    public func lead(initials: String) -> Lead? {
        let wanted = initials.trimmingWhitespace().lowercased()
        return leads.first { $0.initials.lowercased() == wanted }
    }

    /// A fresh action id not used anywhere in the plan.
    public func nextActionID(suffix: String = "") -> Action.ID {
        .next(prefix: "a", after: allActions.map(\.id), suffix: suffix)
    }

    /// The bands risk scores fall in: the plan's own, else the common 5×5 matrix.
    public var riskBands: RiskBands { customRiskBands ?? .standard }

    /// A fresh indicator id not used in the plan.
    public func nextIndicatorID(suffix: String = "") -> Indicator.ID {
        .next(prefix: "i", after: indicators.map(\.id), suffix: suffix)
    }

    /// A fresh risk id not used in the plan.
    public func nextRiskID(suffix: String = "") -> Risk.ID { .next(prefix: "r", after: risks.map(\.id), suffix: suffix) }

    /// A fresh outcome id not used in the plan; with a suffix (`o4-k3f9q`) as actions' ids have,
    /// so copies edited apart never make the same one.
    public func nextOutcomeID(suffix: String = "") -> Outcome.ID {
        .next(prefix: "o", after: outcomes.map(\.id), suffix: suffix)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines (no Foundation needed).
    public func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }
}
