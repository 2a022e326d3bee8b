/// The plan file's format: every field of every object, once. Reading (`JSONReader+Fields.swift`)
/// and writing (`PlanJSONWriter`) both go by these tables, so a field added here is read and
/// written alike, and cannot be added to one and forgotten in the other.
///
/// A field marked `required` must be in the file and not `null`; any other may be left out (or be
/// `null`) and then keeps the default of the type's `blank`; an optional (`?`) one is left out of
/// the file when it has no value. Keys are written sorted, whatever the order here. Fields this
/// planboard does not know are kept and written back (see `UnknownFields`).

/// The file's top level: the plan's own fields plus `"schemaVersion"`.
struct PlanDocument: FileObject {
    var plan: Plan
    /// Where the value of `schemaVersion` starts in the file read, nil when it has none; judged by
    /// `PlanFile` once the whole file is read.
    var schemaVersionOffset: Int?

    static let fileFields = FileFields<PlanDocument>(
        Plan.fileFields.all.map { $0.lifted(\PlanDocument.plan) } + [
            FileField("schemaVersion", required: false,
                      read: { reader, document throws(FileProblem) in
                          _ = reader.tokens.peek()
                          document.schemaVersionOffset = reader.tokens.offset
                          try reader.skipValue()
                      },
                      write: { _, writer in
                          writer.member(PlanJSONWriter.key("schemaVersion"))
                          writer.raw(String(PlanFile.schemaVersion))
                      }),
        ])
    static let blank = PlanDocument(plan: .blank)

    var unknownFields: UnknownFields {
        get { plan.unknownFields }
        set { plan.unknownFields = newValue }
    }
}

extension Plan: FileObject {
    static let fileFields = FileFields<Plan>([
        .field("title", required: true, { $0.title }, { $0.title = $1 }),
        .field("period", { $0.period }, { $0.period = $1 }),
        .field("owner", { $0.owner }, { $0.owner = $1 }),
        .field("outcomes", { $0.outcomes }, { $0.outcomes = $1 }),
        .field("leads", { $0.leads }, { $0.leads = $1 }),
        .field("meetings", { $0.meetings }, { $0.meetings = $1 }),
        // Left out when there are none, so files without conflicts stay as they were.
        .field("conflicts", { $0.conflicts.isEmpty ? nil : $0.conflicts }, { $0.conflicts = $1 }),
        // The performance framework; left out while empty (and the bands while standard).
        .field("indicators", { $0.indicators.isEmpty ? nil : $0.indicators }, { $0.indicators = $1 }),
        .field("risks", { $0.risks.isEmpty ? nil : $0.risks }, { $0.risks = $1 }),
        .field("riskBands", { $0.customRiskBands?.bands }, { $0.customRiskBands = RiskBands(bands: $1) }),
        .field("riskBandsHistory", { $0.riskBandsHistory.isEmpty ? nil : $0.riskBandsHistory }, { $0.riskBandsHistory = $1 }),
    ])
    static let blank = Plan(title: "")
}

extension MergeConflict: FileObject {
    /// An action's conflict is written as it always was (`"action": id`), so older files and older
    /// planboards read it alike; a conflict about anything else says what (`"about"`) and `"id"`.
    static let fileFields = FileFields<MergeConflict>([
        .field("about", { $0.about == .action ? nil : $0.about }, { $0.about = $1 }),
        .field("action", { $0.about == .action ? $0.id : nil }, { conflict, id in
            conflict.about = .action
            conflict.id = id
        }),
        .field("id", { $0.about == .action ? nil : $0.id }, { $0.id = $1 }),
        .field("ref", { $0.ref }, { $0.ref = $1 }),
        .field("field", required: true, { $0.field }, { $0.field = $1 }),
        // An indicator's figures: which reporting period the field is of.
        .field("period", { $0.period }, { $0.period = $1 }),
        .field("kept", required: true, { $0.kept }, { $0.kept = $1 }),
        .field("keptValue", { $0.keptValue }, { $0.keptValue = $1 }),
        .field("keptBy", { $0.keptBy }, { $0.keptBy = $1 }),
        .field("keptAt", { $0.keptAt }, { $0.keptAt = $1 }),
        .field("other", required: true, { $0.other }, { $0.other = $1 }),
        .field("otherValue", { $0.otherValue }, { $0.otherValue = $1 }),
        .field("otherBy", { $0.otherBy }, { $0.otherBy = $1 }),
        .field("otherAt", { $0.otherAt }, { $0.otherAt = $1 }),
    ])
    static let blank = MergeConflict(about: .action, id: "", ref: "", field: "", kept: "", other: "")

