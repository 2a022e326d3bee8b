/// The last row (or rows, where a screen has room for two) inside a screen of the performance framework: the keymap's cues the bottom line
/// had no room for, then the screen's notes (where changes are minuted, the key of band letters)
/// in the room left. Each is left out whole when the row is too short, never cut mid-word.
struct ScreenFooter: Widget {
    /// Cues from the keymap, most important first (`HintFitting.leftOver`).
    let hints: [KeyHint]
    /// Notes, most important first; each as its forms, longest first, so a shorter one can stand in.
    let notes: [[String]]

    func draw(into grid: inout Grid, in rect: Rect) {
        if rect.height > 1 {
            // Rows above the last hold cues only; the last the rest of them, then the notes.
            let first = HintFitting.leading(hints, width: rect.width)
            grid.put(HintFitting.line(first), x: rect.x, y: rect.y, maxWidth: rect.width)
            ScreenFooter(hints: Array(hints.dropFirst(first.count)), notes: notes)
                .draw(into: &grid, in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1))
            return
        }
        // Keys first: a note has a shorter form or can wait; a key left out is a key the chair cannot find.
        let shown = HintFitting.leading(hints, width: rect.width)
        var line = HintFitting.line(shown)
        let separator = shown.isEmpty ? "" : "· "
        let text = Self.notesText(notes, width: rect.width - HintFitting.cells(shown) - TextWidth.of(separator))
        if !text.isEmpty { line.append(Span(separator + text, .dim)) }
        grid.put(line, x: rect.x, y: rect.y, maxWidth: rect.width)
    }

    /// The notes that fit in `width`, each in its longest form that fits, joined by ` · `.
    static func notesText(_ notes: [[String]], width: Int) -> String {
        var chosen: [String] = []
        for forms in notes {
            let used = chosen.isEmpty ? 0 : TextWidth.of(chosen.joined(separator: " · ")) + 3
            if let form = forms.first(where: { used + TextWidth.of($0) <= width }) { chosen.append(form) }
        }
        return chosen.joined(separator: " · ")
    }

    /// Where what is recorded on this screen goes: the running meeting's minutes, or none.
    static func meetingNote(_ meeting: Meeting?) -> [String] {
        guard let meeting else { return ["no meeting running", "no meeting"] }
        return (meeting.title.isEmpty ? [] : ["minuted in \(meeting.title)"]) + ["minuted in the meeting", "minuted"]
    }
}
