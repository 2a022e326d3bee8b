/// What moved since the last meeting: the marks cards carry so the next meeting starts from it, and
/// the filter word `changed`.
///
/// `end` is when the last meeting ended; nil means no meeting has ended yet (the plan's first
/// meeting), and then "since" is since the plan was created or imported. That moment needs no
/// field of its own: import writes no history, and the board records every change after it, so
/// the plan's whole history and notes are its changes since it came in.
public enum SinceLastMeeting {
    /// Which way a rating moved.
    public enum Direction: Equatable, Sendable {
        case better, worse

        /// `↑` better, `↓` worse.
        public var arrow: String { self == .better ? "↑" : "↓" }
    }

    /// True when the action has a history entry or a note after `end` (with no meeting ended, any at all).
    public static func changed(_ action: Action, since end: Timestamp?) -> Bool {
        guard let end else { return !action.history.isEmpty || !action.notes.isEmpty }
        if let last = action.history.last, last.at > end { return true }
        if let last = action.notes.last, last.at > end { return true }
        return false
    }

    /// How the rating moved since `end`: the rating then (as the history gives it at `end`, or
    /// the first change's "from" with no meeting ended) against the rating now; nil when it did
    /// not move or either is unrated.
    public static func ragDirection(_ action: Action, since end: Timestamp?) -> Direction? {
        guard let first = action.history.first(where: { change in change.field == .rag && end.map { change.at > $0 } ?? true }),
              let before = RAG.allCases.first(where: { $0.word == (end.map { action.ragWord(at: $0) } ?? first.from) }),
              let before = rank(before), let now = rank(action.rag), before != now
        else { return nil }
        return now > before ? .better : .worse
    }

    private static func rank(_ rag: RAG) -> Int? {
        switch rag {
        case .red: 0
        case .amber: 1
        case .green: 2
        case .blue: 3
        case .unrated: nil
        }
    }
}
