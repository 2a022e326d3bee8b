/// The built-in example plan a newcomer sees on first run: a fictional carers partnership's
/// delivery plan, as of 23 November 2026.
///
/// Strathmerrin, its council, NHS board, localities and people are invented; nothing is copied
/// from a real plan. It is written to look and read like a real one: four outcomes, 26 actions
/// with leads from a key of initials, deadlines as people write them (some past, some close),
/// a mix of RAG ratings and statuses, dated progress, and a few decisions from the last meeting
/// in the history. Beside it, a small performance framework (`ExamplePlan+Framework.swift`).
public enum ExamplePlan {
    /// Builds the example plan; the same value every call.
    public static func make() -> Plan {
        var plan = Plan(
            title: "Strathmerrin Carers Delivery Plan",
            period: "2025–2028",
            owner: "Strathmerrin Carers Partnership",
            outcomes: [identifiedAndHeard, supportedInCaring, lifeAlongsideCaring, youngCarers],
            leads: key,
            meetings: [octoberMeeting]
        )
        plan.indicators = indicators
        plan.risks = risks
        return withWorkstreamMilestones(withMilestones(plan))
    }

    /// The key of initials used in the leads column.
    static let key: [Lead] = [
        Lead(initials: "SCC", name: "Strathmerrin Carers Centre"),
        Lead(initials: "HSCP", name: "Strathmerrin Health and Social Care Partnership"),
        Lead(initials: "SMC", name: "Strathmerrin Council"),
        Lead(initials: "NHS", name: "NHS Merrin Valley"),
        Lead(initials: "GP", name: "GP practices (Strathmerrin cluster)", organisation: "NHS Merrin Valley"),
        Lead(initials: "YCS", name: "Young Carers Service", organisation: "Strathmerrin Carers Centre"),
        Lead(initials: "MAT", name: "Money Advice Team", organisation: "Strathmerrin Council"),
        Lead(initials: "SDS", name: "Self-directed Support Team", organisation: "Strathmerrin HSCP"),
        Lead(initials: "SVA", name: "Strathmerrin Voluntary Action"),
        Lead(initials: "RM", name: "Rachel Munro, Carers Lead Officer", organisation: "Strathmerrin HSCP"),
    ]

    /// The partnership's last review meeting; the decisions it took are in the actions' history.
    static let octoberMeeting = Meeting(
        id: lastMeeting,
        title: "Carers Partnership — 2 October 2026",
        date: Day(year: 2026, month: 10, day: 2)!,
        attendees: [
            "Ailsa Grant (chair)", "Rachel Munro", "Dr Sam Okafor", "Morag Finlay", "Tom Reid",
            "Priya Nair", "Carers Voice panel (two members)",
        ],
        apologies: ["Young Carers Service", "Money Advice Team"],
        startedAt: at(2026, 10, 2, 14, 0),
        endedAt: at(2026, 10, 2, 16, 5)
    )

    static let lastMeeting = Meeting.ID("m1")

    /// A moment in UTC: `at(2026, 10, 2, 14, 20)`.
    static func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Timestamp {
        Timestamp(day: Day(year: year, month: month, day: day)!, hour: hour, minute: minute)
    }

    /// One action, with its id made from its number in plan order (`a7`).
    static func action(
        _ number: Int, _ ref: String, _ text: String, leads: [String], deadline: String,
        measure: String, progress: String, rag: RAG, status: Status,
        notes: [Note] = [], history: [Change] = []
    ) -> Action {
        Action(id: Action.ID("a\(number)"), ref: ref, text: text, leads: leads, deadline: deadline,
               measure: measure, progress: progress, rag: rag, status: status, notes: notes, history: history)
    }
}
