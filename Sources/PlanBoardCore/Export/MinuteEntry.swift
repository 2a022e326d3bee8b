/// One line of the minutes under an action: a decision, a note, an action point, or a change.
///
/// Values are the words the plan keeps (`Amber`, `March 2027`); long text fields carry only
/// the new text, since minutes say what the board agreed, not what the old paragraph said.
enum MinuteEntry: Equatable {
    case decision(String)
    case note(String)
    case actionPoint(text: String, owner: String, due: String)
    /// A RAG change; `why` is the board's reason.
    case rag(from: String, to: String, why: String?)
    /// A short field changed: `Deadline: March 2026 → June 2027`.
    case field(label: String, from: String, to: String, why: String?)
    /// A long text field rewritten (progress, measure, the action's wording): the new text only.
    case textUpdated(label: String, text: String, why: String?)
    /// Words added to the end of a long text field: only what was added.
    case textAdded(label: String, text: String, why: String?)
    /// Added to the plan in this meeting, in the outcome or as the copy named.
    case created(String)
    case removed(reason: String)
    case restored
    /// A milestone completed, reopened, added or deleted: `‘Fund open in all five localities’ completed`.
    case milestone(String)

    /// Fields whose values are paragraphs, summarised as "… updated" with the new text.
    static let longFields: Set<Change.Field> = [.text, .measure, .progress]

    /// The entries recorded against `action` in meeting `id`: decisions, then the RAG, then
    /// what happened to the action and its fields, then notes and action points. Several changes
    /// of one field in the meeting are one entry, from the first value to the last; a field left
    /// where it started is not listed.
    static func entries(for action: Action, in id: Meeting.ID) -> [MinuteEntry] {
        let notes = action.notes.filter { $0.meeting == id }
        let changes = collapsed(action.history.filter { $0.meeting == id })
        var result = notes.filter { $0.kind == .decision }.map { MinuteEntry.decision($0.text) }
        result += changes.filter { $0.field == .rag }.map { .rag(from: $0.from, to: $0.to, why: reason($0)) }
        // A note's own history entry repeats the note, which is listed from `notes` with its kind.
        result += changes.filter { $0.field != .rag && $0.field != .note }.map(entry)
        result += notes.filter { $0.kind == .note }.map { .note($0.text) }
        result += notes.filter { $0.kind == .actionPoint }.map {
            .actionPoint(text: $0.text, owner: $0.owner ?? "", due: $0.due ?? "")
        }
        return result
    }

    /// One change per field, at the place of its first change: from the first value to the last,
    /// with the reasons given along the way. Creation, removal and restoring stay as they are.
    static func collapsed(_ changes: [Change]) -> [Change] {
        let events: Set<Change.Field> = [.created, .removed, .restored, .note, .milestone]
        var result: [Change] = []
        var slot: [Change.Field: Int] = [:]
        for change in changes {
            guard !events.contains(change.field), let i = slot[change.field] else {
                if !events.contains(change.field) { slot[change.field] = result.count }
                result.append(change)
                continue
            }
            result[i].to = change.to
            result[i].at = change.at
            let reasons = [result[i].reason, change.reason].compactMap(nonEmpty)
            var distinct: [String] = []
            for r in reasons where !distinct.contains(r) { distinct.append(r) }
            result[i].reason = distinct.isEmpty ? nil : distinct.joined(separator: "; ")
        }
        return result.filter { events.contains($0.field) || $0.from != $0.to }
    }

    private static func entry(_ change: Change) -> MinuteEntry {
        switch change.field {
        case .created: .created(change.to)
        case .removed: .removed(reason: [change.reason, change.to].compactMap(nonEmpty).first ?? "")
        case .restored: .restored
        case .milestone: .milestone(change.to)
        case let field where longFields.contains(field):
            if let added = addedWords(from: change.from, to: change.to) {
                .textAdded(label: field.label, text: added, why: reason(change))
            } else {
                .textUpdated(label: field.label, text: change.to, why: reason(change))
            }
        default: .field(label: change.field.label, from: change.from, to: change.to, why: reason(change))
        }
    }

    /// The words appended when `to` is `from` with more after it (an update added to a progress
    /// paragraph); nil when the text was rewritten rather than added to.
    static func addedWords(from: String, to: String) -> String? {
        let old = from.trimmingWhitespace(), new = to.trimmingWhitespace()
        guard !old.isEmpty, new.count > old.count, new.hasPrefix(old) else { return nil }
        let added = String(new.dropFirst(old.count)).trimmingWhitespace()
        return added.isEmpty ? nil : added
    }

    private static func reason(_ change: Change) -> String? { nonEmpty(change.reason) }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.trimmingWhitespace().isEmpty else { return nil }
        return text
    }

    /// The entry as one line of plain words, formatted by the caller: label and text.
    var parts: (label: String, text: String) {
        switch self {
        case .decision(let text): ("Decision", text)
        case .note(let text): ("Note", text)
        case .actionPoint(let text, let owner, let due):
            ("Action point", text + MinuteEntry.ownerAndDue(owner: owner, due: due))
        case .rag(let from, let to, let why): ("RAG", "\(blank(from)) → \(blank(to))" + because(why))
        case .field(let label, let from, let to, let why): (label, "\(blank(from)) → \(blank(to))" + because(why))
        case .textUpdated(let label, let text, let why):
            text.trimmingWhitespace().isEmpty ? ("\(label) cleared", why.map { "Reason: \($0.trimmingWhitespace())" } ?? "")
                : ("\(label) updated", "“\(text.trimmingWhitespace())”" + because(why))
        case .textAdded(let label, let text, let why): ("\(label) added", "“\(text)”" + because(why))
        case .created(let place): ("New action", MinuteEntry.createdWords(place))
        case .removed(let reason): ("Removed", reason.isEmpty ? "no reason recorded" : reason)
        case .restored: ("Restored", "returned to the plan")
        case .milestone(let text): ("Milestone", text)
        }
    }

    /// Where a new action came from, in a sentence: `added to Outcome 2: …`, `added to the plan
    /// from an action point on 2.1`, `added to the plan as a copy of 1.2`.
    static func createdWords(_ place: String) -> String {
        let p = place.trimmingWhitespace()
        if p.isEmpty { return "added to the plan" }
        if p.hasPrefix("Outcome") { return "added to \(p)" }
        if p.hasPrefix("Action point from ") { return "added to the plan from an action point on \(p.dropFirst(18))" }
        if p.hasPrefix("Copy of ") { return "added to the plan as a copy of \(p.dropFirst(8))" }
        return "added to the plan (\(p))"
    }

    /// ` (JB, by January 2027)`, or less when owner or date are missing.
    static func ownerAndDue(owner: String, due: String) -> String {
        let o = owner.trimmingWhitespace(), d = due.trimmingWhitespace()
        switch (o.isEmpty, d.isEmpty) {
        case (true, true): return ""
        case (false, true): return " (\(o))"
        case (true, false): return " (by \(d))"
        case (false, false): return " (\(o), by \(d))"
        }
    }

    private func blank(_ value: String) -> String { value.trimmingWhitespace().isEmpty ? "(blank)" : value }

    private func because(_ why: String?) -> String {
        guard let why else { return "" }
        return ". Reason: \(why.trimmingWhitespace())"
    }
}
