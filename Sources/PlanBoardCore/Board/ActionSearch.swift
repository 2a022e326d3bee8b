/// Finding actions by what they say: every text field, case ignored.
public enum ActionSearch {
    /// True when any field of `action` contains `query` (ignoring case): ref, text, priority area,
    /// leads, deadline, measure, progress, notes, the removal reason, RAG and status words.
    public static func matches(_ action: Action, _ query: String) -> Bool {
        guard let needle = Needle(query) else { return false }
        return matches(action, needle)
    }

    /// What is searched for, prepared once per search rather than once per field.
    struct Needle {
        /// Lower-cased UTF-8 of an ASCII query, compared byte by byte without allocating.
        let ascii: [UInt8]?
        /// The lower-cased query, for queries with letters beyond ASCII (compared the slow way).
        let lowered: String

        init?(_ query: String) {
            lowered = query.lowercased()
            guard !lowered.isEmpty else { return nil }
            ascii = lowered.utf8.allSatisfy { $0 < 0x80 } ? Array(lowered.utf8) : nil
        }

        func found(in text: String) -> Bool {
            guard let ascii else { return text.lowercased().contains(lowered) }
            var text = text
            return text.withUTF8 { Needle.contains($0, ascii) }
        }

        /// Case-insensitive (ASCII) search of `needle` in `haystack`.
        private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
            let n = haystack.count, m = needle.count
            guard m <= n else { return false }
            let first = needle[0]
            var i = 0
            while i <= n - m {
                if lower(haystack[i]) == first {
                    var j = 1
                    while j < m, lower(haystack[i + j]) == needle[j] { j += 1 }
                    if j == m { return true }
                }
                i += 1
            }
            return false
        }

        private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
    }

    static func matches(_ action: Action, _ needle: Needle) -> Bool {
        if needle.found(in: action.ref) || needle.found(in: action.text) || needle.found(in: action.area)
            || needle.found(in: action.deadline) || needle.found(in: action.measure) || needle.found(in: action.progress)
            || needle.found(in: action.rag.word) || needle.found(in: action.statusWord) { return true }
        if action.leads.contains(where: needle.found) || (action.leads.count > 1 && needle.found(in: action.leadsText)) { return true }
        if let removal = action.removal, needle.found(in: removal.reason) { return true }
        return action.notes.contains { needle.found(in: $0.text) || needle.found(in: $0.owner ?? "") }
    }

    /// The board positions (lane, card) of the matches, in board order.
    static func hits(_ state: BoardState, _ query: String) -> [(lane: Int, card: Int)] {
        var out: [(lane: Int, card: Int)] = []
        guard let needle = Needle(query) else { return out }
        for (l, lane) in state.lanes.enumerated() {
            for (c, p) in lane.cards.enumerated() where matches(state.plan.outcomes[p.outcome].actions[p.action], needle) {
                out.append((l, c))
            }
        }
        return out
    }
}
