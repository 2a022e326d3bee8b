import Testing
@testable import PlanBoardCore

/// One row of the deadline table: what a plan wrote, the due date it should give, and its kind.
struct DeadlineCase: Sendable, CustomTestStringConvertible {
    let text: String
    let due: String?
    let kind: Deadline.Kind

    init(_ text: String, _ due: String?, _ kind: Deadline.Kind) {
        self.text = text
        self.due = due
        self.kind = kind
    }

    var testDescription: String { "\"\(text)\" → \(due ?? "no date") (\(kind))" }
}

@Suite struct DeadlineParserTests {
    static let cases: [DeadlineCase] = [
        // Months: the last day of the month named.
        DeadlineCase("March 2023", "2023-03-31", .month),
        DeadlineCase("Mar 2023", "2023-03-31", .month),
        DeadlineCase("march 23", "2023-03-31", .month),
        DeadlineCase("Mar-23", "2023-03-31", .month),
        DeadlineCase("Sept 2025", "2025-09-30", .month),
        DeadlineCase("February 2028", "2028-02-29", .month),
        DeadlineCase("by December 2008", "2008-12-31", .month),
        DeadlineCase("By end of March 2026.", "2026-03-31", .month),
        DeadlineCase("end June 2026", "2026-06-30", .month),
        DeadlineCase("before May 2027", "2027-05-31", .month),
        DeadlineCase("  JUNE 2023  ", "2023-06-30", .month),
        DeadlineCase("10/2023", "2023-10-31", .month),
        DeadlineCase("March 2023 and ongoing", "2023-03-31", .month),
        DeadlineCase("March 2023 onwards", nil, .ongoing),
        // Ranges: the end of the later one.
        DeadlineCase("March–June 2023", "2023-06-30", .month),
        DeadlineCase("March-June 2023", "2023-06-30", .month),
        DeadlineCase("March to June 2023", "2023-06-30", .month),
        DeadlineCase("November 2025 – February 2026", "2026-02-28", .month),
        DeadlineCase("Spring/Summer 2023", "2023-08-31", .season),
        // Seasons (UK meteorological; winter runs into the next year).
        DeadlineCase("Autumn 2022", "2022-11-30", .season),
        DeadlineCase("Spring 2026", "2026-05-31", .season),
        DeadlineCase("summer 2024", "2024-08-31", .season),
        DeadlineCase("Winter 2022", "2023-02-28", .season),
        DeadlineCase("Winter 2023", "2024-02-29", .season),
        DeadlineCase("by end of Autumn 2025", "2025-11-30", .season),
        // Financial years end 31 March of the later year.
        DeadlineCase("2019/20", "2020-03-31", .financialYear),
        DeadlineCase("2019-20", "2020-03-31", .financialYear),
        DeadlineCase("2020/2021", "2021-03-31", .financialYear),
        DeadlineCase("2026/27", "2027-03-31", .financialYear),
        DeadlineCase("end of 2099/00", "2100-03-31", .financialYear),
        DeadlineCase("2022/25", nil, .unknown),
        // Quarters: financial when written against a financial year, else calendar.
        DeadlineCase("Q3 2022/23", "2022-12-31", .quarter),
        DeadlineCase("Q4 2025/26", "2026-03-31", .quarter),
        DeadlineCase("Q1 2026/27", "2026-06-30", .quarter),
        DeadlineCase("Q2 FY 2026/27", "2026-09-30", .quarter),
        DeadlineCase("q4 25/26", "2026-03-31", .quarter),
        DeadlineCase("Q1 2023", "2023-03-31", .quarter),
        DeadlineCase("Q3 2026", "2026-09-30", .quarter),
        DeadlineCase("Q5 2026", nil, .unknown),
        // Days, UK order.
        DeadlineCase("05/10/15", "2015-10-05", .date),
        DeadlineCase("5/10/2015", "2015-10-05", .date),
        DeadlineCase("05.10.2015", "2015-10-05", .date),
        DeadlineCase("31/01/2026", "2026-01-31", .date),
        DeadlineCase("2026-03-31", "2026-03-31", .date),
        DeadlineCase("31 March 2026", "2026-03-31", .date),
        DeadlineCase("31st March 2026", "2026-03-31", .date),
        DeadlineCase("1st of Dec 2026", "2026-12-01", .date),
        DeadlineCase("March 31 2026", "2026-03-31", .date),
        DeadlineCase("w/c 5 October 2026", "2026-10-05", .date),
        DeadlineCase("31/02/2026", nil, .unknown),
        DeadlineCase("2026-02-30", nil, .unknown),
        // Years.
        DeadlineCase("2023", "2023-12-31", .year),
        DeadlineCase("By 2027", "2027-12-31", .year),
        // No due date.
        DeadlineCase("On-going", nil, .ongoing),
        DeadlineCase("Ongoing", nil, .ongoing),
        DeadlineCase("on going", nil, .ongoing),
        DeadlineCase("On–going", nil, .ongoing),
        DeadlineCase("Continuous", nil, .ongoing),
        DeadlineCase("Complete", nil, .complete),
        DeadlineCase("Completed", nil, .complete),
        DeadlineCase("TBC", nil, .unscheduled),
        DeadlineCase("tba", nil, .unscheduled),
        DeadlineCase("Date TBC", nil, .unscheduled),
        DeadlineCase("To be confirmed", nil, .unscheduled),
        DeadlineCase("In development", nil, .unscheduled),
        DeadlineCase("Development work", nil, .unscheduled),
        DeadlineCase("", nil, .unscheduled),
        DeadlineCase("   ", nil, .unscheduled),
        DeadlineCase("–", nil, .unscheduled),
        DeadlineCase("When funding allows", nil, .unknown),
        DeadlineCase("from March 2023", nil, .unknown),
        DeadlineCase("Phase 2", nil, .unknown),
        DeadlineCase("1000 carers", nil, .unknown),
        // Every distinct "Timescale/Status" in the Dundee plan (a real carers plan, Caring for Dundee 2).
        DeadlineCase("Autumn 2022", "2022-11-30", .season),
        DeadlineCase("June 2023", "2023-06-30", .month),
        DeadlineCase("Development activity", nil, .unscheduled),
        DeadlineCase("Development Activity", nil, .unscheduled),
        DeadlineCase("Development/improvement activity", nil, .unscheduled),
        DeadlineCase("Development work/ Scottish Government funding 2022", nil, .unscheduled),
        DeadlineCase("Ongoing Development and improvement", nil, .ongoing),
        DeadlineCase("Ongoing activity", nil, .ongoing),
        DeadlineCase("Ongoing/development work", nil, .ongoing),
        DeadlineCase("Ongoing/development activity", nil, .ongoing),
    ]

