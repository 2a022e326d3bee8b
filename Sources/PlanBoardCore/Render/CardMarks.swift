/// The marks after a card's ref: `✓` discussed in the running meeting, `Δ` changed since the
/// last meeting, `↑` / `↓` its rating moved better or worse since then. Symbols, not colour alone.
enum CardMarks {
    /// What the marks need to know, worked out once per frame.
    struct Context {
        var discussed: Set<Action.ID>
        var lastMeetingEnd: Timestamp?

        init(_ state: BoardState) {
            discussed = Set(state.runningMeeting?.discussed ?? [])
            lastMeetingEnd = state.lastMeetingEnd
        }
    }

    /// The marks for `action`, or "" when it has none.
    static func text(for action: Action, _ context: Context) -> String {
        var out = ""
        if context.discussed.contains(action.id) { out += "✓" }
        if SinceLastMeeting.changed(action, since: context.lastMeetingEnd) { out += "Δ" }
        if let direction = SinceLastMeeting.ragDirection(action, since: context.lastMeetingEnd) { out += direction.arrow }
        return out
    }
}
