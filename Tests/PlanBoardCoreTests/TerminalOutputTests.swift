import Foundation
import Testing
@testable import PlanBoardCore

/// Plan text written to take over the terminal that prints it.
enum HostileText {
    /// Sets the window title, writes the clipboard (OSC 52), clears the screen, does the same
    /// through C1 controls, rings the bell, deletes, and turns the rest of the line right to left.
    static let payload = "\u{1B}]0;PWNED\u{07}" + "\u{1B}]52;c;cm0gLXJmIH4K\u{07}" + "\u{1B}[2J\u{1B}[H"
        + "\u{9B}31m\u{9D}0;C1 title\u{9C}" + "\u{7F}" + "\u{202E}sdrawkcab\u{202C}"

    /// `text` with the payload in its middle, so trimming cannot remove it.
    static func laced(_ text: String) -> String { "\(text) \(payload) end" }

    /// The minutes fixture (a finished meeting with decisions, notes, an action point and
    /// changes) with the payload in every piece of text the reports and the summary print.
    static var plan: Plan {
        var plan = MinutesFixtures.plan
        plan.title = laced(plan.title)
        plan.owner = laced(plan.owner)
        plan.period = laced(plan.period)
        for o in plan.outcomes.indices {
            plan.outcomes[o].title = laced(plan.outcomes[o].title)
            plan.outcomes[o].description = laced("Outcome description")
            for a in plan.outcomes[o].actions.indices {
                var action = plan.outcomes[o].actions[a]
                action.text = laced(action.text)
                action.ref = laced(action.ref)
                action.area = laced("Area")
                action.leads = action.leads.map(laced)
                action.deadline = laced(action.deadline)
                action.measure = laced("Measure")
                action.progress = laced(action.progress)
                action.notes = action.notes.map { note in
                    var note = note
                    note.text = laced(note.text)
                    note.owner = note.owner.map(laced)
                    note.due = note.due.map(laced)
                    return note
                }
                action.history = action.history.map { change in
                    var change = change
                    change.from = laced(change.from)
                    change.to = laced(change.to)
                    change.reason = laced(change.reason ?? "reason")
                    return change
                }
                if var removal = action.removal {
                    removal.reason = laced(removal.reason)
                    action.removal = removal
                }
                plan.outcomes[o].actions[a] = action
            }
        }
        plan.meetings = plan.meetings.map { meeting in
            var meeting = meeting
            meeting.title = laced(meeting.title)
            meeting.attendees = meeting.attendees.map(laced)
            meeting.apologies = meeting.apologies.map(laced)
            return meeting
        }
        plan.leads = [Lead(initials: "CC", name: laced("Carers Centre"), organisation: laced("Third sector"))]
        return plan
    }

    /// The scalars a terminal would act on rather than show: C0 controls (a line break, and CR
    /// just before one, excepted), DEL, C1 controls, and the bidirectional and invisible format
    /// characters `VisibleText` marks.
    static func actedOn(in text: String) -> [Unicode.Scalar] {
        let scalars = Array(text.unicodeScalars)
        return scalars.enumerated().compactMap { i, s in
            if s == "\n" { return nil }
            if s == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { return nil }
            let v = s.value
            let hiding: Set<UInt32> = [0x061C, 0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF]
            if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || hiding.contains(v) { return s }
            return nil
        }
    }
}

@Suite("Text bound for a terminal")
struct TerminalOutputTests {
    /// Runs a subcommand in `run`'s folder with the given terminals; returns status, output and errors.
    static func run(_ arguments: [String], terminals: TerminalStreams) -> (status: Int32?, out: String, err: String) {
        var out = "", err = ""
        let status = Subcommand.run(arguments: arguments, today: MinutesFixtures.today,
                                    output: { out += $0 }, errors: { err += $0 }, terminals: terminals)
        return (status, out, err)
    }

    static func folder() throws -> SubcommandTests.Run {
        let run = try SubcommandTests.Run()
        try run.write("plan.json", String(decoding: PlanFile.encode(HostileText.plan), as: UTF8.self))
        return run
    }

