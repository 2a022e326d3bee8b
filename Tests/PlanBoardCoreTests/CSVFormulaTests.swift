import Testing
@testable import PlanBoardCore

/// A spreadsheet must never run plan text as a formula, and `import` must give the text back.
@Suite("CSV formula injection")
struct CSVFormulaTests {
    /// A plan whose cells start the way formulas do, and one that really starts with an apostrophe.
    static var plan: Plan {
        Plan(title: "Formula plan", outcomes: [
            Outcome(id: "o1", number: "1", title: "Heard", description: "=cmd|' /C calc'!A0", actions: [
                Action(id: "a1", ref: "1.1", text: "=SUM(A1)", area: "@area", leads: ["@GP", "+NHS"], deadline: "-",
                       measure: "=HYPERLINK(\"http://evil.example\",\"Click\")", progress: "-2 weeks slipped", rag: .red),
                Action(id: "a2", ref: "1.2", text: "+44 131 555 0100", area: "+area", leads: ["CC"], deadline: "March 2027",
                       measure: "'=already quoted", progress: "''+two apostrophes", rag: .amber),
                Action(id: "a3", ref: "1.3", text: "'plain apostrophe", area: "-area", leads: ["CC"], deadline: "@ the next meeting",
                       progress: "First line\n=second line starts a formula"),
                Action(id: "a4", ref: "-1", text: "＝fullwidth equals", area: "=area", deadline: "'-", measure: "'"),
            ]),
        ])
    }

    /// The cells of the CSV, read back as a spreadsheet would: header first.
    static func cells(_ csv: String) throws -> [[String]] {
        try CSVReader.read(text: String(csv.drop { $0 == "\u{FEFF}" })).rows
    }

    @Test func cellsThatWouldRunAsFormulasStartWithAnApostrophe() throws {
        let rows = try Self.cells(CSVExporter.export(Self.plan))
        let column = { (name: String) in CSVExporter.headers.firstIndex(of: name)! }
        #expect(rows[1][column("Action")] == "'=SUM(A1)")
        #expect(rows[1][column("Outcome description")] == "'=cmd|' /C calc'!A0")
        #expect(rows[1][column("Priority area")] == "'@area")
        #expect(rows[1][column("Lead")] == "'@GP, +NHS")
        #expect(rows[1][column("Deadline")] == "'-")
        #expect(rows[1][column("Measure of success")] == "'=HYPERLINK(\"http://evil.example\",\"Click\")")
        #expect(rows[1][column("Progress")] == "'-2 weeks slipped")
        #expect(rows[2][column("Action")] == "'+44 131 555 0100")
        #expect(rows[2][column("Measure of success")] == "''=already quoted", "a real leading apostrophe is kept")
        #expect(rows[2][column("Progress")] == "'''+two apostrophes")
        #expect(rows[3][column("Action")] == "'plain apostrophe", "no formula, nothing added")
        #expect(rows[3][column("Progress")] == "First line\n=second line starts a formula", "only a cell's start matters")
        #expect(rows[4][column("Ref")] == "'-1")
        #expect(rows[4][column("Action")] == "'＝fullwidth equals")
        #expect(rows[4][column("Measure of success")] == "'")
        for row in rows {
            for cell in row {
                let start = cell.unicodeScalars.first.map { "=+-@\t\r＝＋－＠".unicodeScalars.contains($0) } ?? false
                #expect(!start, "cell '\(cell)' starts like a formula")
            }
        }
    }

    @Test func importingTheExportGivesTheSamePlanBack() throws {
        let back = try PlanImporter.importPlan(csv: Array(CSVExporter.export(Self.plan).utf8)).plan
        #expect(CSVExporterTests.TableView(back) == CSVExporterTests.TableView(Self.plan))
        #expect(back.outcomes[0].description == "=cmd|' /C calc'!A0")
        #expect(back.allActions[1].measure == "'=already quoted")
    }

    @Test func importTakesOffOnlyTheApostropheTheExporterAdds() throws {
        let csv = "Outcome,Action,Lead,Measure\n1: Heard,'=SUM(A1),'@GP,'hello\n,'-2 weeks,CC,'' quoted\n"
        let actions = try PlanImporter.importPlan(csv: Array(csv.utf8)).plan.allActions
        #expect(actions.map(\.text) == ["=SUM(A1)", "-2 weeks"])
        #expect(actions[0].leads == ["@GP"])
        #expect(actions.map(\.measure) == ["'hello", "'' quoted"], "an apostrophe before anything else is the plan's")
    }

    @Test func controlCharactersNeverGoIntoTheCSV() throws {
        var plan = Self.plan
        plan.outcomes[0].actions[0].text = "Evil \u{1B}]0;PWNED\u{07} \u{1B}[2J tab\there \u{9B}31m del\u{7F}"
        plan.outcomes[0].actions[1].progress = "Windows\r\nline ends\rand a lone CR"
        plan.outcomes[0].actions[2].text = "\tstarts with a tab"
        plan.outcomes[0].actions[3].text = "\r\n=starts with a line break"
        let csv = CSVExporter.export(plan)
        let scalars = Array(csv.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            let lineEnd = s == "\n" || (s == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n")
            #expect(lineEnd || !(s.value < 0x20 || (0x7F...0x9F).contains(s.value)), "control U+\(String(s.value, radix: 16)) at \(i)")
        }
        let rows = try Self.cells(csv)
        #expect(rows[1][4] == "Evil ␛]0;PWNED␇ ␛[2J tab␉here \u{FFFD}31m del␡")
        #expect(rows[2][8] == "Windows\nline ends\nand a lone CR", "line breaks stay line breaks, written as LF")
        #expect(rows[3][4] == "␉starts with a tab")
        // A CR just before LF inside a cell would be a control byte; it is written as LF alone.
        #expect(!csv.contains("Windows\r\n"))
    }
}
