/// Why an action matched a search: the first field holding the words (in the order the detail pane
/// lists them) and the words around them, so a match in text the card does not show (progress, a
/// note, a removal reason) is not a mystery: `matched in Progress: “…carers café…”`.
public struct SearchMatch: Equatable, Sendable {
    /// The field's name as the detail pane gives it: `Progress`, `Decision`, `Leads`.
    public var field: String
    /// The words found with a few either side, on one line, `…` where cut.
    public var excerpt: String
    /// How many other fields hold the words too.
    public var otherFields: Int

    /// `matched in Progress: “…carers café…” (and 1 more field)`.
    public var description: String {
        "matched in \(field): “\(excerpt)”"
            + (otherFields == 0 ? "" : " (and \(otherFields) more field\(otherFields == 1 ? "" : "s"))")
    }

    /// Where `query` is found in `action`, ignoring case; nil when it is not (or is empty). Finds
    /// what `ActionSearch.matches` finds, field for field.
    public static func find(_ query: String, in action: Action) -> SearchMatch? {
        let needle = query.lowercased()
        guard !needle.isEmpty else { return nil }
        var found: [(field: String, excerpt: String)] = []
        for (field, text) in fields(of: action) where !text.isEmpty {
            if let excerpt = excerpt(of: needle, in: text) { found.append((field, excerpt)) }
        }
        guard let first = found.first else { return nil }
        return SearchMatch(field: first.field, excerpt: first.excerpt, otherFields: found.count - 1)
    }

    /// Every searched field with its name, in the detail pane's order.
    private static func fields(of action: Action) -> [(String, String)] {
        var out: [(String, String)] = [
            ("Ref", action.ref), ("Action", action.text), ("Priority area", action.area), ("Leads", action.leadsText),
            ("Deadline", action.deadline), ("Measure of success", action.measure), ("Progress", action.progress),
            ("RAG", action.rag.word), ("Status", action.status.word),
        ]
        for note in action.notes {
            out.append((note.kind.word, note.text))
            if let owner = note.owner { out.append(("\(note.kind.word) owner", owner)) }
        }
        if let removal = action.removal { out.append(("Removal reason", removal.reason)) }
        return out
    }

    /// How many characters of context to keep either side of the words found.
    static let context = 24
    /// Fewer characters than this left over at either end are shown rather than cut.
    static let slack = 8

    /// The words found in `text` with up to `context` characters either side, cut at a space where
    /// one is near, line breaks as spaces; nil when `needle` (lower-cased) is not in `text`.
    static func excerpt(of needle: String, in text: String) -> String? {
        let chars = text.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }
        let lowered = chars.map { String($0).lowercased() }
        guard let (start, end) = locate(needle, in: lowered) else { return nil }
        var from = max(0, start - context), to = min(chars.count, end + context)
        // Cutting a few characters saves nothing and loses a word: keep them.
        if from <= slack { from = 0 }
        if chars.count - to <= slack { to = chars.count }
        if from > 0, let space = chars[from..<start].firstIndex(of: " ") { from = space + 1 }
        if to < chars.count, let space = chars[end..<to].lastIndex(of: " ") { to = space }
        let body = String(chars[from..<to]).trimmingWhitespace()
        return (from > 0 ? "…" : "") + body + (to < chars.count ? "…" : "")
    }

    /// The character range whose lower-cased text starts with `needle`, if any.
    private static func locate(_ needle: String, in lowered: [String]) -> (Int, Int)? {
        let length = needle.count
        for i in lowered.indices where needle.hasPrefix(lowered[i]) || lowered[i].hasPrefix(needle) {
            var text = "", j = i
            while text.count < length, j < lowered.count {
                text += lowered[j]
                j += 1
            }
            if text.hasPrefix(needle) { return (i, j) }
        }
        return nil
    }
}
