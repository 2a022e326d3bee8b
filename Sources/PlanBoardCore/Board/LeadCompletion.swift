/// Completing lead initials from the plan's key while the leads field is edited.
public enum LeadCompletion {
    /// The initials being typed: the text after the last separator before the cursor, trimmed.
    public static func token(before editor: TextEditor) -> String {
        let before = editor.text.prefix(editor.cursor)
        let start = before.lastIndex(where: { $0 == "," || $0 == ";" || $0 == "/" || $0 == " " })
            .map { before.index(after: $0) } ?? before.startIndex
        return String(before[start...])
    }

    /// Entries of the key whose initials start with `typed` (ignoring case); all when `typed` is empty.
    public static func matches(for typed: String, in key: [Lead]) -> [Lead] {
        let wanted = typed.lowercased()
        return key.filter { $0.initials.lowercased().hasPrefix(wanted) }
    }

    /// The longest start the strings share, in the first string's spelling.
    static func commonPrefix(_ strings: [String]) -> String {
        guard var prefix = strings.first.map(Array.init) else { return "" }
        for s in strings.dropFirst() {
            let chars = Array(s.lowercased())
            var n = 0
            while n < prefix.count, n < chars.count, String(prefix[n]).lowercased() == String(chars[n]) { n += 1 }
            prefix = Array(prefix.prefix(n))
        }
        return String(prefix)
    }
}
