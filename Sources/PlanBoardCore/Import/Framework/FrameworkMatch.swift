/// How imported rows are matched with what the plan already has: indicators and risks by ref,
/// else by name; periods as written; outcomes by number or title; actions by ref.
enum FrameworkMatch {
    /// The same indicator or risk: both refs given and equal, else (a ref missing) the same name.
    static func same(ref: String, name: String, as otherRef: String, _ otherName: String) -> Bool {
        let a = squashed(ref), b = squashed(otherRef)
        if !a.isEmpty, !b.isEmpty { return a == b }
        return !squashed(name).isEmpty && squashed(name) == squashed(otherName)
    }

    /// `2008/09` and `2008/9`, `Q3 2022/23` and `q3 2022-23`: the same words, or the same kind of
    /// period ending on the same day.
    static func samePeriod(_ a: String, _ b: String) -> Bool { ReportingPeriod.same(a, b) }

    /// The outcomes a cell names (`2`, `Outcome 2`, `2, 3`, or a title), and the names that match none.
    static func outcomes(_ text: String, in plan: Plan) -> (ids: [Outcome.ID], unknown: [String]) {
        var ids: [Outcome.ID] = []
        var unknown: [String] = []
        let whole = squashed(text)
        if let outcome = plan.outcomes.first(where: { !$0.title.isEmpty && squashed($0.title) == whole }) {
            return ([outcome.id], [])
        }
        for part in text.split(whereSeparator: { ",;\n&".contains($0) }).map({ $0.trimmingWhitespace() }) where !part.isEmpty {
            let words = HeaderText.words(part).filter { !["outcome", "outcomes", "and", "priority"].contains($0) }
            let key = words.joined()
            let found = plan.outcomes.first { !$0.number.isEmpty && squashed($0.number) == key }
                ?? plan.outcomes.first { !$0.title.isEmpty && (squashed($0.title) == squashed(part) || squashed($0.title).hasPrefix(squashed(part)) && squashed(part).count >= 8) }
            if let found { if !ids.contains(found.id) { ids.append(found.id) } } else { unknown.append(part) }
        }
        return (ids, unknown)
    }

    /// The plan's actions a list of refs names (`1.2, 2.4`, `1.2 and 2.4`), and the refs it does not have.
    static func actions(_ text: String, in plan: Plan) -> (ids: [Action.ID], unknown: [String]) {
        var ids: [Action.ID] = []
        var unknown: [String] = []
        let parts = text.split(whereSeparator: { ",;\n/".contains($0) }).flatMap { $0.split(separator: " ") }
            .map { $0.trimmingWhitespace().strippingEnds(of: ".") }
            .filter { !$0.isEmpty && !["and", "&", "actions", "action", "ref", "refs"].contains($0.lowercased()) }
        for ref in parts {
            let active = plan.allActions.filter { !$0.isRemoved }
            var found = active.filter { squashed($0.ref) == squashed(ref) }
            if found.isEmpty {
                // A priority area's number (`1.1`) names its lettered actions (`1.1a`, `1.1b`), as `#` finds them.
                found = active.filter { action in
                    let key = squashed(action.ref)
                    return key.count == squashed(ref).count + 1 && key.hasPrefix(squashed(ref)) && key.last!.isLetter
                }
            }
            if found.isEmpty { unknown.append(ref) }
            for action in found where !ids.contains(action.id) { ids.append(action.id) }
        }
        return (ids, unknown)
    }

    /// Lower-case letters and digits, with a dot kept between digits (`1.2` is not `12`).
    static func squashed(_ text: String) -> String {
        var result = ""
        var previous: Character = " "
        let chars = Array(text.lowercased())
        for (i, c) in chars.enumerated() {
            if c.isLetter || c.isNumber { result.append(c) }
            else if c == ".", previous.isNumber, i + 1 < chars.count, chars[i + 1].isNumber { result.append(c) }
            previous = c
        }
        return result
    }
}

extension String {
    /// The string without `characters` at either end.
    func strippingEnds(of characters: String) -> String {
        var s = Substring(self)
        while let f = s.first, characters.contains(f) { s = s.dropFirst() }
        while let l = s.last, characters.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
