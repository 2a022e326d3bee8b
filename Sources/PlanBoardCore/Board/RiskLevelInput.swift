/// Reads a risk level typed on the status line: `2x3`, `2 x 3`, `2×3`, `2 3`, `2,3`, `L2 I3`
/// (letters in either order), or `none` to clear the level. Likelihood comes first unless the
/// letters say otherwise.
public enum RiskLevelInput {
    /// What was typed: a level, or no level at all (`none`).
    public enum Reading: Equatable, Sendable {
        case level(RiskLevel)
        case cleared
    }

    /// Why the text is not a level, in words that say what to type instead.
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        case empty
        case notTwoNumbers(String)
        case outOfRange(what: String, value: Int)

        public var description: String {
            switch self {
            case .empty:
                "Type the likelihood and the impact, e.g. 2x3 (or none to clear the level)."
            case .notTwoNumbers(let text):
                "“\(text)” is not a level: type likelihood then impact, e.g. 2x3, 2 3 or L2 I3."
            case .outOfRange(let what, let value):
                "\(what) \(value) is out of range: likelihood and impact are each 1 to 5."
            }
        }
    }

    public static func read(_ text: String) -> Result<Reading, Problem> {
        let typed = text.trimmingWhitespace()
        if typed.isEmpty { return .failure(.empty) }
        let lower = typed.lowercased()
        if ["none", "clear", "-", "—"].contains(lower) { return .success(.cleared) }
        var likelihood: Int?, impact: Int?, loose: [Int] = []
        var marker: Character?
        var digits = ""
        func flush() {
            guard !digits.isEmpty else { return }
            let value = Int(digits) ?? Int.max
            switch marker {
            case "l": likelihood = value
            case "i": impact = value
            default: loose.append(value)
            }
            digits = ""
            marker = nil
        }
        for char in lower {
            if char.isASCII, char.isNumber {
                digits.append(char)
            } else {
                flush()
                if char == "l" || char == "i" { marker = char }
                else if char.isLetter && char != "x" { return .failure(.notTwoNumbers(typed)) }
            }
        }
        flush()
        for value in loose {
            if likelihood == nil { likelihood = value } else if impact == nil { impact = value } else {
                return .failure(.notTwoNumbers(typed))
            }
        }
        guard let likelihood, let impact else { return .failure(.notTwoNumbers(typed)) }
        guard RiskLevel.scale.contains(likelihood) else { return .failure(.outOfRange(what: "Likelihood", value: likelihood)) }
        guard RiskLevel.scale.contains(impact) else { return .failure(.outOfRange(what: "Impact", value: impact)) }
        return .success(.level(RiskLevel(likelihood: likelihood, impact: impact)))
    }

    /// The level as the prompt offers it for editing: `3x3`, or empty when there is none.
    public static func text(_ level: RiskLevel?) -> String {
        level.map { "\($0.likelihood)x\($0.impact)" } ?? ""
    }
}
