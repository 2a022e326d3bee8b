/// Guesses the role of a column whose header was not recognised, from what its cells hold.
///
/// Conservative on purpose: a column is given a field only when most of its values fit, and the
/// report says which columns were guessed so the user can correct them with `--map`.
enum ColumnInference {
    static func infer(columns: [Int], rows: [[String]], taken: Set<PlanField>) -> [(Int, PlanField, String)] {
        var taken = taken
        var results: [(Int, PlanField, String)] = []
        var left: [Int] = []
        func values(_ i: Int) -> [String] {
            rows.map { i < $0.count ? $0[i].trimmingWhitespace() : "" }
        }
        func claim(_ i: Int, _ field: PlanField, _ reason: String) {
            results.append((i, field, reason))
            taken.insert(field)
        }

        for i in columns {
            let filled = values(i).filter { !$0.isEmpty }
            guard !filled.isEmpty else { continue }
            func share(_ test: (String) -> Bool) -> Double { Double(filled.filter(test).count) / Double(filled.count) }
            let short = filled.allSatisfy { $0.count <= 12 }
            if !taken.contains(.rag), short, share({ CellWords.rag($0) != .unrecognised }) >= 0.8 {
                claim(i, .rag, "its values look like ratings (\(sample(filled)))")
            } else if !taken.contains(.status), share({ StatusWords.phrase($0) != nil }) >= 0.8 {
                claim(i, .status, "its values are status words (\(sample(filled)))")
            } else if !taken.contains(.deadline), share({ DeadlineParser.parse($0).kind != .unknown }) >= 0.6 {
                claim(i, .deadline, "its values look like dates (\(sample(filled)))")
            } else if share(CellWords.looksLikeRef) >= 0.8, !taken.contains(.ref) || !taken.contains(.area) {
                let field: PlanField = taken.contains(.ref) ? .area : .ref
                claim(i, field, "its values look like refs (\(sample(filled)))")
            } else {
                left.append(i)
            }
        }
        if !taken.contains(.outcome), let i = left.first(where: { groupsInRuns(values($0)) }) {
            claim(i, .outcome, "its few values repeat in runs, so it groups the rows")
            left.removeAll { $0 == i }
        }
        if !taken.contains(.action) {
            let lengths = left.map { i -> (Int, Double) in
                let filled = values(i).filter { !$0.isEmpty }
                return (i, filled.isEmpty ? 0 : Double(filled.map(\.count).reduce(0, +)) / Double(filled.count))
            }
            if let (i, length) = lengths.max(by: { $0.1 < $1.1 }), length >= 15 {
                claim(i, .action, "it holds the longest text")
            }
        }
        return results
    }

    /// True when, with blank cells read as "same as above", each value fills one unbroken run
    /// and values repeat: the shape of an outcome column with merged cells.
    static func groupsInRuns(_ values: [String]) -> Bool {
        var seen = Set<String>()
        var current: String?
        var filledRows = 0
        for value in values {
            if value.isEmpty {
                if current != nil { filledRows += 1 }
                continue
            }
            filledRows += 1
            if value == current { continue }
            if seen.contains(value) { return false }
            seen.insert(value)
            current = value
        }
        guard !seen.isEmpty, seen.count * 2 <= filledRows else { return false }
        let average = Double(seen.map(\.count).reduce(0, +)) / Double(seen.count)
        return average >= 4
    }

    private static func sample(_ values: [String]) -> String {
        var distinct: [String] = []
        for v in values where !distinct.contains(v) {
            distinct.append(v)
            if distinct.count == 3 { break }
        }
        return distinct.map { $0.count > 20 ? String($0.prefix(19)) + "…" : $0 }.joined(separator: ", ")
    }
}