    @Test(arguments: cases)
    func readsDeadlinesAsPeopleWriteThem(_ row: DeadlineCase) {
        let deadline = DeadlineParser.parse(row.text)
        #expect(deadline.due?.isoText == row.due)
        #expect(deadline.kind == row.kind)
    }

    @Test func keepsTheTextExactlyAsWritten() {
        for text in ["  by End of March 2023. ", "On–going", "Q3 2022/23", "Spring/Summer 2023", ""] {
            #expect(DeadlineParser.parse(text).text == text)
        }
    }

    @Test func tableCoversEveryKind() {
        let kinds = Set(Self.cases.map(\.kind))
        #expect(kinds == Set(Deadline.Kind.allCases))
        #expect(Self.cases.count >= 40)
    }

    @Test func parsesTenThousandDeadlinesQuickly() {
        let texts = Self.cases.map(\.text)
        let clock = ContinuousClock()
        var dated = 0
        let elapsed = clock.measure {
            for i in 0..<10_000 where DeadlineParser.parse(texts[i % texts.count]).due != nil { dated += 1 }
        }
        #expect(dated > 0)
        // Generous even for a debug build on a shared machine; a regex-per-call parser would not pass.
        #expect(elapsed < .seconds(1))
    }
}

@Suite struct UrgencyTests {
    let today = Day(year: 2026, month: 11, day: 23)!

    func action(_ deadline: String, status: Status = .inProgress, removed: Bool = false) -> Action {
        Action(id: Action.ID("a1"), ref: "1.1", text: "Test", deadline: deadline, status: status,
               removal: removed ? Removal(at: Timestamp(day: today), reason: "Agreed to remove") : nil)
    }

    @Test func pastDueAndNotCompleteIsOverdue() {
        #expect(action("March 2026").urgency(today: today) == .overdue)
        #expect(action("22/11/2026").urgency(today: today) == .overdue)
        #expect(action("Q2 2026/27", status: .delayed).urgency(today: today) == .overdue)
    }

    @Test func completeOrRemovedActionsAreNeverUrgent() {
        #expect(action("March 2026", status: .complete).urgency(today: today) == .none)
        #expect(action("March 2026", removed: true).urgency(today: today) == .none)
        #expect(action("December 2026", status: .complete).urgency(today: today) == .none)
    }

    @Test func dueWithinTheWindowIsDueSoon() {
        #expect(action("23/11/2026").urgency(today: today) == .dueSoon)
        #expect(action("December 2026").urgency(today: today) == .dueSoon)
        #expect(action("2027-01-04").urgency(today: today) == .dueSoon)  // today + 42
        #expect(action("2027-01-05").urgency(today: today) == .none)     // today + 43
        #expect(action("2027-01-05").urgency(today: today, soonDays: 60) == .dueSoon)
    }

    @Test func deadlinesWithoutADateAreNeverUrgent() {
        for text in ["On-going", "TBC", "In development", "", "when funding allows", "2028/29"] {
            #expect(action(text).urgency(today: today) == .none)
        }
    }
}
