/// One key binding: the keys, the message they send, and what the help overlay says about it.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let message: Message
    public let summary: String

    public init(_ keys: [Key], _ message: Message, _ summary: String) {
        self.keys = keys
        self.message = message
        self.summary = summary
    }

    /// The keys as shown in help: `↑ k`.
    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }
}

/// A cue on the bottom line: a few keys and a word. Each key must be bound in the mode (tested).
public struct KeyHint: Sendable {
    public let keys: [Key]
    public let label: String
    public let text: String
    public init(_ keys: [Key], _ label: String, _ text: String) {
        self.keys = keys
        self.label = label
        self.text = text
    }
}

/// Which key does what in each mode. The app, the help overlay (`?`) and the bottom line all read
/// this one table, so what help says is always what the keys do.
public enum Keymap {
    /// The bindings of a mode family, in the order help lists them.
    public static func bindings(for kind: Mode.Kind) -> [KeyBinding] {
        switch kind {
        case .board: board
        case .detail: detail
        case .help: help
        case .conflict: conflict
        case .confirmQuit: confirmQuit
        case .chooseStatus: chooseStatus
        case .chooseField: chooseField
        case .editingText: editingText
        case .editingLine: editingLine
        case .prompt: prompt
        case .promptYesNo: promptYesNo
        case .confirmDiscard: confirmDiscard
        case .confirmPurge: confirmPurge
        case .chooseLane: chooseLane
        case .leadsKey: leadsKey
        case .boardFound: boardFound
        case .confirmEndMeeting: confirmEndMeeting
        case .actionLog: actionLog
        case .chooseConflictSide: chooseConflictSide
        case .riskRegister: riskRegister
        case .riskDetail: riskDetail
        case .heatMap: heatMap
        case .chooseRiskLevel: chooseRiskLevel
        case .milestones: milestones
        case .confirmDeleteMilestone: confirmDeleteMilestone
        case .indicators: indicators
        case .indicatorDetail: indicatorDetail
        case .chooseIndicatorStatus: chooseIndicatorStatus
        }
    }

    /// The message a key sends in a mode, or nil when the key does nothing there. In modes that
    /// take text, every printable character not bound otherwise inserts itself, and a paste inserts
    /// all its text at once (a one-line field turns its newlines into spaces); elsewhere a paste is ignored.
    public static func message(for key: Key, in mode: Mode) -> Message? {
        message(for: key, kind: mode.kind, takesText: mode.takesText)
    }

    /// The message a key sends on this board: as `message(for:in:)`, except that after a search
    /// `n` / `N` move between the matches. A key bound to nothing on the board, in the detail pane
    /// or in a screen of the performance framework sends `.unboundKey`, so the status line can say so.
    public static func message(for key: Key, in state: BoardState) -> Message? {
        var message = message(for: key, kind: state.keyKind, takesText: state.mode.takesText)
        if message == nil, sayingUnbound.contains(state.keyKind) {
            if case .paste = key { message = .unboundKey("Pasted text") } else { message = .unboundKey(key.label) }
        }
        // While the board cannot be drawn nothing may change unseen: only help and quitting act.
        if state.size.width < BoardLayout.minimum.width || state.size.height < BoardLayout.minimum.height {
            switch message {
            case .showHelp, .closeHelp, .quit, .quitWithoutSaving, .cancel, .redrawScreen: return message
            default: return nil
            }
        }
        return message
    }

    /// The screens where a key that does nothing says so (one rule for the board and the framework's screens).
    static let sayingUnbound: Set<Mode.Kind> = [.board, .boardFound, .detail, .riskRegister, .riskDetail, .heatMap,
                                                .milestones, .indicators, .indicatorDetail]

    private static func message(for key: Key, kind: Mode.Kind, takesText: Bool) -> Message? {
        if let bound = lookup[kind]?[key] { return bound }
        // Ctrl-L repaints in every mode, typing included, as in other terminal programs.
        if key == redrawKey { return .redrawScreen }
        if takesText, case .char(let c) = key { return .editText(.insert(String(c))) }
        if takesText, case .paste(let text) = key { return .editText(.insert(text)) }
        return nil
    }

