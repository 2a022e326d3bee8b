/// What a message may quote of text it did not write (a cell, a header, a name from a file):
/// one visible line of bounded length, so a huge or hostile value cannot flood the screen
/// or act on the terminal. Every error and warning quotes through here.
public enum Excerpt {
    /// The most characters one quoted value keeps, the `…` included.
    public static let limit = 80
    /// The most characters a quoted list keeps before saying how many more there are.
    public static let listLimit = 300

    /// `text` as one line, controls and hiding format characters shown as symbols (`VisibleText`),
    /// cut to `limit` characters with `…` when longer.
    public static func of(_ text: some StringProtocol, limit: Int = Excerpt.limit) -> String {
        let shown = VisibleText.sanitize(String(text))
        guard shown.count > limit else { return shown }
        return String(shown.prefix(max(0, limit - 1))) + "…"
    }

    /// `'Outcome', 'Action', 'Lead'`: each item quoted and cut as `of` cuts it, the list cut after
    /// about `limit` characters with `… and 9,998 more` saying what was left out.
    public static func quotedList(_ items: [String], limit: Int = Excerpt.listLimit) -> String {
        var parts: [String] = []
        var length = 0
        for item in items {
            let part = "'" + of(item) + "'"
            if !parts.isEmpty, length + part.count > limit { break }
            parts.append(part)
            length += part.count + 2
        }
        let left = items.count - parts.count
        return parts.joined(separator: ", ") + (left > 0 ? ", … and \(groupedThousands(left)) more" : "")
    }

    /// `9998` → `9,998`.
    private static func groupedThousands(_ n: Int) -> String {
        var digits = Array(String(n))
        var i = digits.count - 3
        while i > 0 {
            digits.insert(",", at: i)
            i -= 3
        }
        return String(digits)
    }
}
