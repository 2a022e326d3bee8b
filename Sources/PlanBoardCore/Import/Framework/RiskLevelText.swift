/// Reads a risk level as registers and committee reports write it: `Likelihood 3 x Impact 2 =
/// Risk Scoring 6 (Moderate)`, `L3 x I2 = 6`, `3 x 2`, with the score and band it states, if any,
/// so they can be checked against likelihood × impact.
struct RiskLevelText: Equatable {
    var level: RiskLevel
    /// The score the text states, if it states one.
    var statedScore: Int?
    /// The band the text states (`Moderate`, `High`), without the word "Risk".
    var statedBand: String?

    /// Nil when no likelihood and impact can be found.
    static func read(_ text: String) -> RiskLevelText? {
        let lower = text.lowercased()
        // Words and numbers in order, with the signs that join them.
        var tokens: [String] = []
        var current = ""
        func flush() { if !current.isEmpty { tokens.append(current); current = "" } }
        for c in lower {
            if c.isLetter || c.isNumber {
                if let last = current.last, last.isNumber != c.isNumber { flush() }
                current.append(c)
            } else {
                flush()
                if "x×*=()".contains(c) { tokens.append(String(c)) }
            }
        }
        flush()
        func number(after words: Set<String>) -> Int? {
            guard let i = tokens.firstIndex(where: { words.contains($0) }) else { return nil }
            return tokens[(i + 1)...].prefix(2).compactMap { Int($0) }.first
        }
        var likelihood = number(after: ["likelihood", "probability", "l"])
        var impact = number(after: ["impact", "consequence", "severity", "i"])
        if likelihood == nil || impact == nil {
            // `3 x 2`: the first two numbers either side of a multiplication sign.
            if let x = tokens.firstIndex(where: { $0 == "x" || $0 == "×" || $0 == "*" }), x > 0,
               let l = Int(tokens[x - 1]), x + 1 < tokens.count, let i = Int(tokens[x + 1]) {
                likelihood = l
                impact = i
            }
        }
        guard let likelihood, let impact else { return nil }
        var result = RiskLevelText(level: RiskLevel(likelihood: likelihood, impact: impact))
        if let equals = tokens.firstIndex(of: "=") {
            result.statedScore = tokens[(equals + 1)...].lazy.compactMap { Int($0) }.first
        } else {
            result.statedScore = number(after: ["scoring", "score"])
        }
        if let open = text.lastIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            var band = String(text[text.index(after: open)..<close]).trimmingWhitespace()
            if band.lowercased().hasSuffix(" risk") { band = String(band.dropLast(5)).trimmingWhitespace() }
            if !band.isEmpty, Int(band) == nil { result.statedBand = band }
        }
        return result
    }

    /// What a cell that writes no likelihood and impact states: a score (`6`, `Score 6`) and/or a
    /// band (`High`, `6 (Moderate)`, `Very high risk`), the band as written without "risk".
    static func stated(_ text: String) -> (score: Int?, band: String?) {
        var numbers: [String] = [], words: [String] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            if current.first!.isNumber { numbers.append(current) } else { words.append(current) }
            current = ""
        }
        for c in text {
            if c.isLetter || c.isNumber {
                if let last = current.last, last.isNumber != c.isNumber { flush() }
                current.append(c)
            } else if c == ".", current.first?.isNumber == true {
                current.append(c)  // `6.0` from a spreadsheet is the score 6
            } else {
                flush()
            }
        }
        flush()
        let score = numbers.first.flatMap { Double($0) }.flatMap { $0 == $0.rounded() && abs($0) < 1_000 ? Int($0) : nil }
        let band = words.filter { !["risk", "score", "scoring", "rating", "level"].contains($0.lowercased()) }.joined(separator: " ")
        return (score, band.isEmpty ? nil : band)
    }
}
