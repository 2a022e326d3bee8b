/// The chooser for one conflict a merge recorded: what it is about (an action, outcome, lead,
/// meeting or the plan), the field, both values with who set
/// each and when, and the keys that pick a side.
struct MergeConflictView: Widget {
    let state: BoardState
    let index: Int

    func draw(into grid: inout Grid, in area: Rect) {
        guard state.plan.conflicts.indices.contains(index) else { return }
        let conflict = state.plan.conflicts[index]
        let text = conflict.action.flatMap { state.plan.action($0)?.text } ?? ""
        let lines = [
            TextWrap.truncate(text.isEmpty ? conflict.subjectPhrase : "\(conflict.subjectPhrase) \(text)", width: 56),
            "Two copies set \(conflict.fieldPhrase) differently:",
            "1  on the board: \(conflict.kept)\(byline(conflict.keptBy, conflict.keptAt))",
            "2  other copy:   \(conflict.other)\(byline(conflict.otherBy, conflict.otherAt))",
        ]
        let count = state.plan.conflicts.count
        DialogView(title: "Conflict \(index + 1) of \(count) from a merge", message: lines.joined(separator: "\n"),
                   hints: Keymap.hints(for: .chooseConflictSide)).draw(into: &grid, in: area)
    }

    private func byline(_ who: String?, _ at: Timestamp?) -> String {
        var parts: [String] = []
        if let who { parts.append(who) }
        if let at { parts.append(at.day(utcOffset: state.utcOffset).isoText + " " + at.clockText(utcOffset: state.utcOffset)) }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }
}

/// `! 2 conflicts to resolve` at the right of the status line while a merge left conflicts.
struct MergeConflictBadge: Widget {
    let count: Int

    func draw(into grid: inout Grid, in rect: Rect) {
        guard count > 0 else { return }
        let text = " ! \(count) conflict\(count == 1 ? "" : "s") to resolve (press !) "
        let width = TextWidth.of(text)
        guard width < rect.width / 2 else { return }
        grid.put(text, x: rect.maxX - width, y: rect.y, style: .error)
    }
}
