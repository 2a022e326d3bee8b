/// The refs people give actions: `2.7`, `2.7 P`, `B3`.
enum ActionRef {
    /// The next free ref in an outcome: one more than the highest `N.M` whose `N` is the
    /// outcome's number (after `2.7` comes `2.8`), else the outcome's number and the count plus one.
    /// A hand-edited `M` as high as a whole number goes is counted past, never crashed on.
    static func next(in outcome: Outcome) -> String {
        var prefix = outcome.number
        var numbers: [Int] = []
        var sawAny = false
        for action in outcome.actions {
            guard let (p, n) = split(action.ref) else { continue }
            if !sawAny, outcome.number.isEmpty || p == outcome.number { prefix = p }
            if p == prefix {
                sawAny = true
                numbers.append(n)
            }
        }
        let n = sawAny ? NextNumber.after(numbers) : outcome.actions.count + 1
        return prefix.isEmpty ? "\(n)" : "\(prefix).\(n)"
    }

    /// The next free ref in an outcome as `next(in:)` gives it, stepped past every ref an action
    /// of `plan` already holds: an action moved to another lane keeps its ref, and a new one must
    /// not take it again.
    static func next(in outcome: Outcome, clearOf plan: Plan) -> String {
        next(in: outcome, clearOf: held(in: plan))
    }

    /// As `next(in:clearOf:)`, past the refs in `taken`.
    static func next(in outcome: Outcome, clearOf taken: Set<String>) -> String {
        var ref = next(in: outcome)
        let (prefix, start) = split(ref) ?? ("", Int(ref) ?? 0)
        var n = start
        while taken.contains(ref), n < .max {
            n += 1
            ref = prefix.isEmpty ? "\(n)" : "\(prefix).\(n)"
        }
        return ref
    }

    /// The refs the actions still on the plan hold, in every lane.
    static func held(in plan: Plan) -> Set<String> {
        var refs = Set<String>()
        for outcome in plan.outcomes {
            for action in outcome.actions where !action.isRemoved { refs.insert(action.ref) }
        }
        return refs
    }

    /// `2.7 P` → ("2", 7); nil when the ref does not end its first word in `.number`.
    static func split(_ ref: String) -> (String, Int)? {
        let word = ref.trimmingWhitespace().prefix { $0 != " " }
        guard let dot = word.lastIndex(of: ".") else { return nil }
        // A lettered ref counts by its number (`1.7e` → 7), so a new action never takes a number
        // a priority area already uses.
        let digits = word[word.index(after: dot)...].prefix { $0.isASCII && $0.isNumber }
        guard let n = Int(digits) else { return nil }
        return (String(word[..<dot]), n)
    }
}
