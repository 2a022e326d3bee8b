/// Ids of the framework taken on both sides: an indicator or risk both copies added under one id
/// (an import into each before ids had suffixes) is the same one when its ref and name agree,
/// else theirs gets a fresh id so both are kept. And a renumbered action or meeting is renamed
/// wherever the framework names it.
extension MergeContext {
    mutating func separateNewFrameworkIDs(base: Plan, ours: Plan, theirs: inout Plan) {
        separateNewIDs(\.indicators, id: \.id, base: base, ours: ours, theirs: &theirs, prefix: "i", kind: "an indicator",
                       name: \.conflictName, same: { ($0.ref, $0.name) == ($1.ref, $1.name) })
        separateNewIDs(\.risks, id: \.id, base: base, ours: ours, theirs: &theirs, prefix: "r", kind: "a risk",
                       name: \.conflictName, same: { ($0.ref, $0.title) == ($1.ref, $1.title) })
    }

    /// One list's part of `separateNewFrameworkIDs`: each item theirs added under an id ours added
    /// too, and that is not `same` item, gets the next free id with `prefix`, and a notice.
    private mutating func separateNewIDs<T>(
        _ list: WritableKeyPath<Plan, [T]>, id: WritableKeyPath<T, Identifier<T>>, base: Plan, ours: Plan,
        theirs: inout Plan, prefix: String, kind: String, name: (T) -> String, same: (T, T) -> Bool
    ) {
        let old = Set(base[keyPath: list].map { $0[keyPath: id] })
        var taken = Set((base[keyPath: list] + ours[keyPath: list] + theirs[keyPath: list]).map { $0[keyPath: id] })
        for i in theirs[keyPath: list].indices {
            let other = theirs[keyPath: list][i], otherID = other[keyPath: id]
            guard !old.contains(otherID), let mine = ours[keyPath: list].first(where: { $0[keyPath: id] == otherID }),
                  !same(mine, other) else { continue }
            let fresh = Identifier<T>.next(prefix: prefix, after: taken)
            taken.insert(fresh)
            theirs[keyPath: list][i][keyPath: id] = fresh
            notices.append("Both copies added \(kind) as \(otherID); the other copy's \"\(name(other))\" is now \(fresh).")
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
            // A workstream's milestones and their history (an action's history is renamed with its notes).
            rename(&outcomes[o].history)
            for m in outcomes[o].milestones.indices where outcomes[o].milestones[m].doneIn == old { outcomes[o].milestones[m].doneIn = new }
            for a in outcomes[o].actions.indices {
                for m in outcomes[o].actions[a].milestones.indices where outcomes[o].actions[a].milestones[m].doneIn == old {
                    outcomes[o].actions[a].milestones[m].doneIn = new
                }
            }
        }
    }
}
