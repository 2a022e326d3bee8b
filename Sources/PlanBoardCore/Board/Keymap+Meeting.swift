/// The keys of meeting mode: running the meeting, walking the agenda, recording what was said,
/// finding actions, filtering and grouping the board.
extension Keymap {
    static let meeting: [KeyBinding] = [
        KeyBinding([.char("M")], .startOrEndMeeting, "Start a meeting (title, attendees, apologies, venue, next date) or end it"),
        KeyBinding([.char("m")], .toggleDiscussed, "Mark the action discussed in this meeting (again: unmark)"),
        KeyBinding([.char("w")], .walkAgenda(forward: true), "Next action not yet discussed"),
        KeyBinding([.char("W")], .walkAgenda(forward: false), "Previous action not yet discussed"),
        KeyBinding([.char("O")], .toggleAgendaOrder, "Walk the agenda in ref order or reds first"),
    ] + meetingNotes

    static let meetingNotes: [KeyBinding] = [
        KeyBinding([.char("D")], .recordNote(.decision), "Record a decision against the action (one line)"),
        KeyBinding([.char("C")], .recordNote(.note), "Record a note (comment) against the action (one line)"),
        KeyBinding([.char("p")], .recordActionPoint, "Record an action point: what, who, by when (and, if wanted, as a new action)"),
        KeyBinding([.char("F")], .openActionLog, "The action log: open action points by owner and due date, overdue flagged"),
    ]

    static let actionLog: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .pickActionPoint(offset: -1), "Previous action point"),
        KeyBinding([.down, .char("j")], .pickActionPoint(offset: 1), "Next action point"),
        KeyBinding([.enter, .char("x")], .markActionPointDone, "Mark the action point done (in a meeting, minuted; u undoes)"),
        KeyBinding([.char("c")], .carryActionPointForward, "Carry it forward: still open, minuted as carried forward"),
        KeyBinding([.char("u")], .undo, "Undo the last change"),
        KeyBinding([.ctrl("r")], .redo, "Redo what was undone"),
        KeyBinding([.escape, .char("q"), .char("F")], .cancel, "Close the action log"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]

    static let finding: [KeyBinding] = [
        KeyBinding([.char("/")], .startSearch, "Search every field as you type (Enter keeps it, then n / N)"),
        KeyBinding([.char("#")], .jumpToRef, "Jump to an action by its ref"),
        KeyBinding([.char("f")], .editFilter, "Filter: red amber green unrated @LEAD status overdue soon changed todo"),
        KeyBinding([.char("v")], .cycleGrouping, "Group the lanes by outcome, RAG, lead, status in turn"),
        openIndicators,
    ]

    /// The board's keys while a search is kept: `n` / `N` move between matches instead of adding.
    static let boardFound: [KeyBinding] = {
        let own: [KeyBinding] = [
            KeyBinding([.char("n")], .findNext(forward: true), "Next match of the search"),
            KeyBinding([.char("N")], .findNext(forward: false), "Previous match of the search"),
            KeyBinding([.escape], .clearFilters, "End the search (and clear the filter); n adds actions again"),
        ]
        let taken = Set(own.flatMap(\.keys))
        return own + bindings(for: .board).compactMap { binding in
            let keys = binding.keys.filter { !taken.contains($0) }
            return keys.isEmpty ? nil : KeyBinding(keys, binding.message, binding.summary)
        }
    }()

    static let confirmEndMeeting: [KeyBinding] = [
        KeyBinding([.char("y")], .endMeetingConfirmed, "End the meeting (u undoes)"),
        KeyBinding([.char("n"), .escape], .cancel, "Keep the meeting running"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]
}

extension BoardState {
    /// Whose key bindings apply: the mode's, or on the board after a search, the search's.
    public var keyKind: Mode.Kind {
        if mode == .board, search != nil { return .boardFound }
        return mode.kind
    }
}
