/// Fits the keymap's cues (`Enter details  v value`) into a width by leaving out whole cues, least
/// important first, so a cue is never cut mid-word. The keymap lists a mode's cues most important
/// first, with help and leaving (`? help`, `q quit` / `Esc board`) last: the first and the last two
/// stay longest, and between them the later a cue, the sooner it goes.
enum HintFitting {
    /// The cells a cue takes on a line: its keys, a space, its word, two spaces before the next.
    static func cells(_ hint: KeyHint) -> Int { TextWidth.of(hint.label) + 1 + TextWidth.of(hint.text) + 2 }

    /// The cells a row of cues takes, two spaces after each.
    static func cells(_ hints: [KeyHint]) -> Int { hints.reduce(0) { $0 + cells($1) } }

    /// The positions of the cues that fit in `width`, in their order.
    static func kept(_ hints: [KeyHint], width: Int) -> [Int] {
        var kept = Array(hints.indices)
        func used() -> Int { cells(kept.map { hints[$0] }) }
        // Between the first cue and the last two, from the end; then the last ones; the first goes last of all.
        while used() > width, !kept.isEmpty { kept.remove(at: max(kept.count > 1 ? 1 : 0, kept.count - 3)) }
        return kept
    }

    /// The cues that fit in `width`, in their order.
    static func fitting(_ hints: [KeyHint], width: Int) -> [KeyHint] { kept(hints, width: width).map { hints[$0] } }

    /// The cues of this state that the bottom line has no room for, in their order: a screen with a
    /// footer of its own (the framework's screens, the action log) shows them there, so each key is shown once.
    static func leftOver(for state: BoardState) -> [KeyHint] {
        let hints = Keymap.hints(for: state)
        let shown = Set(kept(hints, width: StatusBar.hintWidth(state)))
        return hints.indices.filter { !shown.contains($0) }.map { hints[$0] }
    }

    /// Cues as they are drawn: keys bold, words dim, two spaces after each.
    static func line(_ hints: [KeyHint]) -> StyledLine {
        hints.flatMap { [Span($0.label, .bold), Span(" " + $0.text + "  ", .dim)] }
    }
}

extension HintFitting {
    /// The leading cues that fit in `width`: for cues already in order of importance.
    static func leading(_ hints: [KeyHint], width: Int) -> [KeyHint] {
        var kept: [KeyHint] = []
        for hint in hints {
            guard cells(kept + [hint]) <= width else { break }
            kept.append(hint)
        }
        return kept
    }
}
