/// The performance framework's changes for the "changes since" section of the reports: an
/// indicator's figures, targets and status, a risk's levels, review date and details, worded for
/// a committee paper (`2023/24 actual 31.6% recorded`, `Residual risk changed from Likelihood 3 x
/// Impact 3 = Risk Scoring 9 (High Risk) to …`), each with who made it and when, from the history entries.
extension Plan {
    /// Indicator and risk changes on or after `start`, in plan order (the caller sorts by time).
    func frameworkChanges(since start: Timestamp) -> [PlanChange] {
        var found: [PlanChange] = []
        for indicator in indicators {
            for change in indicator.history where change.at >= start {
                found.append(PlanChange(outcome: PlanChange.indicatorsHeading, ref: indicator.ref, actionText: indicator.name,
                                        change: change, kind: .indicator, wording: FrameworkChangeWords.indicator(change)))
            }
        }
        for risk in risks {
            for change in risk.history where change.at >= start {
                found.append(PlanChange(outcome: PlanChange.risksHeading, ref: risk.ref, actionText: risk.title,
                                        change: change, kind: .risk, wording: FrameworkChangeWords.risk(change, bands: riskBands)))
            }
        }
        // The bands themselves, as the minutes record them: every level above is worded with today's.
        for change in riskBandsHistory where change.at >= start {
            found.append(PlanChange(outcome: PlanChange.risksHeading, ref: "", actionText: "Risk register", change: change,
                                    kind: .risk, wording: "Risk bands changed from \(change.from) to \(change.to)"))
        }
        return found
    }
}

/// How one history entry of an indicator or a risk reads in a report.
enum FrameworkChangeWords {
    /// `2023/24 actual 31.6% recorded`, `2024/25 target changed from 33% to 35%`, `Status overridden …`.
    static func indicator(_ change: Change) -> String {
        switch change.field {
        case .created: return "Indicator added"
        case .actual: return figure(change, word: "actual", verb: "recorded")
        case .target: return figure(change, word: "target", verb: "set")
        case .stretch: return figure(change, word: "stretch target", verb: "set")
        case .note:
            let to = IndicatorHistoryText.split(change.to), from = IndicatorHistoryText.split(change.from)
            if let to { return "\(to.period) note: \(to.value)" }
            return from.map { "\($0.period) note cleared" } ?? "Note cleared"
        case .indicatorStatus:
            if change.to.hasSuffix(IndicatorHistoryText.overrideLapsed) {
                let computed = change.to.dropLast(IndicatorHistoryText.overrideLapsed.count).trimmingWhitespace()
                return "Status override (\(change.from)) lapsed: \(computed) as computed"
            }
            if change.to.hasSuffix("(computed)") { return "Status override cleared: \(change.to)" }
            return "Status overridden from \(change.from) to \(change.to)"
        case .name: return "Renamed from \(change.from) to \(change.to)"
        default: return changed(change.field.label, from: change.from, to: change.to)
        }
    }

    /// `Residual risk changed from Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk) to …`, as the
    /// minutes word it (levels with the plan's current bands), `Review date changed …`.
    static func risk(_ change: Change, bands: RiskBands) -> String {
        switch change.field {
        case .created: return "Risk added"
        case .inherent, .residual, .planned:
            let level = { (text: String) in given(text).map { RecordedRiskLevel.committee($0, bands: bands) } ?? "" }
            return changed(change.field.label, from: level(change.from), to: level(change.to))
        case .name, .title: return "Renamed from \(change.from) to \(change.to)"
        default: return changed(change.field.label, from: change.from, to: change.to)
        }
    }

    /// A period's figure: recorded or set, changed, removed, or recorded as not yet available.
    private static func figure(_ change: Change, word: String, verb: String) -> String {
        let from = IndicatorHistoryText.split(change.from), to = IndicatorHistoryText.split(change.to)
        guard let period = to?.period ?? from?.period else { return changed(change.field.label, from: change.from, to: change.to) }
        let old = from.map(\.value).flatMap(given), new = to.map(\.value).flatMap(given)
        switch (old, new) {
        case (nil, IndicatorHistoryText.notAvailable?): return "\(period) \(word) recorded as not yet available"
        case (nil, let new?): return "\(period) \(word) \(new) \(verb)"
        case (let old?, nil): return "\(period) \(word) \(old) removed"
        case (let old?, let new?): return "\(period) \(word) changed from \(old) to \(new)"
        case (nil, nil): return "\(period) \(word) removed"
        }
    }

    /// `Owner set to SW`, `Owner changed from SW to AB`, `Owner cleared (was SW)`.
    private static func changed(_ label: String, from: String, to: String) -> String {
        switch (given(from), given(to)) {
        case (nil, let to?): return "\(label) set to \(to)"
        case (let from?, nil): return "\(label) cleared (was \(from))"
        case (let from?, let to?): return "\(label) changed from \(from) to \(to)"
        case (nil, nil): return "\(label) changed"
        }
    }

    /// The text, or nil when it says there was none (`""`, `none`, as the board and importer write it).
    private static func given(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty || trimmed == "none" ? nil : trimmed
    }
}
