/// The keys of the risk register (`Z`), its detail and heat map, changing a level, and an
/// action's milestones (`t`) or its workstream's (Ctrl-T: `T` already renames the outcome).
extension Keymap {
    /// On the board and in the detail pane: the register and the selected action's milestones.
    static let risksAndMilestones: [KeyBinding] = [
        KeyBinding([.char("Z")], .risk(.open), "The risk register: levels, review dates, heat map (m)"),
        KeyBinding([.char("t")], .milestone(.open), "The selected action's milestones: mark done, add, delete"),
        KeyBinding([.ctrl("t")], .milestone(.openWorkstream), "Workstream milestones: those of the selected card's outcome"),
    ]

    private static let levelChanges: [KeyBinding] = [
        KeyBinding([.char("L")], .risk(.changeLevel), "Change a level of the risk: i r p, then likelihood x impact (2x3)"),
        KeyBinding([.char("d")], .risk(.reviewDate), "Change the risk's review date"),
        KeyBinding([.char("b")], .risk(.editBands), "Edit the plan's risk bands: 1-3 Low, 4-6 Moderate, … (empty: the standard ones)"),
        KeyBinding([.char("y")], .giveReason, "Why? Say why the level or date was just changed"),
        KeyBinding([.char("u")], .undo, "Undo the last change"),
        KeyBinding([.ctrl("r")], .redo, "Redo what was undone"),
    ]

