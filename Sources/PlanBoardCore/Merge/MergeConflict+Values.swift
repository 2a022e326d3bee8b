/// What a conflict's field is called, its value now in a plan, and setting either side's value
/// back: the one place that knows every field a merge can record a conflict on.
extension MergeConflict {
    /// A list as a person reads it in a conflict (`GP, CC`; `Smith, J; AB` when an item has a
    /// comma of its own); the items themselves go in `keptValue` / `otherValue`.
    static func words(_ list: [String]) -> String {
        list.joined(separator: list.contains { $0.contains(",") } ? "; " : ", ")
    }

    /// A status as the conflict keeps it exactly: the status, then the plan's own words if any.
    static func exact(status: Status, text: String?) -> [String] { [status.rawValue] + (text.map { [$0] } ?? []) }

    /// How the field reads after "Two copies set …" (`the RAG rating`, `who attended`).
    public var fieldPhrase: String {
        switch (about, field) {
        case (.action, "rag"): "the RAG rating"
        case (.action, _): actionField.map { "the " + $0.label.lowercased() } ?? "the \(field)"
        case (.meeting, "attendees"): "who attended"
        case (.meeting, "inAttendance"): "who was in attendance"
        case (.meeting, "declarations"): "the declarations of interest"
        case (.meeting, "nextMeeting"): "the date of the next meeting"
        case (_, "description"): "the description"
        case (_, "organisation"): "the organisation"
        default: frameworkFieldPhrase ?? "the \(field)"
        }
    }

    /// What the conflict is about, as a heading (`1.2`, `Outcome 3 A life alongside caring`,
    /// `Key of leads: SCC`, `Meeting 2026-11-23 Carers Partnership`, `The plan`).
    public var subjectPhrase: String {
        switch about {
        case .action: ref
        case .outcome: "Outcome \(ref)"
        case .lead: "Key of leads: \(ref)"
        case .meeting: "Meeting \(ref)"
        case .indicator: "Indicator \(ref)"
        case .risk: "Risk \(ref)"
        case .plan: "The plan"
        }
    }

    /// True while the thing the conflict is about is still in `plan`.
    public func subjectExists(in plan: Plan) -> Bool {
        switch about {
        case .plan: true
        case .action: plan.position(of: Action.ID(id)) != nil
        case .outcome: plan.outcomes.contains { $0.id.rawValue == id }
        case .lead: plan.leads.contains { $0.initials == id }
        case .meeting: plan.meetings.contains { $0.id.rawValue == id }
        case .indicator: plan.indicators.contains { $0.id.rawValue == id }
        case .risk: plan.risks.contains { $0.id.rawValue == id }
        }
    }

    /// The field's value in `plan` now, as a person reads it; nil when the thing is no longer
    /// there or this planboard does not know the field.
    public func current(in plan: Plan) -> String? {
        switch about {
        case .plan:
            switch field {
            case "title": plan.title
            case "period": plan.period
            case "owner": plan.owner
            case "riskBands": RiskBands.conflictWords(plan.customRiskBands)
            default: nil
            }
        case .indicator, .risk:
            frameworkCurrent(in: plan)
        case .outcome:
            plan.outcomes.first { $0.id.rawValue == id }.flatMap { outcome in
                switch field {
                case "number": outcome.number
                case "title": outcome.title
                case "description": outcome.description
                default: nil
                }
            }
        case .lead:
            plan.leads.first { $0.initials == id }.flatMap { lead in
                switch field {
                case "name": lead.name
                case "organisation": lead.organisation
                default: nil
                }
            }
        case .meeting:
            plan.meetings.first { $0.id.rawValue == id }.flatMap { meeting in
                switch field {
                case "title": meeting.title
                case "date": meeting.date.isoText
                case "attendees": Self.words(meeting.attendees)
                case "apologies": Self.words(meeting.apologies)
                case "inAttendance": Self.words(meeting.inAttendance)
                case "declarations": Self.words(meeting.declarations)
                case "venue": meeting.venue
                case "nextMeeting": meeting.nextMeeting
                default: nil
                }
            }
        case .action:
            plan.position(of: Action.ID(id)).flatMap { p in
                let action = plan.outcomes[p.outcome].actions[p.action]
                switch actionField {
                case .ref: return action.ref
                case .text: return action.text
                case .area: return action.area
                case .leads: return Self.words(action.leads)
                case .deadline: return action.deadline
                case .measure: return action.measure
                case .progress: return action.progress
                case .rag: return action.rag.word
                case .status: return action.statusWord
                case .outcome: return plan.outcomes[p.outcome].heading
                default: return nil
                }
            }
        }
    }

