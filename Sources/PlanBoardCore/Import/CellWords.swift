/// What a RAG cell says, as people type it.
enum RAGReading: Equatable {
    /// A rating the plan's scale has (blank and `n/a` read as unrated).
    case rating(RAG)
    /// A rating from another scale, brought onto ours; the report says so.
    case mapped(RAG, because: String)
    case unrecognised
}

/// Reading the words people type into RAG and ref cells.
enum CellWords {
    static func rag(_ text: String) -> RAGReading {
        let words = HeaderText.words(text)
        let squashed = words.joined()
        switch squashed {
        case "", "na", "notapplicable", "notrated", "unrated", "none", "tbc", "notyetrated", "norating":
            return .rating(.unrated)
        case "r", "red": return .rating(.red)
        case "a", "amber": return .rating(.amber)
        case "g", "green": return .rating(.green)
        case "b", "blue": return .rating(.blue)
        default: break
        }
        let letters = Set(words.map { word -> String in
            switch word {
            case "red", "r": "r"
            case "amber", "a": "a"
            case "green", "g": "g"
            default: word
            }
        })
        if letters == ["a", "g"] { return .mapped(.amber, because: "a five-level Amber/Green is read as Amber") }
        if letters == ["r", "a"] { return .mapped(.red, because: "a five-level Red/Amber is read as Red") }
        if squashed.count == 2, Set(squashed) == ["a", "g"] { return .mapped(.amber, because: "AG is read as Amber") }
        if squashed.count == 2, Set(squashed) == ["r", "a"] { return .mapped(.red, because: "RA is read as Red") }
        switch squashed {
        case "yellow", "y": return .mapped(.amber, because: "Yellow is read as Amber")
        case "orange", "o": return .mapped(.amber, because: "Orange is read as Amber")
        case "complete", "completed":
            return .mapped(.green, because: "\(text.trimmingWhitespace()) is read as Green and the status as Complete")
        default: return .unrecognised
        }
    }

    /// True for text that reads as a ref: `1`, `1.5`, `2.3a`, `1.5 P`, `A3`.
    static func looksLikeRef(_ text: String) -> Bool {
        let t = text.trimmingWhitespace()
        guard !t.isEmpty, t.count <= 10, let first = t.first else { return false }
        let digits = t.filter(\.isNumber).count
        guard digits > 0, first.isNumber || (first.isLetter && t.count <= 4) else { return false }
        return t.allSatisfy { $0.isNumber || $0 == "." || $0 == " " || $0.isLetter } && t.filter(\.isLetter).count <= 2
    }

    /// The number at the start of a priority area (`1.1` of `1.1 Work with carers…`), or "".
    static func leadingNumber(_ text: String) -> String {
        let t = text.trimmingWhitespace()
        let token = t.prefix { $0.isNumber || $0 == "." }
        guard token.first?.isNumber == true else { return "" }
        var number = String(token)
        while number.hasSuffix(".") { number.removeLast() }
        return number
    }
}
