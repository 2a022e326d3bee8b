/// The rating an action had at a moment, read from its history. After a merge the history is
/// both copies' changes in time order rather than one chain (one copy's "Not rated → Red" beside
/// the other's "Not rated → Green"), so it goes by time, not by following `from` and `to`.
extension Action {
    /// The RAG rating as a word at `moment`: what the last rating change at or before it set;
    /// with none (a rating imported, never changed on the board before then) what the first
    /// change after it found; with no change at all, the rating now.
    public func ragWord(at moment: Timestamp) -> String {
        var before: Change?
        var after: Change?
        for change in history where change.field == .rag {
            if change.at <= moment {
                if before.map({ $0.at <= change.at }) ?? true { before = change }
            } else if after.map({ change.at < $0.at }) ?? true {
                after = change
            }
        }
        return before?.to ?? after?.from ?? rag.word
    }
}
