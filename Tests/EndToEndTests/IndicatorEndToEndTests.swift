import Foundation
import Testing

/// Recording an indicator's value in a meeting on the real binary: `I`, `v`, the value, the period
/// offered, the note; then the plan file holds it, tagged with the meeting, and the minutes
/// report it under "Performance indicators".
@Suite(.serialized) struct IndicatorEndToEndTests {
    @Test func aValueRecordedInAMeetingIsInTheFileAndTheMinutes() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")

        try tmux.send("M")
        try tmux.waitFor("Start a meeting: title")
        try tmux.send("Enter")
        try tmux.waitFor("Attendees")
        try tmux.send("Ann Lee", literal: true)
        for step in ["Apologies", "In attendance", "Declarations of interest", "Venue, for the minutes", "Date of the next meeting"] {
            try tmux.send("Enter")
            try tmux.waitFor(step)
        }
        try tmux.send("Enter")
        try tmux.waitFor("● Meeting: Strathmerrin Carers Partnership")

        try tmux.send("I")
        try tmux.waitFor("Performance indicators · 5")
        try tmux.send("v")
        try tmux.waitFor("PI1 value (498, 29.1%, £1,250, or n/a)?")
        try tmux.send("about 500", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("“about 500” is not a number")
        try tmux.send("C-u")
        try tmux.send("498", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("PI1 498 for which period?")
        try tmux.send("Enter")
        try tmux.waitFor("PI1 note on the Q3 2026/27 value (optional)?")
        try tmux.send("provisional", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("PI1 Q3 2026/27 value 498 recorded (target 510, near target)")
        let row = try tmux.screen().split(separator: "\n").first { $0.contains("PI1") } ?? ""
        #expect(row.contains("498 / 510 (Q3 2026/27)"), "the row shows the new latest value: \(row)")

        try tmux.send("Escape")
        try tmux.waitFor("r a g x rate")
        try tmux.send("M")
        try tmux.waitFor("End the meeting?")
        try tmux.send("y")
        try tmux.waitFor("Meeting ended")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        let json = try tmux.json()
        let meeting = try #require((json["meetings"] as? [[String: Any]])?.last?["id"] as? String)
        let pi1 = try #require((json["indicators"] as? [[String: Any]])?.first)
        let q3 = try #require((pi1["periods"] as? [[String: Any]])?.first { $0["period"] as? String == "Q3 2026/27" })
        #expect(q3["actual"] as? Double == 498)
        #expect(q3["note"] as? String == "provisional")
        #expect(q3["meeting"] as? String == meeting)
        let change = try #require((pi1["history"] as? [[String: Any]])?.first { $0["field"] as? String == "actual" })
        #expect(change["to"] as? String == "Q3 2026/27: 498")
        #expect(change["meeting"] as? String == meeting)

        let minutes = try tmux.runPlanboard(["minutes", tmux.file("plan.json").path])
        #expect(minutes.contains("Performance indicators"), "\(minutes)")
        #expect(minutes.contains("**PI1 Adult carers with a carer support plan:** Q3 2026/27 value 498 recorded (target 510, near target)"))
    }

    /// A chair typing "500 Enter" at once records 500 for the period due: the value is asked
    /// first, with nothing offered, and Enter then accepts the period offered.
    @Test func aValueTypedAtOnceIsTheValueForThePeriodDue() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")
        try tmux.send("I")
        try tmux.waitFor("Performance indicators · 5")
        try tmux.typeAtSpeed(["v", "5", "0", "0", "Enter", "Enter", "Enter"])
        try tmux.waitFor("PI1 Q3 2026/27 value 500 recorded")
        try tmux.send("q")
        try tmux.waitFor("r a g x rate")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        let pi1 = try #require((try tmux.json()["indicators"] as? [[String: Any]])?.first)
        let periods = (pi1["periods"] as? [[String: Any]] ?? []).compactMap { $0["period"] as? String }
        #expect(!periods.contains("500"), "\(periods)")
        let recorded = (pi1["periods"] as? [[String: Any]])?.first { $0["period"] as? String == "Q3 2026/27" }
        #expect(recorded?["actual"] as? Double == 500)
    }

    /// Typed at a chair's speed, a period replaces the one offered rather than joining it
    /// (`Q3 2026/272023/24`), and the value is recorded for the period typed.
    @Test func aPeriodTypedAtSpeedReplacesTheOfferedOne() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")
        try tmux.send("I")
        try tmux.waitFor("Performance indicators · 5")
        try tmux.typeAtSpeed(["v", "3", "1", "Enter", "2", "0", "2", "3", "/", "2", "4", "Enter", "Enter"])
        try tmux.waitFor("PI1 2023/24 value 31 recorded")
        try tmux.send("q")
        try tmux.waitFor("r a g x rate")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        let json = try tmux.json()
        let pi1 = try #require((json["indicators"] as? [[String: Any]])?.first)
        let periods = (pi1["periods"] as? [[String: Any]] ?? []).compactMap { $0["period"] as? String }
        #expect(periods.contains("2023/24"), "\(periods)")
        #expect(!periods.contains { $0.contains("2026/272023") }, "\(periods)")
        let recorded = (pi1["periods"] as? [[String: Any]])?.first { $0["period"] as? String == "2023/24" }
        #expect(recorded?["actual"] as? Double == 31)
    }

    /// Esc then `j` sent at once reach planboard as Alt-j; nothing binds Alt-j there, so it is
    /// Esc (the indicators view closes) and then `j` (the next card on the board).
    @Test func escThenJTypedAtOnceIsBothKeys() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("▶1.1")
        try tmux.send("I")
        try tmux.waitFor("Performance indicators · 5")
        try tmux.typeAtSpeed(["Escape", "j"])
        try tmux.waitFor("▶1.2")
        #expect(!(try tmux.screen()).contains("does nothing here"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
