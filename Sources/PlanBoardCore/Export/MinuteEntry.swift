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
    /// Added to the plan in this meeting, in the outcome or as the copy named.
    case created(String)
    case removed(reason: String)
    case restored

    /// Fields whose values are paragraphs, summarised as "… updated" with the new text.
    static let longFields: Set<Change.Field> = [.text, .measure, .progress]

    /// The entries recorded against `action` in meeting `id`: decisions, then the RAG, then
    /// what happened to the action and its fields (oldest first), then notes and action points.
    static func entries(for action: Action, in id: Meeting.ID) -> [MinuteEntry] {
        let notes = action.notes.filter { $0.meeting == id }
        let changes = action.history.filter { $0.meeting == id }
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

    private static func entry(_ change: Change) -> MinuteEntry {
        switch change.field {
        case .created: .created(change.to)
        case .removed: .removed(reason: [change.reason, change.to].compactMap(nonEmpty).first ?? "")
        case .restored: .restored
        case let field where longFields.contains(field):
            .textUpdated(label: field.label, text: change.to, why: reason(change))
        default: .field(label: change.field.label, from: change.from, to: change.to, why: reason(change))
        }
    }

    private static func reason(_ change: Change) -> String? { nonEmpty(change.reason) }

    private static func nonEmpty(_ text: String?) -> String? {
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
        case .created(let place): ("New action", place.isEmpty ? "added to the plan" : "added to \(place)")
        case .removed(let reason): ("Removed", reason.isEmpty ? "no reason recorded" : reason)
        case .restored: ("Restored", "returned to the plan")
        }
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
