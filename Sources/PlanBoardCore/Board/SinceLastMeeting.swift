/// What moved since the last meeting: the marks cards carry so the next meeting starts from it.
public enum SinceLastMeeting {
    /// Which way a rating moved.
    public enum Direction: Equatable, Sendable {
        case better, worse

        /// `↑` better, `↓` worse.
        public var arrow: String { self == .better ? "↑" : "↓" }
    }

    /// True when the action has a history entry or a note after `end` (false when there was no meeting).
    public static func changed(_ action: Action, since end: Timestamp?) -> Bool {
        guard let end else { return false }
        if let last = action.history.last, last.at > end { return true }
        if let last = action.notes.last, last.at > end { return true }
        return false
    }

    /// How the rating moved since `end`: the rating then (the first RAG change after `end` says
    /// what it was) against the rating now; nil when it did not move or either is unrated.
    public static func ragDirection(_ action: Action, since end: Timestamp?) -> Direction? {
        guard let end, let first = action.history.first(where: { $0.field == .rag && $0.at > end }),
              let before = RAG.allCases.first(where: { $0.word == first.from }),
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
