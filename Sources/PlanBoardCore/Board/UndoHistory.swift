/// Many levels of undo and redo over whole plans.
///
/// Plans are value types with copy-on-write arrays, so a snapshot shares all unchanged outcomes
/// with its neighbours; keeping hundreds of levels costs little even for 10,000 actions.
public struct UndoHistory: Equatable, Sendable {
    /// A plan as it was, the action that was selected, and what the change was (for the status line).
    public struct Entry: Equatable, Sendable {
        public var plan: Plan
        public var selection: Action.ID?
        public var summary: String
        /// True for the step a reload from disk made: undoing it writes over someone else's
        /// version, so theirs must be kept.
        public var isReload = false
    }

    public private(set) var past: [Entry] = []
    public private(set) var future: [Entry] = []
    public let limit: Int
    /// Why nothing before the oldest entry can be undone (a sync or merge brought in other
    /// people's work, which undoing would write out of the file); nil when nothing stops it.
    public private(set) var barrier: String?

    public init(limit: Int = 500) { self.limit = limit }

    /// Remembers `plan` as it was before a change; a new change clears the redo list.
    public mutating func record(_ plan: Plan, selection: Action.ID?, summary: String) {
        past.append(Entry(plan: plan, selection: selection, summary: summary))
        if past.count > limit { past.removeFirst(past.count - limit) }
        future.removeAll()
    }

    /// Remembers `plan` as it was before a reload from disk replaced it with someone else's version.
    public mutating func recordReload(_ plan: Plan, selection: Action.ID?) {
        record(plan, selection: selection, summary: "reload from disk")
        past[past.count - 1].isReload = true
    }

    /// Forgets every step so far: other people's work has just come in, and going back past it
    /// would write it out of the shared file. `reason` is what `u` then says, whole.
    public mutating func startAfter(_ reason: String) {
        past.removeAll()
        future.removeAll()
        barrier = reason
    }

    /// Steps back: returns the entry to restore, keeping `current` for redo.
    public mutating func undo(current: Plan, selection: Action.ID?) -> Entry? {
        guard let entry = past.popLast() else { return nil }
        future.append(Entry(plan: current, selection: selection, summary: entry.summary))
        return entry
    }

    /// Steps forward again after an undo.
    public mutating func redo(current: Plan, selection: Action.ID?) -> Entry? {
        guard let entry = future.popLast() else { return nil }
        past.append(Entry(plan: current, selection: selection, summary: entry.summary))
        return entry
    }
}