    /// Read by its fields, then refused at its place in the file when it names no subject (no
    /// `action`, no `id`): it would be taken for a conflict on an action with no id. Only a
    /// conflict about the plan's own fields (`"about": "plan"`) needs none.
    static func read(from reader: inout JSONReader) throws(FileProblem) -> MergeConflict {
        _ = try reader.valueStart()
        let start = reader.tokens.offset
        let conflict = try reader.object(fileFields)
        if conflict.about != .plan && conflict.id.isEmpty {
            throw .value(start, "this conflict does not say what it is about: give \"action\" with the action's id, "
                                + "or \"about\" and \"id\" (or delete the conflict)")
        }
        return conflict
    }
}

extension Outcome: FileObject {
    static let fileFields = FileFields<Outcome>([
        .field("id", required: true, { $0.id }, { $0.id = $1 }),
        .field("number", { $0.number }, { $0.number = $1 }),
        .field("title", required: true, { $0.title }, { $0.title = $1 }),
        .field("description", { $0.description }, { $0.description = $1 }),
        .field("actions", { $0.actions }, { $0.actions = $1 }),
        // The workstream's milestones and their history; left out while empty so older files read and write alike.
        .field("milestones", { $0.milestones.isEmpty ? nil : $0.milestones }, { $0.milestones = $1 }),
        .field("history", { $0.history.isEmpty ? nil : $0.history }, { $0.history = $1 }),
    ])
    static let blank = Outcome(id: .init(""), number: "", title: "")
}

extension Action: FileObject {
    static let fileFields = FileFields<Action>([
        .field("id", required: true, { $0.id }, { $0.id = $1 }),
        .field("ref", required: true, { $0.ref }, { $0.ref = $1 }),
        .field("text", required: true, { $0.text }, { $0.text = $1 }),
        .field("area", { $0.area }, { $0.area = $1 }),
        .field("leads", { $0.leads }, { $0.leads = $1 }),
        .field("deadline", { $0.deadline }, { $0.deadline = $1 }),
        .field("measure", { $0.measure }, { $0.measure = $1 }),
        .field("progress", { $0.progress }, { $0.progress = $1 }),
        .field("rag", { $0.rag }, { $0.rag = $1 }),
        // Setting a status on the board clears the plan's own words for it; reading one must not,
        // whichever of the two keys the file gives first.
        .field("status", { $0.status }, { action, status in
            let words = action.statusText
            action.status = status
            action.statusText = words
        }),
        .field("statusText", { $0.statusText }, { $0.statusText = $1 }),
        .field("notes", { $0.notes }, { $0.notes = $1 }),
        .field("history", { $0.history }, { $0.history = $1 }),
        .field("removal", { $0.removal }, { $0.removal = $1 }),
        .field("milestones", { $0.milestones.isEmpty ? nil : $0.milestones }, { $0.milestones = $1 }),
    ])
    static let blank = Action(id: .init(""), ref: "", text: "")
}

extension Lead: FileObject {
    static let fileFields = FileFields<Lead>([
        .field("initials", required: true, { $0.initials }, { $0.initials = $1 }),
        .field("name", { $0.name }, { $0.name = $1 }),
        .field("organisation", { $0.organisation }, { $0.organisation = $1 }),
    ])
    static let blank = Lead(initials: "", name: "")
}

extension Meeting: FileObject {
    static let fileFields = FileFields<Meeting>([
        .field("id", required: true, { $0.id }, { $0.id = $1 }),
        .field("title", { $0.title }, { $0.title = $1 }),
        .field("date", required: true, { $0.date }, { $0.date = $1 }),
        .field("attendees", { $0.attendees }, { $0.attendees = $1 }),
        .field("apologies", { $0.apologies }, { $0.apologies = $1 }),
        .field("startedAt", required: true, { $0.startedAt }, { $0.startedAt = $1 }),
        .field("endedAt", { $0.endedAt }, { $0.endedAt = $1 }),
        .field("discussed", { $0.discussed }, { $0.discussed = $1 }),
        // Added for the minutes; left out of the file while empty so older files read and write alike.
        .field("venue", { $0.venue.isEmpty ? nil : $0.venue }, { $0.venue = $1 }),
        .field("nextMeeting", { $0.nextMeeting.isEmpty ? nil : $0.nextMeeting }, { $0.nextMeeting = $1 }),
        .field("inAttendance", { $0.inAttendance.isEmpty ? nil : $0.inAttendance }, { $0.inAttendance = $1 }),
        .field("declarations", { $0.declarations.isEmpty ? nil : $0.declarations }, { $0.declarations = $1 }),
    ])
    static let blank = Meeting(id: .init(""), title: "", date: Day(daysSince1970: 0), startedAt: Timestamp(secondsSince1970: 0))
}

