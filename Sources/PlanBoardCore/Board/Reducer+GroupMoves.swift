/// `H` / `L` in a grouping other than by outcome: moving a card into the next lane sets that
/// lane's rating, status or lead, recorded and undoable like any other change; `y` then says why.
extension Reducer {
    static func moveAcrossLanes(_ state: inout BoardState, offset: Int, now: Timestamp) -> [Effect] {
        guard let p = state.selectedPosition else {
            state.flash = .init("No action selected to move.")
            return []
        }
        let target = state.laneIndex + offset
        guard state.lanes.indices.contains(target), let value = state.lanes[target].value else {
            state.flash = .init(offset < 0 ? "This is the first lane." : "This is the last lane.")
            return []
        }
        let action = state.plan.outcomes[p.outcome].actions[p.action]
        switch value {
        case .outcome:
            return moveToOutcome(&state, offset: offset, now: now)
        case .rag(let rag):
            return setRAG(&state, rag, now: now)
        case .status(let status):
            return setStatus(&state, at: p, to: status, now: now)
        case .lead(let lead):
            guard case .lead(let current) = state.lanes[state.laneIndex].value else { return [] }
            var leads = action.leads.filter { current.isEmpty || $0.lowercased() != current.lowercased() }
            if !lead.isEmpty, !leads.contains(where: { $0.lowercased() == lead.lowercased() }) {
                let at = action.leads.firstIndex { $0.lowercased() == current.lowercased() } ?? leads.count
                leads.insert(lead, at: min(at, leads.count))
            }
            let from = action.leadsText, to = leads.joined(separator: ", ")
            let summary = "\(action.ref) Leads \(from.isEmpty ? "—" : from) → \(to.isEmpty ? "—" : to)"
            return changeOfferingReason(&state, at: p, summary: summary) { action in
                action.history.append(Change(at: now, field: .leads, from: from, to: to))
                action.leads = leads
            }
        }
    }
}
