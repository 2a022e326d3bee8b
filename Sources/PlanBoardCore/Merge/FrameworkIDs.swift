/// Ids of the framework taken on both sides: an indicator or risk both copies added under one id
/// (an import into each before ids had suffixes) is the same one when its ref and name agree,
/// else theirs gets a fresh id so both are kept. And a renumbered action or meeting is renamed
/// wherever the framework names it.
extension MergeContext {
    mutating func separateNewFrameworkIDs(base: Plan, ours: Plan, theirs: inout Plan) {
        let oldIndicators = Set(base.indicators.map(\.id))
        var indicatorIDs = Set((base.indicators + ours.indicators + theirs.indicators).map(\.id))
        for i in theirs.indicators.indices {
            let other = theirs.indicators[i]
            guard !oldIndicators.contains(other.id), let mine = ours.indicators.first(where: { $0.id == other.id }),
                  (mine.ref, mine.name) != (other.ref, other.name) else { continue }
            let fresh = Indicator.ID.next(prefix: "i", after: indicatorIDs)
            indicatorIDs.insert(fresh)
            theirs.indicators[i].id = fresh
            notices.append("Both copies added an indicator as \(other.id); the other copy's \"\(other.conflictName)\" is now \(fresh).")
        }
        let oldRisks = Set(base.risks.map(\.id))
        var riskIDs = Set((base.risks + ours.risks + theirs.risks).map(\.id))
        for r in theirs.risks.indices {
            let other = theirs.risks[r]
            guard !oldRisks.contains(other.id), let mine = ours.risks.first(where: { $0.id == other.id }),
                  (mine.ref, mine.title) != (other.ref, other.title) else { continue }
            let fresh = Risk.ID.next(prefix: "r", after: riskIDs)
            riskIDs.insert(fresh)
            theirs.risks[r].id = fresh
            notices.append("Both copies added a risk as \(other.id); the other copy's \"\(other.conflictName)\" is now \(fresh).")
        }
    }
}

extension Plan {
    /// Every risk that names action `old` among its mitigating actions names `new` instead.
    mutating func renameActionInRisks(_ old: Action.ID, to new: Action.ID) {
        for r in risks.indices where risks[r].actions.contains(old) {
            risks[r].actions = risks[r].actions.map { $0 == old ? new : $0 }
        }
    }

    /// Every mention of meeting `old` in the framework (history, a period's value, a status
    /// override, a milestone done) names `new` instead.
    mutating func renameMeetingInFramework(_ old: Meeting.ID, to new: Meeting.ID) {
        func rename(_ history: inout [Change]) {
            for h in history.indices where history[h].meeting == old { history[h].meeting = new }
        }
        for i in indicators.indices {
            rename(&indicators[i].history)
            for p in indicators[i].periods.indices where indicators[i].periods[p].meeting == old { indicators[i].periods[p].meeting = new }
            if indicators[i].statusOverride?.meeting == old { indicators[i].statusOverride?.meeting = new }
        }
        for r in risks.indices { rename(&risks[r].history) }
        for o in outcomes.indices {
            for a in outcomes[o].actions.indices {
                for m in outcomes[o].actions[a].milestones.indices where outcomes[o].actions[a].milestones[m].doneIn == old {
                    outcomes[o].actions[a].milestones[m].doneIn = new
                }
            }
        }
    }
}
