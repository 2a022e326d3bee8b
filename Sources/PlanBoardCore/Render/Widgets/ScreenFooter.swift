/// The last row inside a screen of the performance framework: the keymap's cues the bottom line
/// had no room for, then the screen's notes (where changes are minuted, the key of band letters)
/// in the room left. Each is left out whole when the row is too short, never cut mid-word.
struct ScreenFooter: Widget {
    /// Cues from the keymap, most important first (`HintFitting.leftOver`).
    let hints: [KeyHint]
    /// Notes, most important first; each as its forms, longest first, so a shorter one can stand in.
    let notes: [[String]]

    func draw(into grid: inout Grid, in rect: Rect) {
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
