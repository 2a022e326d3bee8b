/// The keys of the indicators view (`I`), an indicator's detail pane and the status override chooser.
extension Keymap {
    static let openIndicators = KeyBinding([.char("I")], .indicator(.open),
                                           "The performance indicators: latest value against target, trend, what is due next")

    private static let recording: [KeyBinding] = [
        KeyBinding([.char("v")], .indicator(.recordValue), "Record a value: the value or n/a, then its period (next due offered), a note"),
        KeyBinding([.char("t")], .indicator(.setTarget), "Set a target: the target, then its period (next due offered), a stretch target"),
        KeyBinding([.char("o")], .indicator(.chooseOverride), "Override the status (on / near / off target, no data) with a reason, or clear it"),
        KeyBinding([.char("y")], .giveReason, "Why? Say why the target or tolerance was just changed (minutes carry it)"),
        KeyBinding([.char("T")], .indicator(.setTolerance), "Set the tolerance: within what % of the target counts as near target"),
        KeyBinding([.char("u")], .undo, "Undo the last change (many levels)"),
        KeyBinding([.ctrl("r")], .redo, "Redo what was undone"),
    ]

    static let indicators: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .indicator(.pick(offset: -1)), "Previous indicator"),
        KeyBinding([.down, .char("j")], .indicator(.pick(offset: 1)), "Next indicator"),
        KeyBinding([.home], .indicator(.pickEdge(last: false)), "First indicator"),
        KeyBinding([.end, .char("G")], .indicator(.pickEdge(last: true)), "Last indicator"),
        KeyBinding([.enter], .indicator(.openDetail), "Open the indicator's details: every period, source, owner, history"),
    ] + recording + [
        KeyBinding([.escape, .char("q"), .char("I")], .indicator(.close), "Back to the board"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]

    static let indicatorDetail: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .indicator(.scroll(lines: -1)), "Scroll the pane up"),
        KeyBinding([.down, .char("j")], .indicator(.scroll(lines: 1)), "Scroll the pane down"),
        KeyBinding([.pageUp], .indicator(.scrollPages(-1)), "Scroll up a page"),
        KeyBinding([.pageDown, .char(" ")], .indicator(.scrollPages(1)), "Scroll down a page"),
        KeyBinding([.home], .indicator(.scroll(lines: Int.min / 2)), "Top of the pane"),
        KeyBinding([.end], .indicator(.scroll(lines: Int.max / 2)), "Bottom of the pane"),
        KeyBinding([.left, .char("h")], .indicator(.pick(offset: -1)), "Previous indicator"),
        KeyBinding([.right, .char("l")], .indicator(.pick(offset: 1)), "Next indicator"),
    ] + recording + [
        KeyBinding([.escape, .enter], .indicator(.close), "Close the pane (back to the list)"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]

    static let chooseIndicatorStatus: [KeyBinding] = IndicatorStatus.allCases.map { status in
        KeyBinding([.char(overrideKey(for: status))], .indicator(.override(status)), "Override with \(status.word) (then say why)")
    } + [
        KeyBinding([.char("c")], .indicator(.clearOverride), "Clear the override: the status is computed from the figures again"),
        KeyBinding([.escape], .indicator(.close), "Close; the status stays as it was"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]

    /// The letter that overrides an indicator's status with `status`: as a rating's letters.
    public static func overrideKey(for status: IndicatorStatus) -> Character {
        switch status {
        case .onTarget: "g"
        case .nearTarget: "a"
        case .offTarget: "r"
        case .noData: "n"
        }
    }

    static func indicatorHints(for kind: Mode.Kind) -> [KeyHint] {
        switch kind {
        case .indicators:
            [KeyHint([.up, .down], "↑↓", "choose"), KeyHint([.enter], "Enter", "details"), KeyHint([.char("v")], "v", "value"),
             KeyHint([.char("t")], "t", "target"), KeyHint([.char("o")], "o", "override"), KeyHint([.char("T")], "T", "tolerance"),
             KeyHint([.char("u")], "u", "undo"), redoHint,
             KeyHint([.escape], "Esc", "board"), KeyHint([.char("?")], "?", "help")]
        case .indicatorDetail:
            [KeyHint([.up, .down], "↑↓", "scroll"), KeyHint([.left, .right], "←→", "prev/next"), KeyHint([.char("v")], "v", "value"),
             KeyHint([.char("t")], "t", "target"), KeyHint([.char("o")], "o", "override"), KeyHint([.escape], "Esc", "list"),
             KeyHint([.char("?")], "?", "help")]
        default:
            [KeyHint(IndicatorStatus.allCases.map { .char(overrideKey(for: $0)) }, "g a r n", "override, then why"),
             KeyHint([.char("c")], "c", "clear the override"), KeyHint([.escape], "Esc", "keep it as it was")]
        }
    }
}
