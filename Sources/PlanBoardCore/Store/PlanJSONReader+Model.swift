/// The model's types, read field by field with the same required fields and defaults as their
/// `init(from:)`: a field that `decodeIfPresent` reads may be absent or `null`; one that `decode`
/// reads must be there and not `null`, or the reader gives up.
extension PlanJSONReader {
    private static let documentKeys = Key.set(.schemaVersion, .title, .period, .owner, .outcomes, .leads, .meetings)
    private static let outcomeKeys = Key.set(.id, .number, .title, .description, .actions)
    private static let actionKeys = Key.set(.id, .ref, .text, .area, .leads, .deadline, .measure, .progress,
                                            .rag, .status, .statusText, .notes, .history, .removal)
    private static let leadKeys = Key.set(.initials, .name, .organisation)
    private static let meetingKeys = Key.set(.id, .title, .date, .attendees, .apologies, .startedAt, .endedAt, .discussed)
    private static let noteKeys = Key.set(.at, .text, .meeting, .kind, .owner, .due)
    private static let changeKeys = Key.set(.at, .field, .from, .to, .reason, .meeting)
    private static let removalKeys = Key.set(.at, .reason)

    /// The whole file: the plan's fields plus `"schemaVersion": 1`, and nothing after it.
    mutating func document() throws(Refusal) -> Plan {
        try expect(UInt8(ascii: "{"))
        var first = true, seen: UInt64 = 0
        var version: Int?, title: String?, period = "", owner = ""
        var outcomes: [Outcome] = [], leads: [Lead] = [], meetings: [Meeting] = []
        while let key = try nextKey(first: &first, seen: &seen, wanted: Self.documentKeys) {
            switch key {
            case .schemaVersion: version = try plainInteger()
            case .title: title = try string()
            case .period: period = try takeNull() ? "" : string()
            case .owner: owner = try takeNull() ? "" : string()
            case .outcomes: outcomes = try takeNull() ? [] : list { (r: inout Self) throws(Refusal) in try r.outcome() }
            case .leads: leads = try takeNull() ? [] : list { (r: inout Self) throws(Refusal) in try r.lead() }
            case .meetings: meetings = try takeNull() ? [] : list { (r: inout Self) throws(Refusal) in try r.meeting() }
            default: try skipValue()
            }
        }
        skipWhitespace()
        // Other schema versions are for `PlanFile.plan(from:version:)` to judge and word.
        guard index == bytes.count, version == PlanFile.schemaVersion, let title else { throw Refusal() }
        return Plan(title: title, period: period, owner: owner, outcomes: outcomes, leads: leads, meetings: meetings)
    }

    private mutating func outcome() throws(Refusal) -> Outcome {
        try expect(UInt8(ascii: "{"))
        var first = true, seen: UInt64 = 0
        var id: String?, title: String?, number = "", description = "", actions: [Action] = []
        while let key = try nextKey(first: &first, seen: &seen, wanted: Self.outcomeKeys) {
            switch key {
            case .id: id = try string()
            case .number: number = try takeNull() ? "" : string()
            case .title: title = try string()
            case .description: description = try takeNull() ? "" : string()
            case .actions: actions = try takeNull() ? [] : list { (r: inout Self) throws(Refusal) in try r.action() }
            default: try skipValue()
            }
        }
        guard let id, let title else { throw Refusal() }
        return Outcome(id: .init(id), number: number, title: title, description: description, actions: actions)
    }

    private mutating func action() throws(Refusal) -> Action {
        try expect(UInt8(ascii: "{"))
        var first = true, seen: UInt64 = 0
        var id: String?, ref: String?, text: String?
        var area = "", leads: [String] = [], deadline = "", measure = "", progress = ""
        var rag = RAG.unrated, status = Status.notStarted, statusText: String?
        var notes: [Note] = [], history: [Change] = [], removal: Removal?
        while let key = try nextKey(first: &first, seen: &seen, wanted: Self.actionKeys) {
            switch key {
            case .id: id = try string()
            case .ref: ref = try string()
            case .text: text = try string()
            case .area: area = try takeNull() ? "" : string()
            case .leads: leads = try takeNull() ? [] : stringList()
            case .deadline: deadline = try takeNull() ? "" : string()
            case .measure: measure = try takeNull() ? "" : string()
            case .progress: progress = try takeNull() ? "" : string()
            case .rag: rag = try takeNull() ? .unrated : word(RAG.self)
            case .status: status = try takeNull() ? .notStarted : word(Status.self)
            case .statusText: statusText = try takeNull() ? nil : string()
            case .notes: notes = try takeNull() ? [] : list { (r: inout Self) throws(Refusal) in try r.note() }
            case .history: history = try takeNull() ? [] : list { (r: inout Self) throws(Refusal) in try r.change() }
            case .removal: removal = try takeNull() ? nil : self.removal()
            default: try skipValue()
            }
        }
        guard let id, let ref, let text else { throw Refusal() }
        return Action(id: .init(id), ref: ref, text: text, area: area, leads: leads, deadline: deadline,
                      measure: measure, progress: progress, rag: rag, status: status, statusText: statusText, notes: notes,
                      history: history, removal: removal)
    }

    private mutating func lead() throws(Refusal) -> Lead {
        try expect(UInt8(ascii: "{"))
        var first = true, seen: UInt64 = 0
        var initials: String?, name = "", organisation = ""
        while let key = try nextKey(first: &first, seen: &seen, wanted: Self.leadKeys) {
            switch key {
            case .initials: initials = try string()
            case .name: name = try takeNull() ? "" : string()
            case .organisation: organisation = try takeNull() ? "" : string()
            default: try skipValue()
            }
        }
        guard let initials else { throw Refusal() }
        return Lead(initials: initials, name: name, organisation: organisation)
    }

