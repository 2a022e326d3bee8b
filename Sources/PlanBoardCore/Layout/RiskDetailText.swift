/// The text of one risk in the register's detail: what it is, its three levels in the committee's
/// wording, the mitigation and the actions that carry it, the recommendation, the review date
/// and the history. Below render so the reducer can count its lines to clamp scrolling.
public enum RiskDetailText {
    public static func lines(for risk: Risk, in state: BoardState, width: Int) -> [StyledLine] {
        let plan = state.plan
        let bands = plan.riskBands
        var out: [StyledLine] = []
        out += StyledText.block([risk.ref, risk.title].filter { !$0.isEmpty }.joined(separator: " "),
                                width: width, indent: 0, style: .bold)
        let facts = [risk.category.isEmpty ? nil : "Category: \(risk.category)", risk.owner.isEmpty ? nil : "Owner: \(ownerName(risk.owner, plan))"]
            .compactMap { $0 }.joined(separator: " · ")
        if !facts.isEmpty { out += StyledText.block(facts, width: width, indent: 0, style: .dim) }

        section("Description", risk.description, into: &out, width: width)

        out.append([])
        out.append(StyledText.heading("Risk levels"))
        for kind in RiskLevelKind.allCases {
            guard let level = risk.level(kind) else {
                out.append([Span("  \(kind.word): ", .bold), Span("not assessed", .dim)])
                continue
            }
            let band = bands.band(for: level.score)
            let text = "\(kind.word) Risk Level: \(level.reportText(bands: bands))"
            for (i, line) in TextWrap.wrap(text, width: max(1, width - 4)).enumerated() {
                out.append([Span(i == 0 ? "  " : "    "), Span(line, RiskBandStyle.text(band.severity))])
            }
        }

        section("Mitigating actions", risk.mitigation, into: &out, width: width)
        out.append([])
        out.append(StyledText.heading("Actions on the plan that mitigate it"))
        if risk.actions.isEmpty { out += StyledText.block("", width: width) }
        for id in risk.actions {
            if let action = plan.action(id) {
                let text = "\(action.ref) \(action.text.replacingNewlinesWithSpaces())" + (action.isRemoved ? " (removed)" : "")
                out += StyledText.block(text, width: width, indent: 2)
            } else {
                out += StyledText.block("\(id.rawValue) (no longer on the plan)", width: width, indent: 2, style: .dim)
            }
        }
        section("Approval recommendation", risk.recommendation, into: &out, width: width)

        out.append([])
        out.append(StyledText.heading("Review date"))
        var review: StyledLine = [Span("  " + (risk.reviewDate.isEmpty ? "—" : risk.reviewDate))]
        if let due = DeadlineParser.parse(risk.reviewDate).due {
            review.append(Span("  (\(due.shortText))", .dim))
            if risk.isPastReview(today: state.today) { review.append(Span("  ⚑ review overdue", .error)) }
        }
        out.append(review)

        // A level is worded with today's bands, as every document words it (RecordedRiskLevel).
        let reworded = { (change: Change) -> Change in
            guard RecordedRiskLevel.holdsLevel(change.field) else { return change }
            var change = change
            if !change.from.isEmpty { change.from = RecordedRiskLevel.short(change.from, bands: bands) }
            if !change.to.isEmpty { change.to = RecordedRiskLevel.short(change.to, bands: bands) }
            return change
        }
        out += HistoryLines.lines(risk.history, describe: { DetailText.describe(reworded($0)) }, shape: .stacked, in: state, width: width)
        return out
    }

    /// `HSCP (Health and Social Care Partnership)` when the key of leads knows the initials.
    static func ownerName(_ owner: String, _ plan: Plan) -> String {
        guard let lead = plan.lead(initials: owner), lead.name != owner else { return owner }
        return "\(owner) (\(lead.name))"
    }

    private static func section(_ title: String, _ text: String, into out: inout [StyledLine], width: Int) {
        out.append([])
        out.append(StyledText.heading(title))
        out += StyledText.block(text, width: width)
    }
}

/// How a risk band is drawn: Low green, Moderate amber, High red, Very high reversed red; the
/// band's word or letter always goes with it, so it reads without colour.
public enum RiskBandStyle {
    /// Text in the band's colour.
    public static func text(_ severity: RiskSeverity) -> Style {
        switch severity {
        case .low: Style(foreground: .green, bold: true)
        case .moderate: Style(foreground: .amber, bold: true)
        case .high: Style(foreground: .red, bold: true)
        case .veryHigh: Style(foreground: .white, background: .red, bold: true)
        }
    }

    /// A heat map cell's fill: the band's colour behind the count.
    public static func cell(_ severity: RiskSeverity) -> Style {
        switch severity {
        case .low: Style(foreground: .black, background: .green)
        case .moderate: Style(foreground: .black, background: .amber)
        case .high: Style(foreground: .white, background: .red)
        case .veryHigh: Style(foreground: .white, background: .red, bold: true, underline: true)
        }
    }

    /// The band's letter for narrow places: `L` `M` `H` `V`.
    public static func letter(_ severity: RiskSeverity) -> String {
        switch severity {
        case .low: "L"
        case .moderate: "M"
        case .high: "H"
        case .veryHigh: "V"
        }
    }
}

extension BoardLayout {
    /// Where the risk register draws: every column between the header and the two bottom lines,
    /// since a register is a wide table.
    public var registerArea: Rect { Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 3)) }
}