extension Note: FileObject {
    static let fileFields = FileFields<Note>([
        .field("at", required: true, { $0.at }, { $0.at = $1 }),
        .field("text", required: true, { $0.text }, { $0.text = $1 }),
        .field("meeting", { $0.meeting }, { $0.meeting = $1 }),
        .field("kind", { $0.kind }, { $0.kind = $1 }),
        .field("owner", { $0.owner }, { $0.owner = $1 }),
        .field("due", { $0.due }, { $0.due = $1 }),
        // The action log: an action point closed (and where), or carried forward while open.
        .field("closedAt", { $0.closedAt }, { $0.closedAt = $1 }),
        .field("closedIn", { $0.closedIn }, { $0.closedIn = $1 }),
        .field("carriedForwardIn", { $0.carriedForwardIn.isEmpty ? nil : $0.carriedForwardIn }, { $0.carriedForwardIn = $1 }),
        .field("who", { $0.who }, { $0.who = $1 }),
    ])
    static let blank = Note(at: Timestamp(secondsSince1970: 0), text: "")
}

extension Change: FileObject {
    static let fileFields = FileFields<Change>([
        .field("at", required: true, { $0.at }, { $0.at = $1 }),
        .field("field", required: true, { $0.field }, { $0.field = $1 }),
        .field("from", required: true, { $0.from }, { $0.from = $1 }),
        .field("to", required: true, { $0.to }, { $0.to = $1 }),
        .field("reason", { $0.reason }, { $0.reason = $1 }),
        .field("meeting", { $0.meeting }, { $0.meeting = $1 }),
        .field("who", { $0.who }, { $0.who = $1 }),
    ])
    static let blank = Change(at: Timestamp(secondsSince1970: 0), field: .created, from: "", to: "")
}

extension Removal: FileObject {
    static let fileFields = FileFields<Removal>([
        .field("at", required: true, { $0.at }, { $0.at = $1 }),
        .field("reason", required: true, { $0.reason }, { $0.reason = $1 }),
    ])
    static let blank = Removal(at: Timestamp(secondsSince1970: 0), reason: "")
}

extension Indicator: FileObject {
    static let fileFields = FileFields<Indicator>([
        .field("id", required: true, { $0.id }, { $0.id = $1 }),
        .field("ref", { $0.ref }, { $0.ref = $1 }),
        .field("name", required: true, { $0.name }, { $0.name = $1 }),
        .field("unit", { $0.unit }, { $0.unit = $1 }),
        .field("better", { $0.better }, { $0.better = $1 }),
        .field("frequency", { $0.frequency }, { $0.frequency = $1 }),
        .field("source", { $0.source }, { $0.source = $1 }),
        .field("owner", { $0.owner }, { $0.owner = $1 }),
        .field("outcomes", { $0.outcomes }, { $0.outcomes = $1 }),
        .field("baseline", { $0.baseline }, { $0.baseline = $1 }),
        .field("tolerancePercent", { $0.tolerancePercent }, { $0.tolerancePercent = $1 }),
        .field("periods", { $0.periods }, { $0.periods = $1 }),
        .field("statusOverride", { $0.statusOverride }, { $0.statusOverride = $1 }),
        .field("history", { $0.history }, { $0.history = $1 }),
    ])
    static let blank = Indicator(id: .init(""), name: "")
}

extension IndicatorBaseline: FileObject {
    static let fileFields = FileFields<IndicatorBaseline>([
        .field("period", required: true, { $0.period }, { $0.period = $1 }),
        .field("value", required: true, { $0.value }, { $0.value = $1 }),
    ])
    static let blank = IndicatorBaseline(period: "", value: 0)
}

extension IndicatorPeriod: FileObject {
    static let fileFields = FileFields<IndicatorPeriod>([
        .field("period", required: true, { $0.period }, { $0.period = $1 }),
        .field("target", { $0.target }, { $0.target = $1 }),
        .field("stretch", { $0.stretch }, { $0.stretch = $1 }),
        .field("actual", { $0.actual }, { $0.actual = $1 }),
        .field("notAvailable", { $0.notAvailable ? true : nil }, { $0.notAvailable = $1 }),
        .field("note", { $0.note.isEmpty ? nil : $0.note }, { $0.note = $1 }),
        .field("enteredAt", { $0.enteredAt }, { $0.enteredAt = $1 }),
        .field("meeting", { $0.meeting }, { $0.meeting = $1 }),
        .field("who", { $0.who }, { $0.who = $1 }),
    ])
    static let blank = IndicatorPeriod(period: "")
}