    private mutating func meeting() throws(Refusal) -> Meeting {
        try expect(UInt8(ascii: "{"))
        var first = true, seen: UInt64 = 0
        var id: String?, title = "", date: Day?, attendees: [String] = [], apologies: [String] = []
        var startedAt: Timestamp?, endedAt: Timestamp?, discussed: [String] = []
        while let key = try nextKey(first: &first, seen: &seen, wanted: Self.meetingKeys) {
            switch key {
            case .id: id = try string()
            case .title: title = try takeNull() ? "" : string()
            case .date: date = try day()
            case .attendees: attendees = try takeNull() ? [] : stringList()
            case .apologies: apologies = try takeNull() ? [] : stringList()
            case .startedAt: startedAt = try timestamp()
            case .endedAt: endedAt = try takeNull() ? nil : timestamp()
            case .discussed: discussed = try takeNull() ? [] : stringList()
            default: try skipValue()
            }
        }
        guard let id, let date, let startedAt else { throw Refusal() }
        return Meeting(id: .init(id), title: title, date: date, attendees: attendees, apologies: apologies,
                       startedAt: startedAt, endedAt: endedAt, discussed: discussed.map { Action.ID($0) })
    }

    private mutating func note() throws(Refusal) -> Note {
        try expect(UInt8(ascii: "{"))
        var first = true, seen: UInt64 = 0
        var at: Timestamp?, text: String?, meeting: String?, kind = Note.Kind.note, owner: String?, due: String?
        while let key = try nextKey(first: &first, seen: &seen, wanted: Self.noteKeys) {
            switch key {
            case .at: at = try timestamp()
            case .text: text = try string()
            case .meeting: meeting = try takeNull() ? nil : string()
            case .kind: kind = try takeNull() ? .note : word(Note.Kind.self)
            case .owner: owner = try takeNull() ? nil : string()
            case .due: due = try takeNull() ? nil : string()
            default: try skipValue()
            }
        }
        guard let at, let text else { throw Refusal() }
        return Note(at: at, text: text, meeting: meeting.map { Meeting.ID($0) }, kind: kind, owner: owner, due: due)
    }

    private mutating func change() throws(Refusal) -> Change {
        try expect(UInt8(ascii: "{"))
        var first = true, seen: UInt64 = 0
        var at: Timestamp?, field: Change.Field?, from: String?, to: String?, reason: String?, meeting: String?
        while let key = try nextKey(first: &first, seen: &seen, wanted: Self.changeKeys) {
            switch key {
            case .at: at = try timestamp()
            case .field: field = try word(Change.Field.self)
            case .from: from = try string()
            case .to: to = try string()
            case .reason: reason = try takeNull() ? nil : string()
            case .meeting: meeting = try takeNull() ? nil : string()
            default: try skipValue()
            }
        }
        guard let at, let field, let from, let to else { throw Refusal() }
        return Change(at: at, field: field, from: from, to: to, reason: reason, meeting: meeting.map { Meeting.ID($0) })
    }

    private mutating func removal() throws(Refusal) -> Removal {
        try expect(UInt8(ascii: "{"))
        var first = true, seen: UInt64 = 0
        var at: Timestamp?, reason: String?
        while let key = try nextKey(first: &first, seen: &seen, wanted: Self.removalKeys) {
            switch key {
            case .at: at = try timestamp()
            case .reason: reason = try string()
            default: try skipValue()
            }
        }
        guard let at, let reason else { throw Refusal() }
        return Removal(at: at, reason: reason)
    }

    /// One of a fixed set of words (a RAG, a status, a kind of change), by its raw value.
    private mutating func word<Word: RawRepresentable>(_: Word.Type) throws(Refusal) -> Word where Word.RawValue == String {
        guard let value = Word(rawValue: try string()) else { throw Refusal() }
        return value
    }

    private mutating func day() throws(Refusal) -> Day {
        guard let value = Day(isoText: try string()) else { throw Refusal() }
        return value
    }

    /// A moment: `YYYY-MM-DDTHH:MM:SSZ` read straight from the bytes, anything else through
    /// `Timestamp(isoText:)`, which decides what the model accepts.
    private mutating func timestamp() throws(Refusal) -> Timestamp {
        skipWhitespace()
        if let value = canonicalTimestamp() { return value }
        guard let value = Timestamp(isoText: try string()) else { throw Refusal() }
        return value
    }

    /// `"2026-11-23T14:02:05Z"` at `index` (quotes included), as `Timestamp(isoText:)` reads it;
    /// nil, consuming nothing, when the text is not in exactly that form.
    private mutating func canonicalTimestamp() -> Timestamp? {
        let s = index
        guard s + 22 <= bytes.count, bytes[s] == UInt8(ascii: "\""), bytes[s + 21] == UInt8(ascii: "\""),
              bytes[s + 5] == UInt8(ascii: "-"), bytes[s + 8] == UInt8(ascii: "-"), bytes[s + 11] == UInt8(ascii: "T"),
              bytes[s + 14] == UInt8(ascii: ":"), bytes[s + 17] == UInt8(ascii: ":"), bytes[s + 20] == UInt8(ascii: "Z")
        else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for i in from..<(from + count) {
                let byte = bytes[i]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(s + 1, 4), let month = number(s + 6, 2), let date = number(s + 9, 2),
              let hour = number(s + 12, 2), let minute = number(s + 15, 2), let second = number(s + 18, 2),
              let day = Day(year: year, month: month, day: date), hour < 24, minute < 60, second < 61 else { return nil }
        index = s + 22
        return Timestamp(day: day, hour: hour, minute: minute, second: second)
    }
}
