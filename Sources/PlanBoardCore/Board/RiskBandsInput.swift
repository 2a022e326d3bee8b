/// Reads a plan's risk bands typed on one line, as committee papers write them:
/// `1-3 Low, 4-6 Moderate, 8-12 High, 15-25 Very high`. Strict: every score that likelihood ×
/// impact can make (1 to 25) must fall in exactly one band; a gap, an overlap or a bad number is
/// refused saying what is wrong. Only scores L × I can make count (7, 11, 13, 14… cannot), so
/// `4-6` then `8-12` leaves no gap. An empty answer means the standard 5×5 matrix.
public enum RiskBandsInput {
    /// What was typed: bands, or the standard matrix (empty answer).
    public enum Reading: Equatable, Sendable {
        case bands(RiskBands)
        case standard
    }

    /// Why the text is not a set of bands, in words that say what to change.
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        /// A part that is not `FROM-TO Name`.
        case notABand(String)
        /// A number outside 1 to 25, or a range that runs backwards.
        case badRange(String)
        /// A score L × I can make that no band holds.
        case gap(Int)
        /// A score in two bands.
        case overlap(Int, String, String)
        /// Two bands with one name.
        case sameName(String)
        /// A band named as less serious than one below it (`1-3 High, 4-25 Low`).
        case seriousnessFalls(String, String)

        public var description: String {
            switch self {
            case .notABand(let part):
                "“\(part)” is not a band: write each as FROM-TO Name, e.g. 1-3 Low, 4-6 Moderate (empty: the standard bands)."
            case .badRange(let part):
                "“\(part)”: scores run from 1 to 25, lower number first."
            case .gap(let score):
                "No band holds a score of \(score): make the bands meet."
            case .overlap(let score, let a, let b):
                "A score of \(score) is in both \(a) and \(b): bands must not overlap."
            case .sameName(let name):
                "Two bands are called \(name): give each its own name."
            case .seriousnessFalls(let lower, let higher):
                "\(higher) is above \(lower) but named as less serious: order them from least to most serious."
            }
        }
    }

    /// Every score likelihood × impact can make, lowest first.
    public static let possibleScores: [Int] = Array(Set(RiskLevel.scale.flatMap { l in RiskLevel.scale.map { l * $0 } })).sorted()

    public static func read(_ text: String) -> Result<Reading, Problem> {
        let typed = text.trimmingWhitespace()
        if typed.isEmpty { return .success(.standard) }
        var ranges: [(from: Int, to: Int, name: String)] = []
        for rawPart in typed.split(separator: ",", omittingEmptySubsequences: false) {
            let part = String(rawPart).trimmingWhitespace()
            guard let range = readPart(part) else { return .failure(.notABand(part)) }
            guard range.from >= 1, range.to <= 25, range.from <= range.to else { return .failure(.badRange(part)) }
            ranges.append(range)
        }
        ranges.sort { $0.from < $1.from }
        var names: Set<String> = []
        for range in ranges {
            guard names.insert(range.name.lowercased()).inserted else { return .failure(.sameName(range.name)) }
        }
        for score in possibleScores {
            let holding = ranges.filter { $0.from <= score && score <= $0.to }
            if holding.isEmpty { return .failure(.gap(score)) }
            if holding.count > 1 { return .failure(.overlap(score, holding[0].name, holding[1].name)) }
        }
        let severities = severities(for: ranges.map(\.name))
        for i in ranges.indices.dropFirst() where severities[i] < severities[i - 1] {
            return .failure(.seriousnessFalls(ranges[i - 1].name, ranges[i].name))
        }
        let bands = RiskBands(bands: ranges.indices.map { RiskBand(name: ranges[$0].name, from: ranges[$0].from, severity: severities[$0]) })
        return .success(bands == .standard ? .standard : .bands(bands))
    }

    /// `4-6 Moderate`, `4–6 Moderate`, `4 - 6 Moderate`, `25 Very high` (one score); nil otherwise.
    static func readPart(_ part: String) -> (from: Int, to: Int, name: String)? {
        let scalars = Array(part)
        var i = 0
        func number() -> Int? {
            var digits = ""
            while i < scalars.count, scalars[i].isASCII, scalars[i].isNumber { digits.append(scalars[i]); i += 1 }
            return digits.isEmpty ? nil : Int(digits.prefix(6))
        }
        func spaces() { while i < scalars.count, scalars[i].isWhitespace { i += 1 } }
        guard let from = number() else { return nil }
        spaces()
        var to = from
        if i < scalars.count, ["-", "–", "—"].contains(scalars[i]) {
            i += 1
            spaces()
            guard let end = number() else { return nil }
            to = end
        }
        guard i < scalars.count, scalars[i].isWhitespace else { return nil }
        let name = String(scalars[i...]).trimmingWhitespace()
        guard !name.isEmpty, name.first?.isLetter == true else { return nil }
        return (from, to, name)
    }

    /// How serious each band is: by its name where it says (`Low`, `Moderate`, `Medium`, `Amber`,
    /// `High`, `Very high`, `Extreme`…), else by its place (the lowest low, the highest very high
    /// with four bands or more, else high; those between moderate, the second highest high).
    static func severities(for names: [String]) -> [RiskSeverity] {
        let count = names.count
        return names.enumerated().map { index, name in
            if let named = severity(named: name) { return named }
            if index == 0 { return .low }
            if index == count - 1 { return count >= 4 ? .veryHigh : .high }
            if index == count - 2, count >= 4 { return .high }
            return .moderate
        }
    }

    private static func severity(named name: String) -> RiskSeverity? {
        let words = name.lowercased().replacingAll("-", with: " ").split(separator: " ").joined(separator: " ")
        switch words {
        case "low", "very low", "green", "minor", "negligible": return .low
        case "moderate", "medium", "amber", "yellow", "tolerable": return .moderate
        case "high", "red", "significant", "major": return .high
        case "very high", "extreme", "critical", "severe", "intolerable": return .veryHigh
        default: return nil
        }
    }

    /// The bands as the prompt offers them: each from its start to the highest score L × I can
    /// make below the next band (`1-3 Low, 4-6 Moderate, 8-12 High, 15-25 Very high`).
    public static func text(_ bands: RiskBands) -> String {
        let list = bands.bands
        return list.indices.map { i in
            let next = i + 1 < list.count ? list[i + 1].from : 26
            let to = possibleScores.last { $0 < next && $0 >= list[i].from } ?? max(list[i].from, next - 1)
            return to == list[i].from ? "\(to) \(list[i].name)" : "\(list[i].from)-\(to) \(list[i].name)"
        }.joined(separator: ", ")
    }
}
