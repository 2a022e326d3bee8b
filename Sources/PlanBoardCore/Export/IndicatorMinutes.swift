/// The minutes' "Performance indicators" item: what a meeting recorded against each indicator, one
/// line per figure, target, note or override, in plan order. Several changes of one period's
/// figure in a meeting are one line, from the first value to the last.
struct IndicatorMinute: Equatable {
    /// `PI1 Adult carers with a carer support plan`.
    var indicator: String
    /// `Q3 2026/27 value 498 recorded (target 510, near target)`.
    var text: String

    /// The whole line: `PI1 …: Q3 2026/27 value 498 recorded (target 510, near target)`.
    var line: String { "\(indicator): \(text)" }
}

enum IndicatorMinutes {
    static let heading = "Performance indicators"

    /// The lines for meeting `id`; empty when it recorded nothing against an indicator.
    static func lines(_ plan: Plan, meeting id: Meeting.ID) -> [IndicatorMinute] {
        plan.indicators.flatMap { indicator in
            let name = indicator.ref.isEmpty ? indicator.name : "\(indicator.ref) \(indicator.name)"
            return collapsed(indicator.history.filter { $0.meeting == id })
                .compactMap { text(for: $0, of: indicator) }
                .map { IndicatorMinute(indicator: name, text: $0) }
        }
    }

    /// One change per field and period: the first `from`, the last `to`, the reasons joined
    /// (status overrides excepted).
    static func collapsed(_ changes: [Change]) -> [Change] {
        var result: [Change] = []
        var slot: [String: Int] = [:]
        for change in changes {
            let period = IndicatorHistoryText.split(change.to.isEmpty ? change.from : change.to)?.period ?? ""
            let key = change.field.rawValue + "|" + period
            // An override and its clearing are events, each with its own reason: never folded.
            guard change.field != .indicatorStatus, let i = slot[key] else {
                slot[key] = result.count
                result.append(change)
                continue
            }
            result[i].to = change.to
            result[i].at = change.at  // the value that stood is judged as it stood when it was entered
            let reasons = [result[i].reason, change.reason].compactMap { MinuteEntry.nonEmpty($0) }
            result[i].reason = reasons.isEmpty ? nil : distinct(reasons).joined(separator: "; ")
        }
        return result.filter { $0.from != $0.to }
    }

    /// The change in the minutes' words; nil for fields the minutes do not report. A value is
    /// judged against its own period's target as it stood when the value was recorded.
    static func text(for change: Change, of current: Indicator) -> String? {
        let indicator = current.asAt(change.at)
        let to = IndicatorHistoryText.split(change.to)
        let from = IndicatorHistoryText.split(change.from)
        let period = to?.period ?? from?.period ?? ""
        let why = MinuteEntry.nonEmpty(change.reason).map { ". Reason: \($0.trimmingWhitespace())" } ?? ""
        switch change.field {
        case .actual:
            guard let value = to?.value else { return "\(period) value withdrawn (was \(from?.value ?? ""))" + why }
            if value == IndicatorHistoryText.notAvailable { return "\(period) data not yet available" + why }
            var words = "\(period) value \(value) recorded"
            var context: [String] = []
            if let target = IndicatorHistoryText.target(for: period, in: indicator), let actual = IndicatorValueText.parse(value) {
                let status = IndicatorAssessment.status(actual: actual, target: target, better: indicator.better,
                                                        tolerancePercent: indicator.tolerancePercent)
                context.append("target \(IndicatorValueText.text(target, unit: indicator.unit)), \(status.word.lowercased())")
            }
            if let was = from?.value { context.append("previously \(was)") }
            if !context.isEmpty { words += " (\(context.joined(separator: "; ")))" }
            return words + why
        case .target, .stretch:
            let label = change.field == .target ? "target" : "stretch target"
            guard let value = to?.value else { return "\(period) \(label) removed (was \(from?.value ?? ""))" + why }
            return "\(period) \(label) set to \(value)" + (from.map { " (was \($0.value))" } ?? "") + why
        case .tolerance:
            return "tolerance changed from \(change.from) to \(change.to) of the target" + why
        case .note:
            guard let note = to?.value else { return "\(period) note removed" + why }
            return "\(period) note: \(note)" + why
        case .indicatorStatus:
            if change.to.hasSuffix(IndicatorHistoryText.overrideLapsed) {
                // The reason is the lapse itself: `override for Q2 2026/27 lapsed when Q3 2026/27 was recorded`.
                let status = change.to.replacingAll(" " + IndicatorHistoryText.overrideLapsed, with: "")
                return "status \(change.reason ?? "override lapsed") (was \(change.from)); the status is computed again: \(status)"
            }
            if change.to.hasSuffix("(computed)") {
                return "status override (\(change.from)) cleared; the status is computed again: \(change.to.replacingAll(" (computed)", with: ""))" + why
            }
            // The figures the computed status stood on then, so the minutes show what the board overrode.
            let a = IndicatorAssessment(indicator)
            var figures = ""
            if let actual = a.latest?.actual, let target = a.target {
                figures = ": \(IndicatorValueText.text(actual, unit: indicator.unit)) against \(IndicatorValueText.text(target, unit: indicator.unit))"
            }
            return "status overridden to \(change.to) (was \(change.from)\(figures))" + why
        default:
            return "\(change.field.label): \(change.from.isEmpty ? "(blank)" : change.from) → \(change.to.isEmpty ? "(blank)" : change.to)" + why
        }
    }
}

/// The strings in their first order, each once.
private func distinct(_ items: [String]) -> [String] {
    var seen: [String] = []
    for item in items where !seen.contains(item) { seen.append(item) }
    return seen
}
