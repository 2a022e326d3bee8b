/// Where a figure or level the plan already holds came from: an earlier sheet, the board, a
/// meeting, or the plan file with no record. A sheet imported again replaces only what a sheet
/// put there; what the board or a meeting recorded is kept unless the import is forced.
enum RecordedOrigin: Equatable {
    /// Put there by an earlier `import --into`: the sheet may replace it.
    case sheet
    /// Recorded in a meeting: `the meeting of 29 Nov 2026, ‘Carers Partnership’`, with its start
    /// time when another meeting was held that day.
    case meeting(String)
    /// Recorded on the board outside a meeting, when and by whom.
    case board(Day, who: String?)
    /// In the plan with no history saying where from.
    case plan

    /// True when a sheet may replace the value without `--force`.
    var isSheet: Bool { self == .sheet }

    /// `recorded in the meeting of 29 Nov 2026, ‘Carers Partnership’`, as the report's bracket says it.
    var words: String {
        switch self {
        case .sheet: "from an earlier sheet"
        case .meeting(let meeting): "recorded in \(meeting)"
        case .board(let day, let who): "recorded on the board on \(day.shortText)" + (who.map { " by \($0)" } ?? "")
        case .plan: "in the plan, no record of its source"
        }
    }

    /// The origin of the latest entry in `history` for `field` that `matches` (a period's
    /// entries start `2022/23: …`); `createdBySheet` decides for a value with no entry.
    static func of(_ history: [Change], field: Change.Field, meetings: [Meeting], createdBySheet: Bool,
                   matches: (Change) -> Bool = { _ in true }) -> RecordedOrigin {
        guard let last = history.last(where: { $0.field == field && matches($0) }) else {
            return createdBySheet ? .sheet : .plan
        }
        if last.reason?.hasPrefix(importReasonPrefix) == true { return .sheet }
        if let id = last.meeting {
            guard let meeting = meetings.first(where: { $0.id == id }) else {
                return .meeting("the meeting of \(last.at.day().shortText)")
            }
            return .meeting(meeting.reference(among: meetings, dateText: \.shortText, alwaysTitled: true))
        }
        return .board(last.at.day(), who: last.who)
    }

    /// True when the thing was added to the plan by an import (its `created` entry says so).
    static func createdBySheet(_ history: [Change]) -> Bool {
        history.first { $0.field == .created }?.reason?.hasPrefix(importReasonPrefix) == true
    }

    /// The reason every imported change carries: `Imported from indicators.csv`.
    static let importReasonPrefix = "Imported from "

    /// The period a history entry of a figure names (`2022/23: 4,702` → `2022/23`).
    static func period(of text: String) -> String? {
        guard let colon = text.range(of: ": ") else { return nil }
        return String(text[..<colon.lowerBound])
    }
}
