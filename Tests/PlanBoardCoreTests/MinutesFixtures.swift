@testable import PlanBoardCore

/// A plan as a scripted meeting leaves it: meeting m2 on 23 November 2026 walked four actions
/// out of plan order (2.1, 1.1, 1.3, 1.2), changed two RAGs with reasons, moved a deadline,
/// rewrote a progress paragraph, recorded a decision, a note and an action point, removed 1.3,
/// added 2.4 and changed 2.3 without marking it discussed. An older meeting m1 left changes and
/// notes that m2's minutes must not show, and raised an action point on 2.2 that m2 closed (the
/// action log across two meetings); 3.1 was removed before either meeting. m2 changed 2.3's
/// status twice, which its minutes give as one change.
enum MinutesFixtures {
    static let today = Day(year: 2026, month: 11, day: 24)!
    static let meetingDay = Day(year: 2026, month: 11, day: 23)!
    static let m1 = Meeting.ID("m1"), m2 = Meeting.ID("m2")

    static func at(_ hour: Int, _ minute: Int, on day: Day = meetingDay) -> Timestamp {
        Timestamp(day: day, hour: hour, minute: minute)
    }

    static let september = Day(year: 2026, month: 9, day: 14)!

    static var meetings: [Meeting] {
        var second = Meeting(id: m2, title: "Carers Partnership — 23 November 2026", date: meetingDay,
                             attendees: ["Jo Baird", "Sam Patel", "Carers Centre <CC>"], apologies: ["Dr Ann Lee"],
                             startedAt: at(14, 0), endedAt: at(15, 45),
                             discussed: ["a5", "a1", "a3", "a2"].map { Action.ID($0) })
        second.venue = "Committee Room 2, Civic Centre"
        second.nextMeeting = "18 January 2027"
        return [
            Meeting(id: m1, title: "Carers Partnership — 14 September 2026", date: september,
                    attendees: ["Jo Baird (chair)"], startedAt: at(14, 0, on: september), endedAt: at(15, 30, on: september),
                    discussed: [Action.ID("a6")]),
            second,
        ]
    }

    /// Raised in m1 against 2.2, marked done in m2.
    static var closedPoint: Note {
        var note = Note(at: at(14, 25, on: september), text: "Circulate the respite review report", meeting: m1,
                        kind: .actionPoint, owner: "SW", due: "November 2026")
        note.closedAt = at(14, 2)
        note.closedIn = m2
        return note
    }

    static var plan: Plan {
        Plan(title: "Northshire Carers Delivery Plan", period: "2025–2028", owner: "Northshire Carers Partnership",
             outcomes: [
                Outcome(id: Outcome.ID("o1"), number: "1", title: "Carers are identified & heard", actions: [
                    Action(id: Action.ID("a1"), ref: "1.1", text: "Train GP staff in carer awareness", leads: ["CC", "NHS"],
                           deadline: "March 2026", rag: .green, status: .ongoing,
                           notes: [Note(at: at(14, 12), text: "The board agreed the action can be marked as green, but ongoing",
                                        meeting: m2, kind: .decision)],
                           history: [
                            Change(at: at(14, 40, on: september), field: .rag, from: "Red", to: "Amber",
                                   reason: "September: training plan agreed", meeting: m1),
                            Change(at: at(14, 10), field: .rag, from: "Amber", to: "Green",
                                   reason: "Six of eight practices trained", meeting: m2),
                           ]),
                    Action(id: Action.ID("a2"), ref: "1.2", text: "Carers week <stalls> & events | all localities",
                           leads: ["CC"], deadline: "June 2027", rag: .green, status: .inProgress,
                           notes: [Note(at: at(15, 20), text: "Update required 27/10", meeting: m2)],
                           history: [Change(at: at(15, 18), field: .deadline, from: "December 2026", to: "June 2027",
                                            reason: "Venue booked for June", meeting: m2)]),
                    Action(id: Action.ID("a3"), ref: "1.3", text: "Reprint the carers leaflet", leads: ["SW"],
                           deadline: "2025/26", rag: .red, status: .delayed,
                           history: [Change(at: at(14, 30), field: .removed, from: "",
                                            to: "Now part of the young carers work stream", meeting: m2)],
                           removal: Removal(at: at(14, 30), reason: "Now part of the young carers work stream")),
                    Action(id: Action.ID("a4"), ref: "1.4", text: "Carers register in every practice", leads: ["NHS"],
                           deadline: "March 2027", rag: .red, status: .inProgress),
                ]),
                Outcome(id: Outcome.ID("o2"), number: "2", title: "Carers have a life alongside caring", actions: [
                    Action(id: Action.ID("a5"), ref: "2.1", text: "Short breaks fund", leads: ["SW"], deadline: "On-going",
                           progress: "New provider appointed in October.\nFirst breaks in January.", rag: .amber,
                           status: .inProgress,
                           notes: [Note(at: at(14, 6), text: "Bring the detailed plan to the next meeting", meeting: m2,
                                        kind: .actionPoint, owner: "JB", due: "January 2027")],
                           history: [
                            Change(at: at(14, 3), field: .rag, from: "Red", to: "Amber",
                                   reason: "New provider appointed", meeting: m2),
                            Change(at: at(14, 5), field: .progress,
                                   from: "The old provider withdrew in the summer and no breaks were offered.",
                                   to: "New provider appointed in October.\nFirst breaks in January.", meeting: m2),
                           ]),
                    Action(id: Action.ID("a6"), ref: "2.2", text: "Respite review", leads: ["SW"], deadline: "Autumn 2025",
                           rag: .amber, status: .delayed,
                           notes: [Note(at: at(14, 20, on: september), text: "September: report awaited", meeting: m1),
                                   closedPoint]),
                    Action(id: Action.ID("a7"), ref: "2.3", text: "Carer-friendly employers scheme", leads: ["CC"],
                           deadline: "December 2026", rag: .green, status: .ongoing,
                           history: [Change(at: at(15, 28), field: .status, from: "In progress", to: "Delayed", meeting: m2),
                                     Change(at: at(15, 30), field: .status, from: "Delayed", to: "On-going", meeting: m2)]),
                    Action(id: Action.ID("a8"), ref: "2.4", text: "Agree a young carers statement with schools", leads: ["SW"],
                           deadline: "March 2027",
                           history: [Change(at: at(15, 35), field: .created, from: "",
                                            to: "Outcome 2: Carers have a life alongside caring", meeting: m2)]),
                ]),
                Outcome(id: Outcome.ID("o3"), number: "3", title: "Young carers are supported", actions: [
                    Action(id: Action.ID("a9"), ref: "3.1", text: "Young carers card", leads: ["SW"], rag: .green,
                           removal: Removal(at: at(10, 0, on: Day(year: 2026, month: 6, day: 1)!), reason: "Done")),
                ]),
             ],
             meetings: meetings)
    }
}
