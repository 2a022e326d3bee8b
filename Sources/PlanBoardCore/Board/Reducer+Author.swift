/// Signing history: every change and note this session makes carries who made it, so a history
/// merged from several copies says who did what. Done in one place, as meeting tagging is.
extension Reducer {
    /// Writes `author` on the unsigned entries at the end of each action's history and notes made
    /// since `since` (this session). Does nothing when no author is known.
    static func signEntries(_ plan: inout Plan, by author: String, since: Timestamp?) {
        guard !author.isEmpty, let since else { return }
        RecentEntries.stamp(&plan, .who(author), since: since)
    }
}
