extension BoardState {
    /// How many actions the running meeting has marked discussed, the one count the info line, the
    /// end-meeting dialog and the flashes all show. An action discussed and then removed still
    /// counts (the minutes list it as discussed); one purged from the file does not.
    public var discussedCount: Int {
        guard let meeting = runningMeeting else { return 0 }
        let discussed = Set(meeting.discussed)
        var count = 0
        for outcome in plan.outcomes {
            for action in outcome.actions where discussed.contains(action.id) { count += 1 }
        }
        return count
    }
}
