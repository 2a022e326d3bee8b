@testable import PlanBoardCore

/// A small plan with every kind of thing a report must handle: pipes, markup, line breaks,
/// overdue and due-soon deadlines, a removed action, an empty outcome and history.
enum ReportFixtures {
    static let today = Day(year: 2026, month: 11, day: 23)!

    static var plan: Plan {
        let oct5 = Timestamp(day: Day(year: 2026, month: 10, day: 5)!, hour: 14, minute: 2)
        let sep1 = Timestamp(day: Day(year: 2026, month: 9, day: 1)!)
        return Plan(
            title: "Northshire Carers <Delivery> Plan", period: "2025–2028", owner: "Northshire Carers Partnership",
            outcomes: [
                Outcome(id: Outcome.ID("o1"), number: "1", title: "Carers are identified & heard", description: "Carers know their rights.",
                        actions: [
                            Action(id: Action.ID("a1"), ref: "1.1", text: "Train staff | GPs in carer awareness", area: "1.1 Identify carers",
                                   leads: ["CC", "NHS"], deadline: "March 2026", measure: "80% trained",
                                   progress: "Six practices done\nTwo booked", rag: .amber, status: .inProgress,
                                   history: [Change(at: oct5, field: .rag, from: "Red", to: "Amber", reason: "Training restarted"),
                                             Change(at: sep1, field: .progress, from: "", to: "Started")]),
                            Action(id: Action.ID("a2"), ref: "1.5 P", text: "Carers week <script>alert(1)</script>", area: "1.1 Identify carers",
                                   leads: ["CC / SW"], deadline: "December 2026", rag: .green, status: .ongoing),
                            Action(id: Action.ID("a3"), ref: "1.6", text: "Old idea", deadline: "June 2025", rag: .red,
                                   removal: Removal(at: oct5, reason: "Now in the young carers work stream")),
                        ]),
                Outcome(id: Outcome.ID("o2"), number: "2", title: "Carers have a life alongside caring",
                        actions: [
                            Action(id: Action.ID("a4"), ref: "2.1", text: "Short breaks fund", leads: ["SW"], deadline: "On-going",
                                   rag: .unrated, status: .notStarted),
                            Action(id: Action.ID("a5"), ref: "2.2", text: "Respite review", leads: ["SW"], deadline: "Autumn 2025",
                                   measure: "Report to the IJB", rag: .red, status: .delayed),
                        ]),
                Outcome(id: Outcome.ID("o3"), number: "3", title: "Young carers are supported"),
            ])
    }
}
