/// Outcomes both copies added under one id: before outcome ids had suffixes, two officers who
/// each added an outcome offline both made `o4`, and the merge would have fused two lanes into one.
extension MergeContext {
    /// Gives each outcome of their copy that ours also added under its id, with a different
    /// number, title or description, a fresh id (the indicators evidencing it follow), so both
    /// lanes are kept. The same outcome added alike on both sides stays one lane.
    mutating func separateNewOutcomeIDs(base: Plan, ours: Plan, theirs: inout Plan) {
        let baseIDs = Set(base.outcomes.map(\.id))
        var taken = baseIDs.union(ours.outcomes.map(\.id)).union(theirs.outcomes.map(\.id))
        for o in theirs.outcomes.indices {
            let outcome = theirs.outcomes[o]
            guard !baseIDs.contains(outcome.id), let mine = ours.outcomes.first(where: { $0.id == outcome.id }),
                  !Self.sameLane(mine, outcome) else { continue }
            let fresh = Outcome.ID.next(prefix: "o", after: taken)
            taken.insert(fresh)
            theirs.outcomes[o].id = fresh
            for i in theirs.indicators.indices where theirs.indicators[i].outcomes.contains(outcome.id) {
                theirs.indicators[i].outcomes = theirs.indicators[i].outcomes.map { $0 == outcome.id ? fresh : $0 }
            }
            notices.append("Both copies added an outcome as \(outcome.id); the other copy's \"\(outcome.heading)\" is now \(fresh).")
        }
    }

    /// True when two outcomes say the same (their actions aside: those are merged one by one).
    private static func sameLane(_ a: Outcome, _ b: Outcome) -> Bool {
        a.number == b.number && a.title == b.title && a.description == b.description && a.unknownFields == b.unknownFields
    }
}
