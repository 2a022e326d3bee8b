/// Band words a risk register states that are none of the plan's bands (`Severe` when the plan
/// has Low, Moderate, High and Very high), gathered over the whole sheet so each is warned once,
/// naming its rows, rather than once a row.
struct UnknownBandWords {
    /// Each word as first written, in the order first met, with the cells stating it.
    private var words: [(word: String, cells: [(row: Int, column: String)])] = []

    mutating func add(_ word: String, row: Int, column: String) {
        let key = HeaderText.squashed(word)
        if let i = words.firstIndex(where: { HeaderText.squashed($0.word) == key }) {
            words[i].cells.append((row, column))
        } else {
            words.append((word, [(row, column)]))
        }
    }

    /// One warning a word: `'Severe' (rows 3, 5 and 9, column H) is not one of this plan's risk
    /// bands (Low, Moderate, High, Very high); …`.
    func warnings(bands: RiskBands) -> [ImportWarning] {
        let names = bands.bands.map(\.name).joined(separator: ", ")
        return words.map { entry in
            let rows = entry.cells.map(\.row).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
            let columns = entry.cells.map(\.column).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let place = "\(rows.count == 1 ? "row" : "rows") \(Self.list(rows.map(String.init))), "
                + "\(columns.count == 1 ? "column" : "columns") \(Self.list(columns))"
            return ImportWarning(row: nil, message: "'\(Excerpt.of(entry.word))' (\(place)) is not one of this plan's risk bands "
                + "(\(names)); each level is kept with the plan's band for its score. If the register uses other bands, "
                + "set the plan's bands to match (see README, \"Risk bands\") and import again")
        }
    }

    /// `3`, `3 and 5`, `3, 5 and 9`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
