/// What changed between two versions of a plan, in a line a person reads: "1.2 Amber → Red;
/// 2.4 progress updated; new action 3.7". Used for sync's commit messages and for what came in.
public enum ChangeSummary {
    /// One phrase per change in `new` that `old` does not have, in plan order.
    public static func phrases(from old: Plan, to new: Plan) -> [String] {
        var before: [Action.ID: Action] = [:]
        for action in old.allActions { before[action.id] = action }
        var phrases: [String] = []
        for action in new.allActions {
            guard let previous = before[action.id] else {
                phrases.append("new action \(action.ref)")
                continue
            }
            let seen = Set(previous.history)
            // Notes are named by their kind from the notes themselves: "1.1a decision recorded".
            for change in action.history where !seen.contains(change) && change.field != .note {
                phrases.append(phrase(change, ref: action.ref))
            }
            let notes = Set(previous.notes)
            let new = action.notes.filter { !notes.contains($0) }
            let added = new.count
            for kind in Note.Kind.allCases {
                let n = new.filter { $0.kind == kind }.count
                guard n > 0 else { continue }
                let word = kind.word.lowercased() + (n == 1 ? "" : "s")
                phrases.append("\(action.ref) \(n == 1 ? "" : "\(n) ")\(word) \(kind == .note ? "added" : "recorded")")
            }
            let noted = action.history.contains { !seen.contains($0) && $0.field == .note }
            if added == 0, noted { phrases.append("\(action.ref) note added") }
            if action.history == previous.history, added == 0, action != previous {
                phrases.append("\(action.ref) edited")
            }
        }
        if new.conflicts.count > old.conflicts.count {
            let n = new.conflicts.count - old.conflicts.count
            phrases.append("\(n) conflict\(n == 1 ? "" : "s") to resolve")
        }
        return phrases
    }

    /// The phrases joined, at most `limit` of them and "and N more".
    public static func line(_ phrases: [String], limit: Int = 6) -> String {
        guard phrases.count > limit else { return phrases.joined(separator: "; ") }
        return phrases.prefix(limit).joined(separator: "; ") + "; and \(phrases.count - limit) more"
    }

    private static func phrase(_ change: Change, ref: String) -> String {
        switch change.field {
        case .rag, .status, .ref: "\(ref) \(change.from.isEmpty ? "" : change.from + " ")→ \(change.to)"
        case .deadline: "\(ref) deadline → \(change.to)"
        case .created: "new action \(ref)"
        case .removed: "\(ref) removed"
        case .restored: "\(ref) restored"
        case .note: "\(ref) note added"
        case .outcome: "\(ref) moved to \(change.to)"
        default: "\(ref) \(change.field.label.lowercased()) updated"
        }
    }
}