extension IndicatorStatusOverride: FileObject {
    static let fileFields = FileFields<IndicatorStatusOverride>([
        .field("status", required: true, { $0.status }, { $0.status = $1 }),
        .field("reason", required: true, { $0.reason }, { $0.reason = $1 }),
        .field("at", required: true, { $0.at }, { $0.at = $1 }),
        .field("meeting", { $0.meeting }, { $0.meeting = $1 }),
        .field("who", { $0.who }, { $0.who = $1 }),
        // The period it was given for; files from before it was kept read as the latest recorded by `at`.
        .field("period", { $0.period }, { $0.period = $1 }),
    ])
    static let blank = IndicatorStatusOverride(status: .noData, reason: "", at: Timestamp(secondsSince1970: 0))
}

extension Risk: FileObject {
    static let fileFields = FileFields<Risk>([
        .field("id", required: true, { $0.id }, { $0.id = $1 }),
        .field("ref", { $0.ref }, { $0.ref = $1 }),
        .field("title", required: true, { $0.title }, { $0.title = $1 }),
        .field("description", { $0.description }, { $0.description = $1 }),
        .field("category", { $0.category }, { $0.category = $1 }),
        .field("owner", { $0.owner }, { $0.owner = $1 }),
        .field("inherent", { $0.inherent }, { $0.inherent = $1 }),
        .field("residual", { $0.residual }, { $0.residual = $1 }),
        .field("planned", { $0.planned }, { $0.planned = $1 }),
        .field("mitigation", { $0.mitigation }, { $0.mitigation = $1 }),
        .field("actions", { $0.actions }, { $0.actions = $1 }),
        .field("recommendation", { $0.recommendation }, { $0.recommendation = $1 }),
        .field("reviewDate", { $0.reviewDate }, { $0.reviewDate = $1 }),
        .field("history", { $0.history }, { $0.history = $1 }),
    ])
    static let blank = Risk(id: .init(""), title: "")
}

extension RiskLevel: FileObject {
    /// Likelihood and impact must each be 1 to 5: a 7 is refused at its place in the file.
    static let fileFields = FileFields<RiskLevel>([
        FileField("likelihood", required: true,
                  read: { reader, level throws(FileProblem) in
                      level.likelihood = try reader.wholeNumber(in: RiskLevel.scale, what: "a likelihood")
                  },
                  write: { level, writer in
                      writer.member(PlanJSONWriter.key("likelihood"))
                      level.likelihood.write(to: &writer)
                  }),
        FileField("impact", required: true,
                  read: { reader, level throws(FileProblem) in
                      level.impact = try reader.wholeNumber(in: RiskLevel.scale, what: "an impact")
                  },
                  write: { level, writer in
                      writer.member(PlanJSONWriter.key("impact"))
                      level.impact.write(to: &writer)
                  }),
    ])
    static let blank = RiskLevel(likelihood: 1, impact: 1)
}

extension RiskBand: FileObject {
    static let fileFields = FileFields<RiskBand>([
        .field("name", required: true, { $0.name }, { $0.name = $1 }),
        .field("from", required: true, { $0.from }, { $0.from = $1 }),
        .field("severity", required: true, { $0.severity }, { $0.severity = $1 }),
    ])
    static let blank = RiskBand(name: "", from: 1, severity: .low)
}

extension Milestone: FileObject {
    static let fileFields = FileFields<Milestone>([
        .field("id", required: true, { $0.id }, { $0.id = $1 }),
        .field("text", required: true, { $0.text }, { $0.text = $1 }),
        .field("due", { $0.due.isEmpty ? nil : $0.due }, { $0.due = $1 }),
        .field("doneAt", { $0.doneAt }, { $0.doneAt = $1 }),
        .field("doneIn", { $0.doneIn }, { $0.doneIn = $1 }),
        .field("doneBy", { $0.doneBy }, { $0.doneBy = $1 }),
    ])
    static let blank = Milestone(id: .init(""), text: "")
}

extension IndicatorUnit: FileWord { static let wordKind = "a unit" }
extension IndicatorDirection: FileWord { static let wordKind = "a direction (which way is better)" }
extension IndicatorFrequency: FileWord { static let wordKind = "a frequency" }
extension IndicatorStatus: FileWord { static let wordKind = "an indicator status" }
extension RiskSeverity: FileWord { static let wordKind = "a risk severity" }
extension RAG: FileWord { static let wordKind = "a RAG rating" }
extension Status: FileWord { static let wordKind = "a status" }
extension Change.Field: FileWord { static let wordKind = "a kind of change" }
extension Note.Kind: FileWord { static let wordKind = "a kind of note" }
extension MergeConflict.Subject: FileWord { static let wordKind = "what a conflict is about" }
