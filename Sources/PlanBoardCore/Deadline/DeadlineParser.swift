/// Reads a deadline written the way people speak (`by end of March 2023`, `2019/20`, `On-going`)
/// and works out the due date it stands for.
///
/// The rule throughout: a period means its last day (`March 2023` → 31 March 2023), so an action
/// is never flagged overdue before the time its plan gave it. The words at the start decide:
/// `March 2023 and ongoing` is due 31 March 2023, `Ongoing/development work` has no due date,
/// `Development work/ funding 2022` is unscheduled. It scans tokens once, without regular
/// expressions or Foundation date formatters, because it runs over every action when filtering.
public enum DeadlineParser {
    /// Parses `text`, keeping it exactly as written and adding the due date and kind it means.
    ///
    /// Never fails: text it cannot read comes back as `.unknown` with no due date.
    public static func parse(_ text: String) -> Deadline {
        let tokens = DeadlineToken.tokens(of: text)
        let (due, kind) = interpret(tokens)
        return Deadline(text: text, due: due, kind: kind)
    }

    static func interpret(_ tokens: [DeadlineToken]) -> (Day?, Deadline.Kind) {
        let hasContent = tokens.contains {
            switch $0 {
            case .word, .number: true
            default: false
            }
        }
        guard hasContent else { return (nil, .unscheduled) }
        let grammar = DeadlineGrammar(tokens: tokens)
        let start = grammar.skippingFillers(from: 0)
        if let kind = grammar.statusKind(at: start) { return (nil, kind) }
        guard let match = grammar.expression(at: start) else { return (nil, .unknown) }
        if let word = grammar.word(at: match.end), word == "onwards" || word == "onward" { return (nil, .ongoing) }
        return (match.due, match.kind)
    }
}

extension DeadlineGrammar {
    /// The kind named by a status word at `i` (`On-going`, `Complete`, `TBC`, `Development work`), if any.
    func statusKind(at i: Int) -> Deadline.Kind? {
        guard let word = word(at: i) else { return nil }
        switch word {
        case "ongoing", "continuous", "continuing", "continual":
            return .ongoing
        case "on":
            if self.word(at: i + 1) == "going" { return .ongoing }
            if tokens.indices.contains(i + 1), tokens[i + 1] == .dash, self.word(at: i + 2) == "going" { return .ongoing }
            return nil
        case "complete", "completed":
            return .complete
        case "tbc", "tba", "tbd", "development":
            return .unscheduled
        case "to":
            guard self.word(at: i + 1) == "be", let what = self.word(at: i + 2) else { return nil }
            switch what {
            case "confirmed", "agreed", "arranged", "decided", "determined", "announced": return .unscheduled
            default: return nil
            }
        default:
            return nil
        }
    }
}
