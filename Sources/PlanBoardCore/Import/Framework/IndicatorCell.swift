/// What one cell of an indicator sheet says about a period: a figure, "not yet available", or
/// nothing; with any annotation written after it (`29.1% (actual)`, `412 (provisional)`).
enum IndicatorCell: Equatable {
    case empty
    /// "Data not yet available", `n/a`: a state of its own, never a zero.
    case notAvailable(note: String)
    /// A figure; `isActual` when the cell says so itself (`29.1% (actual)`), `unit` when it wrote one.
    case figure(Double, unit: IndicatorUnit?, isActual: Bool, note: String)
    /// Text that is neither a figure nor a known "no data" word.
    case unreadable(String)

    private static let notAvailableWords: Set<String> = [
        "na", "nk", "nya", "notavailable", "notyetavailable", "datanotyetavailable", "datanotavailable",
        "nodata", "nodatayet", "notknown", "notyetknown", "awaited", "dataawaited", "pending", "notyetreported",
        "notreported", "tbc", "tba", "unavailable",
    ]

    /// The cell's text read; a figure takes `exact` (the spreadsheet's full number behind a
    /// rounded `32%`) for its value when given.
    static func read(_ raw: String, exact: Double?) -> IndicatorCell {
        let cell = read(raw)
        guard let exact, case .figure(_, let unit, let isActual, let note) = cell else { return cell }
        return .figure(exact, unit: unit, isActual: isActual, note: note)
    }

    static func read(_ raw: String) -> IndicatorCell {
        var text = raw.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingWhitespace()
        if text.isEmpty || ["-", "–", "—"].contains(text) { return .empty }
        // An annotation in brackets after the figure: `(actual)`, `(provisional)`.
        var note = ""
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open != text.startIndex {
            note = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingWhitespace()
            text = text[..<open].trimmingWhitespace()
        }
        let squashed = HeaderText.squashed(text)
        if notAvailableWords.contains(squashed) || squashed.hasPrefix("datanotyet") || squashed.hasPrefix("notyetavailable") {
            return .notAvailable(note: note)
        }
        let unit: IndicatorUnit? = text.contains("%") ? .percentage : text.contains("£") ? .money : nil
        guard let value = IndicatorValueText.parse(text) else { return .unreadable(raw.trimmingWhitespace()) }
        let isActual = HeaderText.squashed(note) == "actual" || HeaderText.squashed(note) == "actuals"
        return .figure(value, unit: unit, isActual: isActual, note: isActual ? "" : note)
    }
}
