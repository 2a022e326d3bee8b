@testable import PlanBoardCore

/// Small plans and fixed times for tests: nothing here reads the clock or the disk.
enum Fixtures {
    static let today = Day(year: 2026, month: 11, day: 23)!
    static let now = Timestamp(day: today, hour: 14, minute: 2)

    static func action(_ id: String, _ ref: String, _ text: String, rag: RAG = .unrated, status: Status = .notStarted,
                       leads: [String] = ["CC"], deadline: String = "March 2027") -> Action {
        Action(id: .init(id), ref: ref, text: text, leads: leads, deadline: deadline, rag: rag, status: status)
    }

    /// Three outcomes: four actions, two actions, none.
    static func plan() -> Plan {
        Plan(
            title: "Test Carers Plan", period: "2025–2028", owner: "Test Partnership",
            outcomes: [
                Outcome(id: "o1", number: "1", title: "Identified and heard", actions: [
                    action("a1", "1.1", "Carer identification in every GP practice with a named carers lead", rag: .amber, status: .inProgress, leads: ["GP", "CC"], deadline: "March 2026"),
                    action("a2", "1.2", "Carers' voice group meets quarterly", rag: .green, status: .ongoing, deadline: "On-going"),
                    action("a3", "1.3", "Young carers statements offered in all secondary schools", rag: .red, leads: ["ED"], deadline: "Autumn 2025"),
                    action("a4", "1.4", "Hospital discharge: carers asked and recorded", deadline: "2025/26"),
                ]),
                Outcome(id: "o2", number: "2", title: "Information and advice", actions: [
                    action("a5", "2.1", "Single front door for carers' advice", rag: .green, status: .complete),
                    action("a6", "2.2", "Refresh the carers' guide with carers", rag: .amber),
                ]),
                Outcome(id: "o3", number: "3", title: "Health and wellbeing"),
            ],
            leads: [Lead(initials: "CC", name: "Carers Centre"), Lead(initials: "GP", name: "GP Federation", organisation: "NHS")])
    }

    static func state(_ plan: Plan = plan(), size: Size = Size(width: 120, height: 36)) -> BoardState {
        BoardState(plan: plan, fileName: "plan.json", size: size, today: today)
    }
}

extension Identifier: ExpressibleByStringLiteral, ExpressibleByUnicodeScalarLiteral, ExpressibleByExtendedGraphemeClusterLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}
