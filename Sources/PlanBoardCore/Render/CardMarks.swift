/// The marks after a card's ref: `✓` discussed in the running meeting, `Δ` changed since the
/// last meeting, `↑` / `↓` its rating moved better or worse since then. Symbols, not colour alone.
enum CardMarks {
    /// What the marks need to know, worked out once per frame.
    struct Context {
        var discussed: Set<Action.ID>
        var lastMeetingEnd: Timestamp?
        /// Actions a High or Very high risk names among its mitigating actions.
        var riskLinked: Set<Action.ID> = []
        /// For overdue milestones.
        var today: Day

        init(_ state: BoardState) {
            discussed = Set(state.runningMeeting?.discussed ?? [])
            lastMeetingEnd = state.lastMeetingEnd
            today = state.today
            riskLinked = CardMarks.seriouslyAtRisk(state.plan)
        }
    }

    /// The marks for `action`, or "" when it has none.
    static func text(for action: Action, _ context: Context) -> String {
        CardFirstLine.marks(for: action, context, selected: false).filter { $0.group == .meeting }
            .flatMap(\.spans).map(\.text).joined()
    }
}
