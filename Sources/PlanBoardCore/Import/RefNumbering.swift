/// Gives every imported action a ref of its own that a chair can say aloud and type after `#`.
///
/// - A ref the sheet gives once is kept as written (`2.3`, `1.5 P`).
/// - A ref several actions share, which is how plans write a priority area's number beside each
///   of its actions, gets a letter per action in sheet order: `1.1a`, `1.1b` (`1.5a P` keeps a
///   flag after the number). When most refs are shared like that and the sheet names no priority
///   area, the shared number becomes the action's priority area.
/// - An action with no ref takes its priority area's number the same way, or else is numbered
///   within its outcome: `1.1`, `1.2`… (an outcome with no number takes its place on the board).
/// No generated ref repeats one already in the plan.
enum RefNumbering {
    /// What the numbering did, for the import report.
    struct Summary: Equatable {
        /// Refs the sheet gave once, kept as written.
        var keptAsWritten = 0
        /// Actions that shared a ref and now have a letter after it.
        var lettered = 0
        /// Actions with no ref that took their priority area's number (with a letter when shared).
        var fromArea = 0
        /// Actions with neither ref nor area, numbered within their outcome.
        var numbered = 0
        /// True when the ref column was read as the priority area.
        var refColumnIsArea = false
    }

    static func number(_ outcomes: inout [Outcome], hasAreaColumn: Bool) -> Summary {
        var summary = Summary()
        func key(_ text: String) -> String { text.lowercased().filter { $0 != " " } }
        func base(_ action: Action) -> String {
            action.ref.isEmpty ? CellWords.leadingNumber(action.area) : action.ref
        }
        var uses: [String: Int] = [:]
        var total = 0
        var shared = 0
        for action in outcomes.flatMap(\.actions) where !base(action).isEmpty {
            uses[key(base(action)), default: 0] += 1
            total += 1
        }
        for action in outcomes.flatMap(\.actions) where !action.ref.isEmpty && uses[key(action.ref)]! > 1 { shared += 1 }
        let refsAreAreas = !hasAreaColumn && shared > 0 && shared * 2 >= total
        summary.refColumnIsArea = refsAreAreas

        var used = Set(uses.filter { $0.value == 1 }.map(\.key))
        var letterIndex: [String: Int] = [:]
        func free(_ candidate: String) -> Bool { used.insert(key(candidate)).inserted }

        let taken = Set(outcomes.map(\.number).filter { !$0.isEmpty })
        var nextOutcomeNumber = 1
        for o in outcomes.indices {
            var counter = 0
            for a in outcomes[o].actions.indices {
                var action = outcomes[o].actions[a]
                let written = base(action)
                let fromArea = action.ref.isEmpty
                if refsAreAreas, !action.ref.isEmpty, action.area.isEmpty {
                    let number = CellWords.leadingNumber(action.ref)
                    action.area = number.isEmpty ? action.ref : number
                }
                if written.isEmpty {
                    if outcomes[o].number.isEmpty {
                        while taken.contains(String(nextOutcomeNumber)) { nextOutcomeNumber += 1 }
                        outcomes[o].number = String(nextOutcomeNumber)
                        nextOutcomeNumber += 1
                    }
                    repeat {
                        counter += 1
                        action.ref = "\(outcomes[o].number).\(counter)"
                    } while !free(action.ref)
                    summary.numbered += 1
                } else if uses[key(written)]! == 1 {
                    action.ref = written
                    if fromArea { summary.fromArea += 1 } else { summary.keptAsWritten += 1 }
                } else {
                    repeat {
                        let index = letterIndex[key(written), default: 0]
                        letterIndex[key(written)] = index + 1
                        action.ref = lettered(written, index)
                    } while !free(action.ref)
                    if fromArea { summary.fromArea += 1 } else { summary.lettered += 1 }
                }
                outcomes[o].actions[a] = action
            }
        }
        return summary
    }

    /// `1.1` with index 0 → `1.1a`; index 26 → `1.1aa`; `1.5 P` → `1.5a P`; `A3` → `A3a`.
    static func lettered(_ ref: String, _ index: Int) -> String {
        var letters = ""
        var n = index
        repeat {
            letters = String(UnicodeScalar(UInt8(97 + n % 26))) + letters
            n = n / 26 - 1
        } while n >= 0
        let number = CellWords.leadingNumber(ref)
        guard !number.isEmpty, ref.hasPrefix(number) else { return ref + letters }
        let rest = ref.dropFirst(number.count)
        return number + letters + (rest.allSatisfy { $0 == "." } ? "" : rest)
    }
}