    static let riskRegister: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .risk(.pick(offset: -1)), "Previous risk"),
        KeyBinding([.down, .char("j")], .risk(.pick(offset: 1)), "Next risk"),
        KeyBinding([.home], .risk(.pickEdge(last: false)), "First risk"),
        KeyBinding([.end, .char("G")], .risk(.pickEdge(last: true)), "Last risk"),
        KeyBinding([.enter], .risk(.toggleDetail), "The risk in full: description, levels, mitigation, history"),
        KeyBinding([.char("m")], .risk(.toggleHeatMap), "The 5×5 heat map (likelihood × impact) with counts"),
    ] + levelChanges + [
        KeyBinding([.escape, .char("Z"), .char("q")], .risk(.back), "Back to the board"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]

    static let riskDetail: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .risk(.scroll(lines: -1)), "Scroll up"),
        KeyBinding([.down, .char("j")], .risk(.scroll(lines: 1)), "Scroll down"),
        KeyBinding([.pageUp], .risk(.scrollPages(-1)), "Scroll up a page"),
        KeyBinding([.pageDown, .char(" ")], .risk(.scrollPages(1)), "Scroll down a page"),
        KeyBinding([.home], .risk(.scroll(lines: Int.min / 2)), "Top of the risk"),
        KeyBinding([.end], .risk(.scroll(lines: Int.max / 2)), "Bottom of the risk"),
        KeyBinding([.left, .char("h")], .risk(.pick(offset: -1)), "Previous risk"),
        KeyBinding([.right, .char("l")], .risk(.pick(offset: 1)), "Next risk"),
        KeyBinding([.char("m")], .risk(.toggleHeatMap), "The heat map"),
    ] + levelChanges + [
        KeyBinding([.escape, .enter], .risk(.back), "Back to the register's list"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]

    static let heatMap: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .risk(.moveCell(likelihood: 1, impact: 0)), "Cell above (more likely)"),
        KeyBinding([.down, .char("j")], .risk(.moveCell(likelihood: -1, impact: 0)), "Cell below (less likely)"),
        KeyBinding([.left, .char("h")], .risk(.moveCell(likelihood: 0, impact: -1)), "Cell to the left (less impact)"),
        KeyBinding([.right, .char("l")], .risk(.moveCell(likelihood: 0, impact: 1)), "Cell to the right (more impact)"),
        KeyBinding([.char("i")], .risk(.heatLevel(.inherent)), "Place the risks by their inherent level"),
        KeyBinding([.char("r")], .risk(.heatLevel(.residual)), "Place the risks by their residual level"),
        KeyBinding([.char("p")], .risk(.heatLevel(.planned)), "Place the risks by their planned level"),
        KeyBinding([.tab], .risk(.heatLevel(nil)), "The next level (inherent, residual, planned)"),
        KeyBinding([.char("b")], .risk(.editBands), "Edit the plan's risk bands: 1-3 Low, 4-6 Moderate, … (empty: the standard ones)"),
        KeyBinding([.char("u")], .undo, "Undo the last change"),
        KeyBinding([.ctrl("r")], .redo, "Redo what was undone"),
        KeyBinding([.escape, .char("m")], .risk(.back), "Back to the register's list"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]

    static let chooseRiskLevel: [KeyBinding] = [
        KeyBinding([.char("i")], .risk(.chooseLevel(.inherent)), "Inherent: before any mitigation"),
        KeyBinding([.char("r")], .risk(.chooseLevel(.residual)), "Residual: now, with the mitigation in place"),
        KeyBinding([.char("p")], .risk(.chooseLevel(.planned)), "Planned: once the planned mitigation is done"),
        KeyBinding([.escape], .risk(.back), "Change nothing"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]

    static let milestones: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .milestone(.pick(offset: -1)), "Previous milestone"),
        KeyBinding([.down, .char("j")], .milestone(.pick(offset: 1)), "Next milestone"),
        KeyBinding([.char(" "), .char("x")], .milestone(.toggleDone), "Mark the milestone done, or open again (in a meeting, minuted)"),
        KeyBinding([.char("a")], .milestone(.add), "Add a milestone: its text, then when it is due (as written)"),
        KeyBinding([.char("d")], .milestone(.delete), "Delete the milestone (asks first)"),
        KeyBinding([.char("u")], .undo, "Undo the last change"),
        KeyBinding([.ctrl("r")], .redo, "Redo what was undone"),
        KeyBinding([.escape, .char("t"), .ctrl("t"), .char("q")], .milestone(.back), "Back to the board"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]

    static let confirmDeleteMilestone: [KeyBinding] = [
        KeyBinding([.char("y")], .milestone(.confirmDelete(true)), "Delete the milestone (u undoes)"),
        KeyBinding([.char("n"), .escape], .milestone(.confirmDelete(false)), "Keep it"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]

    /// `Ctrl-R redo`, beside `u undo` on the screens that show it: redo works there too.
    static let redoHint = KeyHint([.ctrl("r")], "Ctrl-R", "redo")

    static func riskAndMilestoneHints(for kind: Mode.Kind) -> [KeyHint] {
        switch kind {
        case .riskRegister:
            [KeyHint([.up, .down], "↑↓", "choose"), KeyHint([.enter], "Enter", "details"), KeyHint([.char("m")], "m", "heat map"),
             KeyHint([.char("L")], "L", "change level"), KeyHint([.char("d")], "d", "review date"), KeyHint([.char("b")], "b", "bands"),
             KeyHint([.char("u")], "u", "undo"), redoHint, KeyHint([.char("?")], "?", "help"), KeyHint([.escape], "Esc", "board")]
        case .riskDetail:
            [KeyHint([.up, .down], "↑↓", "scroll"), KeyHint([.left, .right], "←→", "prev/next risk"),
             KeyHint([.char("L")], "L", "change level"), KeyHint([.char("d")], "d", "review date"),
             KeyHint([.char("?")], "?", "help"), KeyHint([.escape], "Esc", "list")]
        case .heatMap:
            [KeyHint([.left, .down, .up, .right], "←↓↑→", "cell"),
             KeyHint([.char("i"), .char("r"), .char("p")], "i r p", "inherent/residual/planned"),
             KeyHint([.char("?")], "?", "help"), KeyHint([.escape], "Esc", "list")]
        case .chooseRiskLevel:
            [KeyHint([.char("i")], "i", "inherent"), KeyHint([.char("r")], "r", "residual"), KeyHint([.char("p")], "p", "planned"),
             KeyHint([.escape], "Esc", "change nothing")]
        case .milestones:
            [KeyHint([.up, .down], "↑↓", "choose"), KeyHint([.char(" ")], "Space", "done/open"), KeyHint([.char("a")], "a", "add"),
             KeyHint([.char("d")], "d", "delete"), KeyHint([.char("u")], "u", "undo"), redoHint, KeyHint([.char("?")], "?", "help"),
             KeyHint([.escape], "Esc", "board")]
        case .confirmDeleteMilestone:
            [KeyHint([.char("y")], "y", "delete it"), KeyHint([.char("n")], "n", "keep it")]
        default:
            []
        }
    }
}
