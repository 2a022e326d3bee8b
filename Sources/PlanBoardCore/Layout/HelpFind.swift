/// Finding text in the help (`/` there, then `n`): which lines hold it, case ignored, and the
/// line with the found text marked, so the eye lands on it.
public enum HelpFind {
    /// What was found and the help line it was last found on.
    public struct Found: Equatable, Sendable {
        public var text: String
        public var line: Int
    }

    /// The help lines at `width` that contain `text`, in order.
    public static func matches(_ text: String, in lines: [StyledLine]) -> [Int] {
        let needle = Array(text.lowercased())
        guard !needle.isEmpty else { return [] }
        return lines.indices.filter { !ranges(of: needle, in: plain(lines[$0])).isEmpty }
    }

    /// The first match at or after `line`, else the first of all (`wrapped` then says so).
    public static func next(_ matches: [Int], from line: Int) -> (line: Int, wrapped: Bool)? {
        if let found = matches.first(where: { $0 >= line }) { return (found, false) }
        return matches.first.map { ($0, true) }
    }

    /// `line` with every occurrence of `text` shown reversed.
    static func highlighted(_ line: StyledLine, _ text: String) -> StyledLine {
        let needle = Array(text.lowercased())
        let found = ranges(of: needle, in: plain(line))
        guard !found.isEmpty else { return line }
        var out: StyledLine = []
        var at = 0
        for span in line {
            var run = ""
            var runMarked: Bool?
            for character in span.text {
                let marked = found.contains { $0.contains(at) }
                if let runMarked, runMarked != marked {
                    out.append(Span(run, runMarked ? span.style.with(reverse: true) : span.style))
                    run = ""
                }
                run.append(character)
                runMarked = marked
                at += 1
            }
            if let runMarked, !run.isEmpty { out.append(Span(run, runMarked ? span.style.with(reverse: true) : span.style)) }
        }
        return out
    }

    /// The line's characters, lower-cased one by one (so positions stay the characters').
    private static func plain(_ line: StyledLine) -> [Character] {
        line.flatMap { span in span.text.map { Character($0.lowercased().count == 1 ? $0.lowercased() : String($0)) } }
    }

    private static func ranges(of needle: [Character], in haystack: [Character]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var out: [Range<Int>] = []
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) {
                out.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return out
    }
}
