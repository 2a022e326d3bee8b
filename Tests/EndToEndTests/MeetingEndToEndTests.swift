import Foundation
import Testing

/// A short meeting on the real binary in tmux: start, walk four actions, change two ratings with
/// reasons, add a note, remove an action, end; then the file and the minutes made from it.
@Suite(.serialized) struct MeetingEndToEndTests {
    @Test func aShortMeetingIsKeptInTheFileAndItsMinutesAreWritten() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")

        try tmux.send("M")
        try tmux.waitFor("Start a meeting: title")
        try tmux.send("Enter")
        try tmux.waitFor("Attendees")
        try tmux.send("Ann Lee, Raj Patel", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("Apologies")
        try tmux.send("Enter")
        try tmux.waitFor("In attendance")
        try tmux.send("Kim Ray (clerk)", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("Declarations of interest")
        try tmux.send("Enter")
        try tmux.waitFor("Venue, for the minutes")
        try tmux.send("Committee Room 2", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("Date of the next meeting")
        try tmux.send("Enter")
        try tmux.waitFor("● Meeting: Strathmerrin Carers Partnership")

        // 1.1: discussed, Amber → Green with a reason.
        try tmux.send("m")
        try tmux.waitFor("1.1 marked discussed (1 of")
        try tmux.send("g")
        try tmux.waitFor("1.1 RAG Amber → Green · y: why?")
        try tmux.send("y")
        try tmux.waitFor("Why 1.1 RAG Amber → Green?")
        try tmux.send("Six of eight practices trained", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("Reason noted for 1.1")

        // 1.2: Red → Amber with a reason.
        try tmux.send("w")
        try tmux.waitFor("1.2:")
        try tmux.send("m")
        try tmux.waitFor("1.2 marked discussed (2 of")
        try tmux.send("a", "y")
        try tmux.waitFor("Why 1.2 RAG Red → Amber?")
        try tmux.send("New provider appointed", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("Reason noted for 1.2")

        // 1.3: a note.
        try tmux.send("w")
        try tmux.waitFor("1.3:")
        try tmux.send("m")
        try tmux.waitFor("1.3 marked discussed (3 of")
        try tmux.send("C")
        try tmux.waitFor("Note on 1.3:")
        try tmux.send("Venues booked for June", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("Note recorded on 1.3")

        // 1.4: removed with a reason.
        try tmux.send("w")
        try tmux.waitFor("1.4:")
        try tmux.send("m")
        try tmux.waitFor("1.4 marked discussed (4 of")
        try tmux.send("d")
        try tmux.waitFor("Removed 1.4 · y: why?")
        try tmux.send("y")
        try tmux.waitFor("Why was 1.4 removed?")
        try tmux.send("Merged into 1.3", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("Reason noted for the removal of 1.4")

        try tmux.send("M")
        try tmux.waitFor("End the meeting?")
        try tmux.send("y")
        try tmux.waitFor("Meeting ended: 4 of")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        let json = try tmux.json()
        let meetings = try #require(json["meetings"] as? [[String: Any]])
        let meeting = try #require(meetings.last)
        let id = try #require(meeting["id"] as? String)
        #expect(id == "m\(meetings.count)", "the example plan's own meetings come first")
        #expect(meeting["title"] as? String == "Strathmerrin Carers Partnership — \(Self.todayText())")
        #expect(meeting["attendees"] as? [String] == ["Ann Lee", "Raj Patel"])
        #expect(meeting["endedAt"] != nil)
        let first = actions(in: json, outcome: 0)
        let ids = first.prefix(4).compactMap { $0["id"] as? String }
        #expect(meeting["discussed"] as? [String] == ids, "discussed in the order taken")

        func tagged(_ action: [String: Any]) -> [String?] {
            (action["history"] as? [[String: Any]] ?? []).filter { ($0["meeting"] as? String) == id }.map { $0["field"] as? String }
        }
        #expect(tagged(first[0]) == ["rag"])
        #expect(tagged(first[1]) == ["rag"])
        #expect(tagged(first[2]) == ["note"])
        #expect(tagged(first[3]) == ["removed"])
        let rag = (first[0]["history"] as? [[String: Any]])?.last
        #expect(rag?["reason"] as? String == "Six of eight practices trained")
        #expect((first[2]["notes"] as? [[String: Any]])?.last?["meeting"] as? String == id)

        let minutes = try tmux.runPlanboard(["minutes", tmux.file("plan.json").path])
        #expect(minutes.contains("4 actions discussed"))
        #expect(minutes.contains("Amber → Green. Reason: Six of eight practices trained"))
        #expect(minutes.contains("Red → Amber. Reason: New provider appointed"))
        #expect(minutes.contains("Venues booked for June"))
        #expect(minutes.contains("Merged into 1.3"))
        #expect(minutes.contains("Ann Lee"))
        #expect(minutes.contains("**Venue:** Committee Room 2"))
        #expect(minutes.contains("**Present:** Ann Lee (Chair), Raj Patel"))
        #expect(minutes.contains("Kim Ray (clerk)"), "in attendance")
    }

    /// Today as the board titles meetings: `23 November 2026`, in local time.
    static func todayText() -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        return "\(parts.day!) \(months[parts.month! - 1]) \(parts.year!)"
    }
}

/// A short meeting typed at speed: every key in one `send-keys`, no pauses, no waiting for the
/// screen between them. Each key must land where the chair meant it: no rating swallows the next
/// command, the first walk starts at the top, the status is one change, the selection stays.
@Suite(.serialized) struct MeetingAtTypingSpeedEndToEndTests {
    @Test func aMeetingTypedWithoutPausesIsRecordedAsMeant() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")

        try tmux.typeAtSpeed([
            "j",                                           // 1.2 selected before the meeting
            "M", "Enter", "Ann Lee, Raj Patel", "Enter", "Enter", "Enter", "Enter", "Council Chambers", "Enter", "Enter",
            "w", "m",                                      // first walk: the top, 1.1; discussed
            "g", "j", "a",                                 // 1.1 Amber → Green, move, 1.2 Red → Amber
            "y", "New provider appointed", "Enter",        // why, for 1.2
            "m", "w", "m",                                 // 1.2 discussed; walk to 1.3, discussed
            "s", "c",                                      // 1.3 On-going → Complete, one change
            "D", "Close the action", "Enter",              // a decision on 1.3
            "p", "Report back on venues", "Enter", "SCC", "Enter", "January 2027", "Enter", "y",
            "C", "Still on 1.3", "Enter",                  // the selection stayed on 1.3
            "M", "y",
        ])
        try tmux.waitFor("Meeting ended: 3 of")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        let json = try tmux.json()
        let meeting = try #require((json["meetings"] as? [[String: Any]])?.last)
        let id = try #require(meeting["id"] as? String)
        #expect(meeting["attendees"] as? [String] == ["Ann Lee", "Raj Patel"])
        let first = actions(in: json, outcome: 0)
        #expect(meeting["discussed"] as? [String] == first.prefix(3).compactMap { $0["id"] as? String },
                "1.1, 1.2, 1.3 in the order taken: the first w went to 1.1, not past it")

        func history(_ action: [String: Any]) -> [[String: Any]] {
            (action["history"] as? [[String: Any]] ?? []).filter { $0["meeting"] as? String == id }
        }
        let rag11 = try #require(history(first[0]).last)
        #expect(rag11["field"] as? String == "rag" && rag11["to"] as? String == "Green")
        #expect(rag11["reason"] == nil, "no reason the chair did not type")
        let rag12 = try #require(history(first[1]).last)
        #expect(rag12["from"] as? String == "Red" && rag12["to"] as? String == "Amber")
        #expect(rag12["reason"] as? String == "New provider appointed")
        let statuses = history(first[2]).filter { $0["field"] as? String == "status" }
        #expect(statuses.count == 1)
        #expect(statuses.first?["from"] as? String == "On-going" && statuses.first?["to"] as? String == "Complete")
        #expect(first[2]["status"] as? String == "complete")
        let notes = (first[2]["notes"] as? [[String: Any]] ?? []).map { $0["text"] as? String }
        #expect(notes == ["Close the action", "Report back on venues", "Still on 1.3"], "all on 1.3: nothing moved the selection")
        let added = try #require(first.last)
        #expect(added["text"] as? String == "Report back on venues")
        #expect(added["leads"] as? [String] == ["SCC"])
        #expect(added["deadline"] as? String == "January 2027")

        let minutes = try tmux.runPlanboard(["minutes", tmux.file("plan.json").path])
        #expect(minutes.contains("3 actions discussed"), "\(minutes)")
        #expect(minutes.contains("Red → Amber. Reason: New provider appointed"))
        #expect(minutes.contains("Amber → Green"))
        #expect(!minutes.contains("Amber → Green. Reason"), "no reason for 1.1")
        #expect(minutes.contains("On-going → Complete"))
        #expect(!minutes.contains("→ Delayed") && !minutes.contains("Not started →"), "no intermediate status")
        #expect(minutes.contains("Close the action"))
        #expect(minutes.contains("Report back on venues"))
        #expect(minutes.contains("Still on 1.3"))
    }
}
