/// A column of an indicator sheet or a risk register, recognised by its header.
public enum FrameworkColumn: Equatable, Hashable, Sendable {
    // Indicator sheets.
    case ref, name, series, period, actual, target, stretch, unit, better, frequency, source, owner, outcome
    case baseline, baselinePeriod, note
    /// How far from target still counts as near target, in percent of the target (`5`, `5%`).
    case tolerance
    /// A wide sheet's column for one period (`2007/8`), with the period as written.
    case periodValues(String)
    // Risk registers.
    case riskTitle, riskDescription, category
    /// Likelihood or impact of one level as a number (`Inherent likelihood`).
    case likelihood(RiskLevelKind), impact(RiskLevelKind)
    /// A whole level as committee reports write it (`Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk)`).
    case level(RiskLevelKind)
    /// A score stated for one level (`Score`, `Initial risk score`): a bare number checked against
    /// likelihood × impact, or a whole level written out.
    case score(RiskLevelKind)
    /// A band stated for one level (`Rating`, `Residual risk rating`): a band word checked against
    /// the plan's band for likelihood × impact, or a whole level written out.
    case band(RiskLevelKind)
    case mitigation, linkedActions, recommendation, reviewDate

    /// How the import report names the column's use.
    public var label: String {
        switch self {
        case .ref: "ref"
        case .name: "indicator"
        case .series: "series (actual / target / stretch target)"
        case .period: "period"
        case .actual: "actual value"
        case .target: "target"
        case .stretch: "stretch target"
        case .unit: "unit"
        case .better: "better (higher / lower)"
        case .frequency: "frequency"
        case .source: "source"
        case .owner: "owner"
        case .outcome: "outcome(s)"
        case .baseline: "baseline"
        case .baselinePeriod: "baseline period"
        case .note: "note"
        case .tolerance: "tolerance (% of the target)"
        case .periodValues(let period): "values for \(period)"
        case .riskTitle: "risk"
        case .riskDescription: "description"
        case .category: "category"
        case .likelihood(let kind): "\(kind.word.lowercased()) likelihood"
        case .impact(let kind): "\(kind.word.lowercased()) impact"
        case .level(let kind): "\(kind.word.lowercased()) risk level"
        case .score(let kind): "\(kind.word.lowercased()) risk score (checked against likelihood x impact)"
        case .band(let kind): "\(kind.word.lowercased()) risk band (checked against the plan's bands)"
        case .mitigation: "mitigating actions"
        case .linkedActions: "linked actions (refs)"
        case .recommendation: "approval recommendation"
        case .reviewDate: "review date"
        }
    }

    /// The column an indicator sheet's header names; nil when unsure. A header that reads as a
    /// period (`2007/8`, `Q3 2022/23`, `March 2023`) is a wide sheet's period column.
    static func indicator(header: String) -> FrameworkColumn? {
        let words = Set(HeaderText.words(header))
        let squashed = HeaderText.squashed(header)
        guard !squashed.isEmpty else { return nil }
        func has(_ any: String...) -> Bool { any.contains { words.contains($0) } }
        if has("tolerance", "tolerances") { return .tolerance }
        if has("baseline") { return has("period", "year", "date", "when") ? .baselinePeriod : .baseline }
        if has("stretch") { return .stretch }
        if has("target", "targets", "goal", "aim") { return .target }
        if has("actual", "actuals", "value", "values", "result", "results", "achieved", "outturn", "performance")
            && !has("indicator", "name", "measure", "type") { return .actual }
        if has("series", "type", "kind", "row") { return .series }
        if has("unit", "units") { return .unit }
        if has("better", "direction", "polarity", "good") { return .better }
        if has("frequency", "reported", "reporting") && !has("period") { return .frequency }
        if has("source", "sources") { return .source }
        if has("owner", "owners", "lead", "leads", "responsible") { return .owner }
        if has("outcome", "outcomes", "priority", "priorities", "theme") { return .outcome }
        if has("note", "notes", "comment", "comments", "commentary") { return .note }
        if has("period", "periods", "year", "quarter", "month", "date") { return .period }
        if has("ref", "reference", "id", "no", "number", "code") { return .ref }
        if has("indicator", "indicators", "measure", "measures", "kpi", "pi", "name", "description") { return .name }
        if isPeriod(header) { return .periodValues(header.trimmingWhitespace()) }
        return nil
    }

    /// The column a risk register's header names; nil when unsure.
    static func risk(header: String) -> FrameworkColumn? {
        let words = Set(HeaderText.words(header))
        let squashed = HeaderText.squashed(header)
        guard !squashed.isEmpty else { return nil }
        func has(_ any: String...) -> Bool { any.contains { words.contains($0) } }
        let kind: RiskLevelKind? =
            has("inherent", "initial", "gross", "original", "untreated") ? .inherent
            : has("residual", "current", "net") ? .residual
            : has("planned", "target", "future", "treated") ? .planned : nil
        // Unqualified likelihood, impact, score and rating columns give the risk as it stands now:
        // the residual level, all of them, so a `Likelihood, Impact, Score` register checks one level.
        let level = kind ?? .residual
        if has("likelihood", "probability") || kind != nil && has("l") { return .likelihood(level) }
        if has("impact", "consequence", "severity") || kind != nil && has("i") { return .impact(level) }
        if has("score", "scoring", "total") { return .score(level) }
        if has("rating", "band", "grade") { return .band(level) }
        if kind != nil || has("level", "matrix") { return .level(level) }
        if has("recommendation", "approval") { return .recommendation }
        if has("review", "reviewed") { return .reviewDate }
        if has("mitigation", "mitigations", "mitigating", "controls", "control") {
            return has("ref", "refs", "link", "linked") ? .linkedActions : .mitigation
        }
        if has("linked", "refs") || squashed == "actions" || squashed == "actionrefs" || squashed == "planactions" {
            return .linkedActions
        }
        if has("category", "type", "categories") { return .category }
        if has("owner", "owners", "lead", "responsible") { return .owner }
        if has("description", "cause", "effect", "detail", "details") {
            return has("risk") && !has("cause", "effect") && words.count <= 2 ? .riskTitle : .riskDescription
        }
        if has("ref", "reference", "id", "no", "number") { return .ref }
        if has("risk", "risks", "title", "name", "hazard") { return .riskTitle }
        return nil
    }

    /// True when `text` names a reporting period the deadline grammar can date (and is not a
    /// lone word such as `Ongoing`).
    static func isPeriod(_ text: String) -> Bool {
        let deadline = DeadlineParser.parse(text.trimmingWhitespace())
        switch deadline.kind {
        case .month, .quarter, .financialYear, .year, .date, .season: return deadline.due != nil
        default: return false
        }
    }
}
