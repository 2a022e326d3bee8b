/// The History section of a detail pane, newest first, for actions, indicators and risks alike:
/// when and by whom (dim), what changed with the meeting it was made in, and the reason quoted.
enum HistoryLines {
    /// How an entry is laid out: the action pane's one line (time and change side by side, as
    /// its long history is read down), or the framework panes' time line above the change.
    enum Shape { case oneLine, stacked }

    static func lines(_ history: [Change], describe: (Change) -> String, shape: Shape, in state: BoardState,
                      width: Int) -> [StyledLine] {
        var out: [StyledLine] = [[], StyledText.heading("History")]
        if history.isEmpty { out += StyledText.block("", width: width) }
        for change in history.reversed() {
            let when = change.at.day(utcOffset: state.utcOffset).shortText + " " + change.at.clockText(utcOffset: state.utcOffset)
                + (change.who.map { " · " + $0 } ?? "")
            let what = describe(change) + (change.meeting.map { " (\(DetailText.meetingName($0, in: state.plan)))" } ?? "")
            switch shape {
            case .oneLine: out += DetailText.wrapped([Span("  " + when, .dim), Span("  " + what)], width: width)
            case .stacked:
                out += StyledText.block(when, width: width, indent: 2, style: .dim)
                out += StyledText.block(what, width: width, indent: 4)
            }
            if let reason = change.reason, !reason.isEmpty {
                out += StyledText.block("“\(reason)”", width: width, indent: 4)
            }
        }
        return out
    }
}
