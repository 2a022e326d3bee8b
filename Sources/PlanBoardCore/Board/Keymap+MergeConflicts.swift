/// Keys for the conflicts a merge recorded: `!` on the board opens a chooser for each in turn.
extension Keymap {
    static let mergeConflicts: [KeyBinding] = [
        KeyBinding([.char("!")], .openMergeConflicts, "Resolve the conflicts a merge recorded: pick a side for each"),
        KeyBinding([.char("Y")], .sync, "Sync through git: commit your changes, take in the others', send yours"),
    ]

    static let chooseConflictSide: [KeyBinding] = [
        KeyBinding([.char("1")], .resolveMergeConflict(takeOther: false), "Keep the value on the board"),
        KeyBinding([.char("2")], .resolveMergeConflict(takeOther: true), "Take the other copy's value"),
        KeyBinding([.left, .char("h")], .pickMergeConflict(offset: -1), "Previous conflict"),
        KeyBinding([.right, .char("l")], .pickMergeConflict(offset: 1), "Next conflict"),
        KeyBinding([.escape, .char("q")], .cancel, "Decide later (the conflicts stay recorded)"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]

    static let conflictSideHints: [KeyHint] = [
        KeyHint([.char("1")], "1", "keep the board's"), KeyHint([.char("2")], "2", "take the other"),
        KeyHint([.left, .right], "←→", "other conflicts"), KeyHint([.escape], "Esc", "later"),
    ]
}
