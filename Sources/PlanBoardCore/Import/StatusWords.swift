/// Reading the status words plans write (`In development`, `Development activity`,
/// `Ongoing/development work`, `On track`, `Awaiting funding`) onto planboard's statuses.
///
/// The opening words decide, as with deadlines: `Ongoing/development work` is On-going,
/// `Development work/ funding 2022` In progress. Whatever the plan wrote is kept beside the
/// status (`Action.statusText`) unless it is just planboard's own word.
enum StatusWords {
    /// The status `text` names when it is a bare status word or one of its synonyms (`Complete`,
    /// `Underway`, `In development`); nil otherwise.
    static func word(_ text: String) -> Status? {
        switch HeaderText.squashed(text) {
        case "complete", "completed", "done", "achieved", "closed", "finished", "met", "delivered": .complete
        case "ongoing", "continuous", "continuing", "continual", "bau", "businessasusual": .ongoing
        case "inprogress", "underway", "started", "indevelopment", "progressing", "active", "ontrack", "inhand",
             "workinprogress", "wip", "developing", "development": .inProgress
        case "delayed", "behind", "slipped", "onhold", "paused", "behindschedule", "stalled", "offtrack", "heldup",
             "postponed", "deferred", "atrisk": .delayed
        case "notstarted", "notyetstarted", "planned", "tostart", "notyetbegun", "new", "notdue", "yettostart": .notStarted
        default: nil
        }
    }

    /// The status a phrase starts with (`Development activity` → In progress), for phrases of at
    /// most `maxWords` words; nil when its opening words are not a status.
    static func phrase(_ text: String, maxWords: Int = 12) -> Status? {
        if let status = word(text) { return status }
        let words = HeaderText.words(text)
        guard !words.isEmpty, words.count <= maxWords else { return nil }
        let two = words.count > 1 ? words[0] + words[1] : ""
        let three = words.count > 2 ? two + words[2] : ""
        if three == "notyetstarted" { return .notStarted }
        if three == "workinprogress" { return .inProgress }
        switch two {
        case "ongoing", "inprogress", "indevelopment", "ontrack", "inhand", "underway", "onhold", "heldup", "offtrack",
             "atrisk", "notstarted", "yettostart", "tostart", "notdue":
            return word(two)
        default: break
        }
        switch words[0] {
        case "complete", "completed", "achieved", "delivered", "done": return .complete
        case "ongoing", "continuous", "continuing", "continual": return .ongoing
        case "development", "developing", "developmental", "improvement", "progressing", "underway", "started",
             "scoping", "piloting", "implementation", "implementing": return .inProgress
        case "delayed", "paused", "stalled", "awaiting", "postponed", "deferred", "behind", "slipped": return .delayed
        case "planned": return .notStarted
        default: return nil
        }
    }

    /// The plan's words worth keeping beside `status`: nil when they are just its word (`On-going`
    /// for On-going, `complete` for Complete).
    static func asWritten(_ text: String, for status: Status) -> String? {
        HeaderText.squashed(text) == HeaderText.squashed(status.word) ? nil : text
    }

    /// True when a deadline cell holds a timescale word that is also a status (`On-going`,
    /// `Continuous`): it stays the deadline, and sets the status as well.
    static func isTimescaleWord(_ text: String) -> Bool {
        ["ongoing", "continuous", "continuing", "continual"].contains(HeaderText.squashed(text))
    }
}
