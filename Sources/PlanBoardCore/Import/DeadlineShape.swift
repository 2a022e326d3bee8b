/// Tells whether a cell reads like a deadline, to guess the role of an unlabelled column.
///
/// Only a yes/no shape check for column inference; turning deadline text into a due date is
/// `DeadlineParser`'s job.
enum DeadlineShape {
    private static let words: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "spring", "summer", "autumn", "winter", "q1", "q2", "q3", "q4", "ongoing", "on", "tbc", "annually", "quarterly",
    ]

    static func looksLikeDeadline(_ text: String) -> Bool {
        let words = HeaderText.words(text)
        if words.contains(where: { Self.words.contains($0) && $0 != "on" }) { return true }
        if words.count >= 2, words[0] == "on", words[1] == "going" { return true }
        // A year (2023, 2019/20) or a numeric date (05/10/15).
        if words.contains(where: { $0.count == 4 && $0.allSatisfy(\.isNumber) && ($0.hasPrefix("19") || $0.hasPrefix("20")) }) {
            return true
        }
        let parts = text.trimmingWhitespace().split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isNumber) }
    }
}
