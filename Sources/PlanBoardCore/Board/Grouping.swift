/// How the board's lanes are made: one per outcome (the plan's own shape), or one per rating,
/// lead or status, so a meeting can look at all the reds together or at one lead's actions.
public enum Grouping: String, Equatable, Sendable, CaseIterable {
    case outcome, rag, lead, status

    /// The word the info line uses: `Grouped by RAG`.
    public var word: String {
        switch self {
        case .outcome: "outcome"
        case .rag: "RAG"
        case .lead: "lead"
        case .status: "status"
        }
    }

    /// The grouping `v` moves to next, wrapping round.
    public var next: Grouping {
        let all = Grouping.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// What a lane stands for, so moving a card into it knows which field to change.
public enum LaneValue: Equatable, Sendable {
    case outcome(Outcome.ID)
    case rag(RAG)
    /// Lead initials; the empty string is the lane of actions with no lead.
    case lead(String)
    case status(Status)
}

extension Lane {
    /// The lanes of `plan` in `grouping`, keeping only the actions `keep` accepts (removed ones
    /// only when asked for). Each lane also remembers how many actions it has before filtering.
    ///
    /// In the lead grouping an action with two leads appears in both leads' lanes (each lead sees
    /// all their actions); actions with no lead get a lane of their own. Every grouping is one
    /// pass over the actions (plus sorting the leads), whatever the number of lanes.
    static func grouped(_ plan: Plan, by grouping: Grouping, includingRemoved: Bool,
                        keep: (Action) -> Bool) -> [Lane] {
        switch grouping {
        case .outcome:
            return byOutcome(plan, includingRemoved: includingRemoved, keep: keep)
        case .rag:
            // Blue (complete, in BRAG plans) gets a lane only in plans that use it.
            let blue = plan.outcomes.contains { $0.actions.contains { $0.rag == .blue && (includingRemoved || !$0.isRemoved) } }
            let order: [RAG] = [.red, .amber, .green] + (blue ? [.blue] : []) + [.unrated]
            return sorted(plan, includingRemoved: includingRemoved, keep: keep, lanes: order.map { rag in
                Lane(key: "rag-" + rag.rawValue, title: rag.word, value: .rag(rag))
            }) { action in [order.firstIndex(of: action.rag) ?? order.count - 1] }
        case .status:
            let order = Status.allCases
            return sorted(plan, includingRemoved: includingRemoved, keep: keep, lanes: order.map { status in
                Lane(key: "status-" + status.rawValue, title: status.word, value: .status(status))
            }) { action in [order.firstIndex(of: action.status)!] }
        case .lead:
            return byLead(plan, includingRemoved: includingRemoved, keep: keep)
        }
    }

    /// An empty lane standing for `value`.
    private init(key: String, title: String, value: LaneValue) {
        self.init(key: key, title: title, cards: [])
        self.value = value
        self.unfilteredCount = 0
    }

    /// Deals every action into the lanes `laneIndices` names for it, in plan order.
    private static func sorted(_ plan: Plan, includingRemoved: Bool, keep: (Action) -> Bool, lanes: [Lane],
                               laneIndices: (Action) -> [Int]) -> [Lane] {
        var lanes = lanes
        for (o, outcome) in plan.outcomes.enumerated() {
            for (a, action) in outcome.actions.enumerated() where includingRemoved || !action.isRemoved {
                let kept = keep(action)
                for index in laneIndices(action) {
                    lanes[index].unfilteredCount += 1
                    if kept { lanes[index].cards.append(Plan.Position(outcome: o, action: a)) }
                }
            }
        }
        return lanes
    }

    /// One lane per lead in use: the plan's key order first, then leads not in the key
    /// alphabetically, then "No lead". Leads match without regard to case.
    private static func byLead(_ plan: Plan, includingRemoved: Bool, keep: (Action) -> Bool) -> [Lane] {
        var spelling: [String: String] = [:]
        var names: [String: String] = [:]
        var keyed: [String] = []
        for lead in plan.leads {
            let folded = lead.initials.trimmingWhitespace().lowercased()
            guard spelling[folded] == nil else { continue }
            spelling[folded] = lead.initials
            names[folded] = lead.name
            keyed.append(folded)
        }
        var used = Set<String>()
        var unkeyed: [String] = []
        var anyWithoutLead = false
        for outcome in plan.outcomes {
            for action in outcome.actions where includingRemoved || !action.isRemoved {
                if action.leads.isEmpty { anyWithoutLead = true }
                for lead in action.leads {
                    let folded = lead.lowercased()
                    guard used.insert(folded).inserted else { continue }
                    if spelling[folded] == nil {
                        spelling[folded] = lead
                        unkeyed.append(folded)
                    }
                }
            }
        }
        let order = keyed.filter(used.contains) + unkeyed.sorted { spelling[$0]! < spelling[$1]! }
        var index: [String: Int] = [:]
        var lanes: [Lane] = order.enumerated().map { i, folded in
            index[folded] = i
            let initials = spelling[folded]!
            let name = names[folded] ?? ""
            return Lane(key: "lead-" + initials, title: name.isEmpty ? initials : "\(initials) \(name)",
                        value: .lead(initials))
        }
        let noLead = lanes.count
        if anyWithoutLead { lanes.append(Lane(key: "lead-", title: "No lead", value: .lead(""))) }
        return sorted(plan, includingRemoved: includingRemoved, keep: keep, lanes: lanes) { action in
            guard !action.leads.isEmpty else { return [noLead] }
            var seen = Set<Int>()
            return action.leads.compactMap { index[$0.lowercased()] }.filter { seen.insert($0).inserted }
        }
    }
}
