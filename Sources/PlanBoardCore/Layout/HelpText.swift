/// The text of the `?` help: every key binding of every mode, generated from `Keymap` so it
/// cannot drift. Below render so the reducer can count its lines and find its sections to scroll
/// without drawing; `HelpView` draws the same lines.
public enum HelpText {
    /// The help text at `width` cells.
    public static func lines(width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        out += StyledText.block("Every change is written to the plan file at once: there is nothing to save.",
                                width: width, indent: 0, style: .dim)
        let keyColumn = min(18, max(8, width / 4))
        for kind in Mode.Kind.allCases {
            out.append([])
            out.append(StyledText.heading(kind.title))
            // After a search the board keeps its keys; only the few that change are listed again.
            let bindings = kind == .boardFound ? Array(Keymap.bindings(for: kind).prefix(3)) : Keymap.bindings(for: kind)
            for binding in bindings {
                let keys = TextWrap.truncate(binding.keyLabel, width: keyColumn - 1)
                let pad = String(repeating: " ", count: max(1, keyColumn - TextWidth.of(keys)))
                let summary = TextWrap.wrap(binding.summary, width: max(1, width - keyColumn - 2))
                for (i, text) in summary.enumerated() {
                    if i == 0 {
                        out.append([Span("  " + keys, .bold), Span(pad + text)])
                    } else {
                        out.append([Span("  " + String(repeating: " ", count: keyColumn) + text)])
                    }
                }
            }
        }
        return out
    }

    /// The line where `kind`'s section starts in `lines(width:)`.
    public static func sectionStart(_ kind: Mode.Kind, width: Int) -> Int {
        lines(width: width).firstIndex { $0.first == Span(kind.title, .bold) } ?? 0
    }

    /// The section that line `index` belongs to at `width` (nil above the first section).
    public static func section(atLine index: Int, width: Int) -> Mode.Kind? {
        let content = lines(width: width)
        var line = min(index, content.count - 1)
        while line >= 0 {
            if let kind = Mode.Kind.allCases.first(where: { content[line].first == Span($0.title, .bold) }) { return kind }
            line -= 1
        }
        return nil
    }
}
