/// Signing history: every change and note this session makes carries who made it, so a history
/// merged from several copies says who did what. Done in one place, as meeting tagging is.
extension Reducer {
    /// Writes `author` on the unsigned entries at the end of each action's history and notes made
    /// since `since` (this session). Does nothing when no author is known.
    static func signEntries(_ plan: inout Plan, by author: String, since: Timestamp?) {
        guard !author.isEmpty, let since else { return }
        for o in plan.outcomes.indices {
            for a in plan.outcomes[o].actions.indices {
                // Read before writing: a write would copy plan storage shared with the undo history.
                if unsigned(plan.outcomes[o].actions[a].history, since: since) {
                    sign(&plan.outcomes[o].actions[a].history, author, since: since)
                }
                if unsigned(plan.outcomes[o].actions[a].notes, since: since) {
                    sign(&plan.outcomes[o].actions[a].notes, author, since: since)
                }
            }
        }
    }

    private static func unsigned(_ entries: [some Signed], since: Timestamp) -> Bool {
        entries.last.map { $0.who == nil && $0.at >= since } ?? false
    }

    private static func sign<Entry: Signed>(_ entries: inout [Entry], _ author: String, since: Timestamp) {
        var i = entries.count - 1
        while i >= 0, entries[i].who == nil, entries[i].at >= since {
            entries[i].who = author
            i -= 1
        }
    }
}

/// A history entry or note that can say who made it.
protocol Signed {
    var at: Timestamp { get }
    var who: String? { get set }
}

extension Change: Signed {}
extension Note: Signed {}
