/// The lines of an indicator's detail pane: its status (and any override with its reason), every
/// period in time order with target, stretch, actual and note, what it measures and who owns it,
/// the outcomes it evidences, and its history. Below render so the reducer can count the lines
/// to scroll; `IndicatorScreenView` draws the same lines.
public enum IndicatorDetailText {
    public static func lines(for indicator: Indicator, in state: BoardState, width: Int) -> [StyledLine] {
        let plan = state.plan
        let assessment = IndicatorAssessment(indicator)
        let unit = indicator.unit
        func figure(_ value: Double?) -> String { value.map { IndicatorValueText.text($0, unit: unit) } ?? "—" }

        var out: [StyledLine] = []
        out += StyledText.block(indicator.ref.isEmpty ? indicator.name : "\(indicator.ref) \(indicator.name)",
                                width: width, indent: 0, style: .bold)
        out.append([])
        let status = assessment.status
        out.append([Span("Status  "), Span(RAGBadge.text(status.rag), .badge(status.rag)),
                    Span(" \(status.word)" + (assessment.overrideStanding.applying == nil ? " (computed)" : " * overridden"))])
        func by(_ override: IndicatorStatusOverride) -> String {
            var by = override.at.day(utcOffset: state.utcOffset).shortText
            if let who = override.who { by += " · \(who)" }
            if let meeting = override.meeting { by += " (\(DetailText.meetingName(meeting, in: plan)))" }
            return by
        }
        switch assessment.overrideStanding {
        case .none: break
        case .applies(let override, let period):
            out += StyledText.block("Reason: “\(override.reason)” — \(by(override))\(period.isEmpty ? "" : ", for \(period)"). "
                                    + "Computed from the figures: \(assessment.computedStatus.word).", width: width, indent: 4)
        case .lapsed(let lapsed):
            let words = lapsed.words.prefix(1).uppercased() + lapsed.words.dropFirst()
            out += StyledText.block("\(words): it was \(lapsed.override.status.word), “\(lapsed.override.reason)” — \(by(lapsed.override)).",
                                    width: width, indent: 4, style: .dim)
        }
        var latest = "Latest  " + IndicatorValueText.latest(assessment.latest, unit: unit)
        if let period = assessment.latest?.period { latest += " (\(period))" }
        if let target = assessment.target { latest += " against target \(figure(target))" }
        if let trend = assessment.trend, let before = assessment.previous {
            latest += " · \(trend.arrow) \(trend.word) than \(figure(before.actual)) (\(before.period))"
            if trend == .same { latest = latest.replacingAll("no change than", with: "the same as") }
        }
        out += StyledText.block(latest, width: width, indent: 0)
        out += StyledText.block("Next due  " + (assessment.nextDue?.text ?? "—"), width: width, indent: 0)

        out.append([])
        out.append(StyledText.heading("Periods (oldest first)"))
        let periods = ReportingPeriod.ordered(indicator.periods, by: \.period)
        if periods.isEmpty { out += StyledText.block("", width: width) }
        let columns = ["Period", "Target", "Stretch", "Actual"]
        let rows = periods.map { p in
            [p.period, figure(p.target), figure(p.stretch),
             p.actual.map { IndicatorValueText.text($0, unit: unit) } ?? (p.notAvailable ? "n/a" : "—")]
        }
        let widths = columns.indices.map { c in ([columns[c]] + rows.map { $0[c] }).map(TextWidth.of).max() ?? 0 }
        func cells(_ values: [String]) -> String {
            "  " + values.enumerated().map { c, v in v + String(repeating: " ", count: max(0, widths[c] - TextWidth.of(v))) }
                .joined(separator: "  ")
        }
        if !periods.isEmpty { out.append([Span(TextWrap.truncate(cells(columns), width: width), .dim)]) }
        for (p, row) in zip(periods, rows) {
            out.append([Span(TextWrap.truncate(cells(row), width: width))])
            var remark = p.notAvailable ? "data not yet available" : ""
            if !p.note.isEmpty { remark += (remark.isEmpty ? "" : "; ") + p.note }
            if let entered = p.enteredAt {
                var when = "entered \(entered.day(utcOffset: state.utcOffset).shortText)"
                if let who = p.who { when += " by \(who)" }
                if let meeting = p.meeting { when += " (\(DetailText.meetingName(meeting, in: plan)))" }
                remark += (remark.isEmpty ? "" : " · ") + when
            }
            if !remark.isEmpty { out += StyledText.block(remark, width: width, indent: 4, style: .dim) }
        }

        out.append([])
        out.append(StyledText.heading("About"))
        if let baseline = indicator.baseline {
            out += StyledText.block("Baseline: \(figure(baseline.value)) (\(baseline.period))", width: width)
        }
        out += StyledText.block("Unit: \(unit.word) · \(indicator.better.word) · \(indicator.frequency.word)", width: width)
        out += StyledText.block("Near target: within \(NumberText.plain(indicator.tolerancePercent))% of the target", width: width)
        out += StyledText.block("Source: " + (indicator.source.isEmpty ? "—" : indicator.source), width: width)
        out += StyledText.block("Owner: " + owner(indicator.owner, in: plan), width: width)
        let outcomes = indicator.outcomes.map { id in plan.outcomes.first { $0.id == id }.map { "Outcome \($0.heading)" } ?? id.rawValue }
        out += StyledText.block("Evidences: " + (outcomes.isEmpty ? "—" : outcomes.joined(separator: "; ")), width: width)

        out += HistoryLines.lines(indicator.history, describe: describe, shape: .stacked, in: state, width: width)
        return out
    }

    /// `Value Q3 2026/27: 498`, `Target Q3 2026/27: 510 → 520`, `Note Q2 2026/27: provisional`.
    static func describe(_ change: Change) -> String {
        if change.field == .note { return "Note " + (change.to.isEmpty ? "cleared (\(change.from))" : change.to) }
        guard [.actual, .target, .stretch].contains(change.field) else { return DetailText.describe(change) }
        let from = IndicatorHistoryText.split(change.from), to = IndicatorHistoryText.split(change.to)
        let label = change.field.label
        switch (from, to) {
        case let (nil, to?): return "\(label) \(to.period): \(to.value)"
        case let (from?, nil): return "\(label) \(from.period): \(from.value) removed"
        case let (from?, to?) where from.period == to.period: return "\(label) \(to.period): \(from.value) → \(to.value)"
        default: return DetailText.describe(change)
        }
    }

    /// `SCC (Strathmerrin Carers Centre)`, or the owner as written when the key does not know it.
    static func owner(_ owner: String, in plan: Plan) -> String {
        let written = owner.trimmingWhitespace()
        guard !written.isEmpty else { return "—" }
        guard let lead = plan.leads.first(where: { $0.initials == written }), !lead.name.isEmpty else { return written }
        return "\(written) (\(lead.name))"
    }
}