    /// Sets one side's value in `plan` (not an action's outcome: moving is the board's).
    /// False when the thing is gone or this planboard does not know the field or read the value.
    public func set(takeOther: Bool, in plan: inout Plan) -> Bool {
        let text = takeOther ? other : kept
        let exact = takeOther ? otherValue : keptValue
        // A list: the exact items when recorded; else (records from before they were) the words split at commas.
        let list = exact ?? text.split(separator: text.contains(";") ? ";" : ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        switch about {
        case .plan:
            switch field {
            case "title": plan.title = text
            case "period": plan.period = text
            case "owner": plan.owner = text
            case "riskBands": return setFramework(takeOther: takeOther, exact: exact, words: text, in: &plan)
            default: return false
            }
        case .indicator, .risk:
            return setFramework(takeOther: takeOther, exact: exact, words: text, in: &plan)
        case .outcome:
            guard let o = plan.outcomes.firstIndex(where: { $0.id.rawValue == id }) else { return false }
            switch field {
            case "number": plan.outcomes[o].number = text
            case "title": plan.outcomes[o].title = text
            case "description": plan.outcomes[o].description = text
            default: return false
            }
        case .lead:
            guard let l = plan.leads.firstIndex(where: { $0.initials == id }) else { return false }
            switch field {
            case "name": plan.leads[l].name = text
            case "organisation": plan.leads[l].organisation = text
            default: return false
            }
        case .meeting:
            guard let m = plan.meetings.firstIndex(where: { $0.id.rawValue == id }) else { return false }
            switch field {
            case "title": plan.meetings[m].title = text
            case "date":
                guard let day = Day(isoText: text) else { return false }
                plan.meetings[m].date = day
            case "attendees": plan.meetings[m].attendees = list
            case "apologies": plan.meetings[m].apologies = list
            case "inAttendance": plan.meetings[m].inAttendance = list
            case "declarations": plan.meetings[m].declarations = list
            case "venue": plan.meetings[m].venue = text
            case "nextMeeting": plan.meetings[m].nextMeeting = text
            default: return false
            }
        case .action:
            guard let p = plan.position(of: Action.ID(id)) else { return false }
            var action = plan.outcomes[p.outcome].actions[p.action]
            switch actionField {
            case .ref: action.ref = text
            case .text: action.text = text
            case .area: action.area = text
            case .leads: action.leads = list
            case .deadline: action.deadline = text
            case .measure: action.measure = text
            case .progress: action.progress = text
            case .rag:
                guard let rag = RAG.allCases.first(where: { $0.word == text }) else { return false }
                action.rag = rag
            case .status:
                guard let (status, words) = Self.status(exact: exact, words: text) else { return false }
                action.status = status
                action.statusText = words
            default: return false
            }
            plan.outcomes[p.outcome].actions[p.action] = action
        }
        return true
    }

    /// A status and the plan's own words from a conflict's value: exact when recorded; from a
    /// record without it, a status's own word, else the plan's words read as the importer reads them.
    private static func status(exact: [String]?, words: String) -> (Status, String?)? {
        if let exact, let first = exact.first, let status = Status(rawValue: first) {
            return (status, exact.count > 1 ? exact[1] : nil)
        }
        if let status = Status.allCases.first(where: { $0.word == words }) { return (status, nil) }
        return StatusWords.phrase(words).map { ($0, words) }
    }
}
