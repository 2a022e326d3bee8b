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
    /// all their actions); actions with no lead get a lane of their own.
    static func grouped(_ plan: Plan, by grouping: Grouping, includingRemoved: Bool,
                        keep: (Action) -> Bool) -> [Lane] {
        if grouping == .outcome { return byOutcome(plan, includingRemoved: includingRemoved, keep: keep) }
        var positions: [(Plan.Position, Action)] = []
        for (o, outcome) in plan.outcomes.enumerated() {
            for (a, action) in outcome.actions.enumerated() where includingRemoved || !action.isRemoved {
                positions.append((Plan.Position(outcome: o, action: a), action))
            }
        }
        func lane(_ key: String, _ title: String, _ value: LaneValue, _ member: (Action) -> Bool) -> Lane {
            var cards: [Plan.Position] = []
            var all = 0
            for (p, action) in positions where member(action) {
                all += 1
                if keep(action) { cards.append(p) }
            }
            var lane = Lane(key: key, title: title, cards: cards)
            lane.value = value
            lane.unfilteredCount = all
            return lane
        }
        switch grouping {
        case .outcome:
            return byOutcome(plan, includingRemoved: includingRemoved, keep: keep)
        case .rag:
            // Blue (complete, in BRAG plans) gets a lane only in plans that use it.
            let blue = positions.contains { $0.1.rag == .blue }
            let rags: [RAG] = [.red, .amber, .green] + (blue ? [.blue] : []) + [.unrated]
            return rags.map { rag in
                lane("rag-" + rag.rawValue, rag.word, .rag(rag)) { $0.rag == rag }
            }
        case .status:
            return Status.allCases.map { status in
                lane("status-" + status.rawValue, status.word, .status(status)) { $0.status == status }
            }
        case .lead:
            var seen = Set<String>()
            var initials: [String] = []
            for lead in plan.leads where seen.insert(lead.initials.lowercased()).inserted { initials.append(lead.initials) }
            var extra: [String] = []
            for (_, action) in positions {
                for l in action.leads where seen.insert(l.lowercased()).inserted { extra.append(l) }
            }
            let used = Set(positions.flatMap { $0.1.leads.map { $0.lowercased() } })
            var lanes = (initials + extra.sorted()).filter { used.contains($0.lowercased()) }.map { initials in
                let name = plan.lead(initials: initials)?.name ?? ""
                return lane("lead-" + initials, name.isEmpty ? initials : "\(initials) \(name)", .lead(initials)) { action in
                    action.leads.contains { $0.lowercased() == initials.lowercased() }
                }
            }
            if positions.contains(where: { $0.1.leads.isEmpty }) {
                lanes.append(lane("lead-", "No lead", .lead("")) { $0.leads.isEmpty })
            }
            return lanes
        }
    }
}
