/// Which actions the board shows: every condition set must hold (they combine with "and"; several
/// ratings, leads or statuses combine with "or" among themselves).
///
/// Typed after `f` as words (`red amber @GP overdue`), so one line sets any mix; `description`
/// gives the same words back for the info line and for editing the filter again.
public struct BoardFilter: Equatable, Sendable {
    public var rags: Set<RAG> = []
    /// Lead initials, compared ignoring case.
    public var leads: Set<String> = []
    public var statuses: Set<Status> = []
    public var overdue = false
    public var dueSoon = false
    /// Changed (any history entry or note) since the last ended meeting ended, or, before the
    /// plan's first meeting has ended, since the plan was created or imported.
    public var changedSinceLastMeeting = false
    /// Not yet marked discussed in the running meeting.
    public var notDiscussed = false

    public init() {}

    /// True when no condition is set.
    public var isEmpty: Bool { self == BoardFilter() }

    /// What a filter needs to know besides the action itself.
    public struct Context: Sendable {
        public var today: Day
        /// When the last ended meeting ended; nil before any has (then "changed" is since the plan came in).
        public var lastMeetingEnd: Timestamp?
        /// The actions discussed in the running meeting.
        public var discussed: Set<Action.ID>
    }

    /// True when `action` passes every condition.
    public func admits(_ action: Action, in context: Context) -> Bool {
        if !rags.isEmpty, !rags.contains(action.rag) { return false }
        if !statuses.isEmpty, !statuses.contains(action.status) { return false }
        if !leads.isEmpty, !action.leads.contains(where: { leads.contains($0.lowercased()) }) { return false }
        if overdue || dueSoon {
            let urgency = action.urgency(today: context.today)
            let wanted = (overdue && urgency == .overdue) || (dueSoon && urgency == .dueSoon)
            if !wanted { return false }
        }
        if changedSinceLastMeeting, !SinceLastMeeting.changed(action, since: context.lastMeetingEnd) { return false }
        if notDiscussed, context.discussed.contains(action.id) { return false }
        return true
    }

    /// The filter as the words `parse` reads: `red amber @GP overdue`.
    public var description: String {
        var words: [String] = []
        for rag in RAG.allCases where rags.contains(rag) { words.append(rag == .unrated ? "unrated" : rag.rawValue) }
        words += leads.sorted().map { "@" + $0.uppercased() }
        for status in Status.allCases where statuses.contains(status) { words.append(status.rawValue) }
        if overdue { words.append("overdue") }
        if dueSoon { words.append("soon") }
        if changedSinceLastMeeting { words.append("changed") }
        if notDiscussed { words.append("todo") }
        return words.joined(separator: " ")
    }

    /// Reads filter words: `r`/`red`, `a`/`amber`, `g`/`green`, `b`/`blue`, `x`/`unrated`; `@GP` (a lead);
    /// a status (`not-started`, `in-progress`, `ongoing`, `delayed`, `complete`); `overdue`;
    /// `soon` (due soon); `changed` (since the last meeting, or since the plan came in before its
    /// first meeting ended); `todo` (not yet discussed).
    ///
    /// Throws `FilterError.unknownWord` naming the first word it does not know.
    public static func parse(_ text: String) throws(FilterError) -> BoardFilter {
        var filter = BoardFilter()
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            let word = raw.lowercased()
            switch word {
            case "r", "red": filter.rags.insert(.red)
            case "a", "amber": filter.rags.insert(.amber)
            case "g", "green": filter.rags.insert(.green)
            case "b", "blue": filter.rags.insert(.blue)
            case "x", "unrated": filter.rags.insert(.unrated)
            case "overdue": filter.overdue = true
            case "soon", "due-soon": filter.dueSoon = true
            case "changed": filter.changedSinceLastMeeting = true
            case "todo", "undiscussed": filter.notDiscussed = true
            default:
                if word.hasPrefix("@"), word.count > 1 {
                    filter.leads.insert(String(word.dropFirst()))
                } else if let status = Status.allCases.first(where: {
                    $0.rawValue == word || $0.word.lowercased().replacingSpaces("-") == word }) {
                    filter.statuses.insert(status)
                } else {
                    throw .unknownWord(String(raw))
                }
            }
        }
        return filter
    }
}

/// Why a filter typed after `f` could not be read.
public enum FilterError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownWord(String)

    public var description: String {
        switch self {
        case .unknownWord(let word):
            "Unknown filter word “\(word)”: use red amber green unrated, @INITIALS, a status (in-progress, complete…), overdue, soon, changed, todo."
        }
    }
}

extension String {
    /// Spaces replaced with `replacement` (`in progress` → `in-progress`).
    func replacingSpaces(_ replacement: Character) -> String {
        String(map { $0 == " " ? replacement : $0 })
    }
}
