/// Which of the register's or the milestones' screens lies over the board in this mode (also
/// under a prompt or help opened from them).
enum RiskAndMilestoneOverlay {
    static func widget(_ state: BoardState) -> (any Widget)? {
        switch state.mode {
        case .riskRegister(let register): RiskRegisterScreen(state: state, register: register)
        case .chooseRiskLevel(let register): RiskRegisterScreen(state: state, register: register, choosingLevel: true)
        case .milestones(let list): MilestoneScreen(state: state, list: list)
        case .prompt(let prompt):
            switch prompt.returnTo {
            case .risks(let register): RiskRegisterScreen(state: state, register: register)
            case .milestones(let list): MilestoneScreen(state: state, list: list)
            default: nil
            }
        default: nil
        }
    }
}

/// The milestones in the centre of the screen (as the action log), and the dialog confirming a delete.
struct MilestoneScreen: Widget {
    let state: BoardState
    let list: MilestoneList

    func draw(into grid: inout Grid, in rect: Rect) {
        let width = min(rect.width, 84)
        let box = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y, width: width, height: rect.height)
        MilestoneListView(state: state, list: list).draw(into: &grid, in: box)
        if list.confirmingDelete, let holder = state.plan.milestoneHolder(list.owner),
           let milestone = holder.milestones.dropFirst(list.selected).first {
            DialogView(title: "Delete this milestone?",
                       message: "‘\(milestone.text)’ goes from \(holder.noun); its history keeps the record. u undoes it.",
                       hints: Keymap.hints(for: .confirmDeleteMilestone)).draw(into: &grid, in: rect)
        }
    }
}