    /// The cues on the bottom line for this state: a prompt's own (what Enter and Esc do in it),
    /// else the mode's, with `y why 1.1` second while a change waits for its reason.
    public static func hints(for state: BoardState) -> [KeyHint] {
        if case .prompt(let prompt) = state.mode { return prompt.hints }
        var hints = hints(for: state.keyKind)
        if let offer = state.reasonOffer, offer.belongs(in: state.keyKind) {
            hints.insert(KeyHint([.char("y")], "y", "why \(offer.ref)?"), at: min(1, hints.count))
        }
        if state.readOnly != nil {
            // A read-only plan's bottom line offers only what works: looking, not changing.
            hints.removeAll { hint in
                hint.keys.first.flatMap { message(for: $0, kind: state.keyKind, takesText: false) }?.changesThePlan ?? false
            }
        }
        return hints
    }

    /// The cues on the bottom line for a mode.
    public static func hints(for kind: Mode.Kind) -> [KeyHint] {
        switch kind {
        case .boardFound:
            [KeyHint([.char("n"), .char("N")], "n N", "next/previous match"), KeyHint([.escape], "Esc", "end the search"),
             KeyHint([.enter], "Enter", "details"), KeyHint([.char("m")], "m", "discussed"),
             KeyHint([.char("?")], "?", "help"), KeyHint([.char("q")], "q", "quit")]
        case .confirmEndMeeting:
            [KeyHint([.char("y")], "y", "end the meeting"), KeyHint([.char("n")], "n", "keep it running")]
        case .board:
            [KeyHint([.left, .down, .up, .right], "←↓↑→", "move"), KeyHint([.enter], "Enter", "details"),
             KeyHint([.char("e")], "e", "edit"),
             KeyHint([.char("r"), .char("a"), .char("g"), .char("x")], "r a g x", "rate"),
             KeyHint([.char("s")], "s", "status"), KeyHint([.char("n")], "n", "new"),
             KeyHint([.char("d")], "d", "remove"), KeyHint([.char("u")], "u", "undo"),
             KeyHint([.char("?")], "?", "help"), KeyHint([.char("q")], "q", "quit")]
        case .detail:
            [KeyHint([.up, .down], "↑↓", "scroll"), KeyHint([.left, .right], "←→", "prev/next action"),
             KeyHint([.char("e")], "e", "edit"),
             KeyHint([.char("r"), .char("a"), .char("g"), .char("x")], "r a g x", "rate"),
             KeyHint([.char("s")], "s", "status"), KeyHint([.escape], "Esc", "close"), KeyHint([.char("?")], "?", "help")]
        case .help:
            [KeyHint([.up, .down], "↑↓", "scroll"), KeyHint([.char("/")], "/", "find"), KeyHint([.char("n")], "n", "next"),
             KeyHint([.escape], "Esc", "close help")]
        case .conflict:
            [KeyHint([.char("m")], "m", "merge (keep both)"), KeyHint([.char("r")], "r", "reload theirs"),
             KeyHint([.char("w")], "w", "write mine over theirs"),
             KeyHint([.escape], "Esc", "decide later")]
        case .confirmQuit:
            [KeyHint([.char("y")], "y", "quit and lose the unsaved change"), KeyHint([.escape], "Esc", "stay")]
        case .riskRegister, .riskDetail, .heatMap, .chooseRiskLevel, .milestones, .confirmDeleteMilestone:
            riskAndMilestoneHints(for: kind)
        case .indicators, .indicatorDetail, .chooseIndicatorStatus:
            indicatorHints(for: kind)
        default:
            editingHints(for: kind)
        }
    }

    private static let rating: [KeyBinding] = [
        KeyBinding([.char("r")], .setRAG(.red), "Rate the action Red"),
        KeyBinding([.char("a")], .setRAG(.amber), "Rate the action Amber"),
        KeyBinding([.char("g")], .setRAG(.green), "Rate the action Green"),
        KeyBinding([.char("x")], .setRAG(.unrated), "Clear the rating (unrated)"),
        KeyBinding([.char("s"), .char("S")], .chooseStatus, "Set the status: pick it from a list (one change is recorded)"),
        KeyBinding([.char("y")], .giveReason, "Why? Say why the last change was made (if none: a note)"),
        KeyBinding([.char("u")], .undo, "Undo the last change (many levels)"),
        KeyBinding([.ctrl("r")], .redo, "Redo what was undone"),
    ]

    /// Ctrl-L: works in every mode (see `message(for:kind:takesText:)`), listed once in help.
    static let redrawKey = Key.ctrl("l")

