import Foundation
import Testing
@testable import PlanBoardCore

/// Every real plan in `../shared/plans/` imports to the counts in its `.expected.json`.
@Suite("PlanImporter on the shared real plans")
struct PlanImporterSharedPlansTests {
    struct Expected: Decodable {
        let outcomes: Int
        let actions: Int
        let perOutcome: [String: Int]?
        let perArea: [String: Int]?
    }

    static var plansFolder: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/plans")
    }

    static var csvFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: plansFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".csv") }.sorted()
    }

    @Test func theSharedPlansFolderIsThere() throws {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: Self.plansFolder.path, isDirectory: &isFolder)
        try #require(exists && isFolder.boolValue,
                     "Expected the real plans in \(Self.plansFolder.path) (../shared/plans beside the repository). Clone or copy shared/ there.")
        #expect(!Self.csvFiles.isEmpty, "No .csv plans in \(Self.plansFolder.path)")
    }

    @Test("imports to its expected counts", arguments: csvFiles)
    func importsToItsExpectedCounts(_ name: String) throws {
        let csv = Self.plansFolder.appendingPathComponent(name)
        let expectedURL = csv.deletingPathExtension().appendingPathExtension("expected.json")
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: expectedURL))
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
        // Every action has its own id even where refs repeat.
        #expect(Set(plan.allActions.map(\.id)).count == plan.allActions.count)
    }

    @Test func dundeePlanKeepsWhatThePlanSays() throws {
        let url = Self.plansFolder.appendingPathComponent("dundee-caring-dundee-2.csv")
        let result = try PlanImporter.importPlan(csv: Array(try Data(contentsOf: url)))
        let first = try #require(result.plan.outcomes.first)
        #expect(first.number == "1")
        #expect(first.title == "I am heard, recognised, respected and I am able to be involved")
        #expect(first.description.hasPrefix("Carers will say"))
        let action = try #require(first.actions.first)
        #expect(action.ref == "1.1")
        #expect(action.area.hasPrefix("1.1 Work with Carers"))
        #expect(action.deadline == "In development")
        #expect(action.status == .inProgress)
        #expect(action.leads == ["Dundee Carers Centre Localities Team"])
        #expect(first.actions[2].deadline == "Autumn 2022")
        #expect(result.report.columns.map(\.field) == [.outcome, .outcomeDescription, .area, .areaText, .action, .deadline, .lead])
    }
}
