import Foundation
import Testing
@testable import PlanBoardCore

/// Plans with a `.expected.json` of counts import to those counts: our own sheets in
/// `Tests/ImportSheets/` always, and the real plans in `../shared/plans/` when that folder sits
/// beside the repository (it is not part of it, so a fresh clone skips those).
@Suite("PlanImporter on plans with expected counts")
struct PlanImporterSharedPlansTests {
    struct Expected: Decodable {
        let outcomes: Int
        let actions: Int
        let perOutcome: [String: Int]?
        let perArea: [String: Int]?
    }

    static var sharedPlansFolder: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/plans")
    }

    static var sharedPlansArePresent: Bool {
        !csvFiles(in: sharedPlansFolder).isEmpty
    }

    static func csvFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".csv") }.sorted().map { folder.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: expectedURL(for: $0).path) }
    }

    static func expectedURL(for csv: URL) -> URL {
        csv.deletingPathExtension().appendingPathExtension("expected.json")
    }

    static func checkCounts(_ csv: URL) throws {
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: expectedURL(for: csv)))
        let result = try PlanImporter.importPlan(csv: Array(try Data(contentsOf: csv)))
        let plan = result.plan

        #expect(plan.outcomes.count == expected.outcomes)
        #expect(plan.allActions.count == expected.actions)
        #expect(result.report.outcomesCreated == expected.outcomes)
        #expect(result.report.actionsCreated == expected.actions)
        if let perOutcome = expected.perOutcome {
            let got = Dictionary(plan.outcomes.map { ($0.number, $0.actions.count) }, uniquingKeysWith: +)
            #expect(got == perOutcome)
        }
        if let perArea = expected.perArea {
            var got: [String: Int] = [:]
            for action in plan.allActions { got[CellWords.leadingNumber(action.area), default: 0] += 1 }
            #expect(got == perArea)
        }
        // Every action has its own id and its own ref.
        #expect(Set(plan.allActions.map(\.id)).count == plan.allActions.count)
        #expect(Set(plan.allActions.map { $0.ref.lowercased() }).count == plan.allActions.count)
        #expect(!plan.allActions.contains { $0.ref.isEmpty })
    }

    @Test func ourOwnSheetsAreThere() {
        #expect(Self.csvFiles(in: ImportSheets.folder).map(\.lastPathComponent) == ["carers-delivery-plan.csv"])
    }

    @Test("our own sheet imports to its expected counts", arguments: csvFiles(in: ImportSheets.folder))
    func ourSheetImportsToItsExpectedCounts(_ csv: URL) throws {
        try Self.checkCounts(csv)
    }

    // The real plans are not in the repository: skipped, saying why, when ../shared/plans is absent.
    @Test("a real plan imports to its expected counts",
          .enabled(if: sharedPlansArePresent, "no real plans in ../shared/plans beside the repository (not part of it); skipped"),
          arguments: csvFiles(in: sharedPlansFolder))
    func realPlanImportsToItsExpectedCounts(_ csv: URL) throws {
        try Self.checkCounts(csv)
    }

    /// Our sheet of the Dundee plan's shape: outcome and description repeated on every row, the
    /// priority area's number and text in two columns, status words in `Timescale/Status`.
    @Test func aSheetOfTheDundeeShapeKeepsWhatThePlanSays() throws {
        let result = try ImportSheets.importing("carers-delivery-plan.csv")
        let first = try #require(result.plan.outcomes.first)
        #expect(first.number == "1")
        #expect(first.title == "I am seen, heard and involved")
        #expect(first.description.hasPrefix("Carers will say"))
        let action = try #require(first.actions.first)
        #expect(action.ref == "1.1a")
        #expect(action.area == "1.1 Find carers early, wherever they first meet services")
        #expect(action.deadline == "")
        #expect(action.status == .inProgress)
        #expect(action.statusWord == "In development")
        #expect(action.leads == ["Strathmerrin Carers Centre Outreach Team"])
        #expect(first.actions[2].deadline == "Autumn 2026")
        #expect(first.actions.map(\.ref) == ["1.1a", "1.1b", "1.1c", "1.2a", "1.2b", "1.3"])
        #expect(result.report.columns.map(\.field) == [.outcome, .outcomeDescription, .area, .areaText, .action, .deadline, .lead])
    }

    @Test(.enabled(if: sharedPlansArePresent, "no real plans in ../shared/plans beside the repository (not part of it); skipped"))
    func dundeePlanKeepsWhatThePlanSays() throws {
        let url = Self.sharedPlansFolder.appendingPathComponent("dundee-caring-dundee-2.csv")
        let result = try PlanImporter.importPlan(csv: Array(try Data(contentsOf: url)))
        let first = try #require(result.plan.outcomes.first)
        #expect(first.number == "1")
        #expect(first.title == "I am heard, recognised, respected and I am able to be involved")
        #expect(first.description.hasPrefix("Carers will say"))
        let action = try #require(first.actions.first)
        // Four actions share priority area 1.1, so each has its own ref; `In development` is a status.
        #expect(action.ref == "1.1a")
        #expect(action.area.hasPrefix("1.1 Work with Carers"))
        #expect(action.deadline == "")
        #expect(action.status == .inProgress)
        #expect(action.statusWord == "In development")
        #expect(action.leads == ["Dundee Carers Centre Localities Team"])
        #expect(first.actions[2].deadline == "Autumn 2022")
        #expect(result.report.columns.map(\.field) == [.outcome, .outcomeDescription, .area, .areaText, .action, .deadline, .lead])
    }
}
