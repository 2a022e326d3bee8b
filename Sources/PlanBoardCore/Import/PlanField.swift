/// A field of the plan that a spreadsheet column can fill.
///
/// A priority area may come as two columns, its number (`1.1`) and its text; `area` and
/// `areaText` are joined into `Action.area` (see `PlanImporter`).
public enum PlanField: String, CaseIterable, Equatable, Hashable, Sendable {
    case outcome
    case outcomeDescription = "outcome-description"
    case area
    case areaText = "area-text"
    case ref
    case action
    case lead
    case deadline
    case measure
    case progress
    case rag
    case status

    /// How the import report names the field.
    public var label: String {
        switch self {
        case .outcome: "outcome"
        case .outcomeDescription: "outcome description"
        case .area: "priority area"
        case .areaText: "priority area text"
        case .ref: "ref"
        case .action: "action"
        case .lead: "lead"
        case .deadline: "deadline"
        case .measure: "measure of success"
        case .progress: "progress"
        case .rag: "RAG"
        case .status: "status"
        }
    }

    /// The field a spreadsheet header names, ignoring case, punctuation and spacing; nil when unsure.
    ///
    /// Checked most specific first, so `Priority area text` is not taken for an outcome and
    /// `Timescale/Status` is a deadline (its status words are picked out row by row).
    public static func recognising(header: String) -> PlanField? {
        let words = Set(HeaderText.words(header))
        let squashed = HeaderText.squashed(header)
        if squashed.isEmpty { return header.trimmingWhitespace() == "#" ? .ref : nil }
        func has(_ any: String...) -> Bool { any.contains { words.contains($0) } }

        if has("rag", "brag") || ["redambergreen", "rating", "ragrating", "ragstatus"].contains(squashed) { return .rag }
        if has("description", "text", "detail", "details", "summary") {
            if has("area", "areas", "objective", "objectives") { return .areaText }
            if has("outcome", "outcomes", "priority", "priorities", "theme") { return .outcomeDescription }
        }
        if has("progress", "achievement", "achievements", "achieved", "update", "updates", "commentary", "comments") {
            return .progress
        }
        if has("measure", "measures", "success", "indicator", "indicators", "kpi", "kpis", "evidence") { return .measure }
        if has("lead", "leads", "responsible", "responsibility", "owner", "owners", "who") { return .lead }
        if has("deadline", "deadlines", "timescale", "timescales", "timeframe", "timeline", "due", "when", "date") {
            return .deadline
        }
        if has("status") { return .status }
        if has("ref", "reference", "no", "number", "id") { return .ref }
        if has("action", "actions", "activity", "activities", "task", "tasks", "planned", "what") { return .action }
        if has("area", "areas", "objective", "objectives", "aim", "aims") { return .area }
        if has("outcome", "outcomes", "priority", "priorities", "theme", "themes", "goal", "workstream") { return .outcome }
        return nil
    }

    /// The field a `--map` value names: its raw name or any header that would be recognised as it.
    static func named(_ text: String) -> PlanField? {
        let squashed = HeaderText.squashed(text)
        if let exact = allCases.first(where: { HeaderText.squashed($0.rawValue) == squashed || HeaderText.squashed($0.label) == squashed }) {
            return exact
        }
        return recognising(header: text)
    }
}

/// Header text reduced to what matters for matching: lower-case words, no punctuation.
enum HeaderText {
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for c in text.lowercased() {
            if c.isLetter || c.isNumber { current.append(c) } else if !current.isEmpty { words.append(current); current = "" }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func squashed(_ text: String) -> String { words(text).joined() }
}
