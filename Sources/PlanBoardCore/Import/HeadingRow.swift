/// What a row holding a single piece of text is, in a table pasted from Word or a web page:
/// an outcome's title (`Outcome 2: Carers have a life alongside caring`), a priority area
/// (`1.1 Work with carers…`), or prose (the outcome's description under its title).
enum HeadingRow: Equatable {
    case outcome
    case area(number: String, text: String)
    case prose

    static func kind(of text: String) -> HeadingRow {
        let firstLine = text.split(separator: "\n").first.map(String.init) ?? text
        let number = CellWords.leadingNumber(firstLine)
        if number.contains(".") {
            let rest = firstLine.dropFirst(firstLine.prefix { !$0.isWhitespace && $0 != ":" && $0 != ")" }.count)
            let title = rest.drop { $0 == ":" || $0 == ")" || $0 == "–" || $0 == "-" || $0.isWhitespace }
            if !title.isEmpty { return .area(number: number, text: String(title)) }
        }
        return PlanImporter.splitOutcome(firstLine).number.isEmpty ? .prose : .outcome
    }

    /// True for prose that reads as a description rather than a title: a sentence, or a long line.
    static func readsAsDescription(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        return trimmed.hasSuffix(".") || trimmed.split(separator: " ").count >= 8 || trimmed.contains("\n")
    }
}