    private static let leaving: [KeyBinding] = [
        KeyBinding([.char("?")], .showHelp, "Show this help"),
        KeyBinding([redrawKey], .redrawScreen, "Redraw the whole screen (any screen, even while typing)"),
        KeyBinding([.char("q"), .ctrl("c")], .quit, "Quit (every change is already saved)"),
    ]

    private static let board: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .move(.up), "Previous card in the lane"),
        KeyBinding([.down, .char("j")], .move(.down), "Next card in the lane"),
        KeyBinding([.left, .char("h")], .move(.left), "Lane to the left"),
        KeyBinding([.right, .char("l")], .move(.right), "Lane to the right"),
        KeyBinding([.home], .moveToFirstCard, "First card in the lane"),
        KeyBinding([.end, .char("G")], .moveToLastCard, "Last card in the lane"),
        KeyBinding([.pageUp], .pageUp, "Page up the lane"),
        KeyBinding([.pageDown], .pageDown, "Page down the lane"),
        KeyBinding([.enter], .openDetail, "Open the detail pane for the selected action"),
        KeyBinding([.escape], .clearFilters, "Clear the search and the filter"),
    ] + editing + rating + meeting + finding + shaping + outcomes + mergeConflicts + risksAndMilestones + leaving

    private static let detail: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .scrollPane(lines: -1), "Scroll the pane up"),
        KeyBinding([.down, .char("j")], .scrollPane(lines: 1), "Scroll the pane down"),
        KeyBinding([.pageUp], .scrollPanePages(-1), "Scroll up a page"),
        KeyBinding([.pageDown, .char(" ")], .scrollPanePages(1), "Scroll down a page"),
        KeyBinding([.home], .scrollPaneToTop, "Top of the pane"),
        KeyBinding([.end], .scrollPaneToBottom, "Bottom of the pane"),
        KeyBinding([.left, .char("h")], .showAdjacentAction(offset: -1), "Previous action on the board"),
        KeyBinding([.right, .char("l")], .showAdjacentAction(offset: 1), "Next action on the board"),
        KeyBinding([.escape, .enter], .closePane, "Close the pane"),
    ] + editing + rating + meetingNotes + risksAndMilestones + leaving

    private static let help: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .scrollPane(lines: -1), "Scroll up"),
        KeyBinding([.down, .char("j")], .scrollPane(lines: 1), "Scroll down"),
        KeyBinding([.pageUp], .scrollPanePages(-1), "Page up"),
        KeyBinding([.pageDown, .char(" ")], .scrollPanePages(1), "Page down"),
        KeyBinding([.home], .scrollPaneToTop, "Top of the help"),
        KeyBinding([.end], .scrollPaneToBottom, "Bottom of the help"),
        KeyBinding([.char("/")], .findInHelp, "Find text in this help: type it, Enter (the match is highlighted)"),
        KeyBinding([.char("n")], .findNextInHelp, "The next match of what was found"),
        KeyBinding([.escape, .char("?"), .char("q"), .enter], .closeHelp, "Close the help"),
    ]

    private static let conflict: [KeyBinding] = [
        KeyBinding([.char("m")], .mergeWithDisk, "Merge: keep your changes and theirs (the same field changed by both: ! picks)"),
        KeyBinding([.char("r")], .reloadFromDisk, "Reload the file as it is now on disk (u then brings your version back)"),
        KeyBinding([.char("w")], .overwriteDisk, "Write your version over the one on disk (theirs is kept as plan.json.theirs)"),
        KeyBinding([.escape], .cancel, "Decide later: keep working; changes stay unsaved"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
        KeyBinding([.ctrl("c")], .quit, "Quit (asks first, as changes are unsaved)"),
    ]

    private static let confirmQuit: [KeyBinding] = [
        KeyBinding([.char("y")], .quitWithoutSaving, "Quit, losing the change that could not be saved"),
        KeyBinding([.escape, .char("n")], .cancel, "Stay in planboard"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]

    static let lookup: [Mode.Kind: [Key: Message]] = {
        var table: [Mode.Kind: [Key: Message]] = [:]
        for kind in Mode.Kind.allCases {
            var keys: [Key: Message] = [:]
            for binding in bindings(for: kind) {
                for key in binding.keys where keys[key] == nil { keys[key] = binding.message }
            }
            table[kind] = keys
        }
        return table
    }()
}