    /// Every text output of the command line, as a person would ask for it on a terminal.
    static let commands: [[String]] = [
        ["summary"], ["summary", "--since", "2026-01-01"], ["summary", "--json", "--since", "2026-01-01"],
        ["export", "--format", "markdown", "--since", "2026-01-01"], ["export", "--format", "html", "--since", "2026-01-01"],
        ["export", "--format", "csv"], ["minutes"], ["minutes", "--format", "html"], ["minutes", "--meeting", "m1"],
    ]

    @Test(arguments: commands)
    func escapeSequencesInEveryTextOutputAreShownNotObeyed(command: [String]) throws {
        let folder = try Self.folder()
        let result = Self.run([command[0], folder.path("plan.json")] + command.dropFirst(), terminals: .both)
        #expect(result.status == 0, "\(result.err)")
        #expect(!result.out.isEmpty)
        #expect(HostileText.actedOn(in: result.out).isEmpty, "\(command) sent \(HostileText.actedOn(in: result.out))")
        #expect(HostileText.actedOn(in: result.err).isEmpty)
        if command != ["summary", "--json", "--since", "2026-01-01"] {
            #expect(result.out.contains("␛]0;PWNED␇"), "the payload is shown, not dropped")
        }
    }

    @Test func theSameTextGoesToAFileOrAPipeExactlyAsThePlanHasIt() throws {
        let folder = try Self.folder()
        let piped = Self.run(["export", folder.path("plan.json"), "--format", "markdown"], terminals: .none)
        #expect(piped.out.contains(HostileText.payload))
        let toFile = Self.run(["minutes", folder.path("plan.json"), "-o", folder.path("minutes.md")], terminals: .both)
        #expect(toFile.status == 0)
        #expect(try #require(folder.read("minutes.md")).contains(HostileText.payload), "-o writes the text as it is")
    }

    @Test func markdownOnATerminalShowsTheControlsAndKeepsTheLines() throws {
        let folder = try Self.folder()
        let shown = Self.run(["export", folder.path("plan.json"), "--format", "markdown"], terminals: .both).out
        let piped = Self.run(["export", folder.path("plan.json"), "--format", "markdown"], terminals: .none).out
        #expect(shown.split(separator: "\n").count == piped.split(separator: "\n").count, "line breaks stay line breaks")
        #expect(shown.contains("␛[2J␛[H"))
        #expect(shown.contains("⟨RLO⟩sdrawkcab⟨PDF⟩"))
        #expect(shown.contains("\u{FFFD}31m"), "a C1 CSI is shown, not obeyed")
    }

    @Test func errorsQuotingPlanTextAreShownOnATerminalToo() throws {
        let folder = try Self.folder()
        let result = Self.run(["minutes", folder.path("plan.json"), "--meeting", "m9"], terminals: .both)
        #expect(result.status == 1)
        #expect(result.err.contains("PWNED"), "the meeting titles are listed")
        #expect(HostileText.actedOn(in: result.err).isEmpty)
    }

    @Test func theImportReportOnATerminalShowsAHostileHeader() throws {
        let folder = try Self.folder()
        try folder.write("plan.csv", "Outcome,Action,Notes \u{9D}0;PWNED\u{9C}\u{202E}\n1: Heard,Run a forum,x\n")
        let result = Self.run(["import", folder.path("plan.csv"), "-o", folder.path("imported.json")], terminals: .both)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("Notes \u{FFFD}0;PWNED\u{FFFD}⟨RLO⟩"))
        #expect(HostileText.actedOn(in: result.out).isEmpty)
    }

    @Test func aCSVExportOnATerminalKeepsItsLineEnds() throws {
        let folder = try Self.folder()
        let shown = Self.run(["export", folder.path("plan.json"), "--format", "csv"], terminals: .both).out
        #expect(shown.contains("\r\n"))
        #expect(!shown.contains("␍"))
    }
}
