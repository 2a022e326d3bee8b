import Foundation
import Testing
@testable import PlanBoardCore

@Suite("CSVExporter")
struct CSVExporterTests {
    /// The parts of a plan a spreadsheet carries: everything but ids, notes, history and removed
    /// actions. Leads are compared as import reads them (`CC / SW` is two leads once in a sheet).
    struct TableView: Equatable {
        var outcomes: [[String]]
        var actions: [[String]]
        init(_ plan: Plan) {
            outcomes = plan.outcomes.map { [$0.number, $0.title, $0.description] }
            actions = plan.outcomes.flatMap { o in
                o.activeActions.map { [o.number, $0.ref, $0.area, $0.text, $0.leads.flatMap(LeadList.split).joined(separator: "|"),
                                       $0.deadline, $0.measure, $0.progress, $0.rag.rawValue, $0.status.rawValue, $0.statusWord] }
            }
        }
    }

    @Test func importingAnExportedPlanGivesItBack() throws {
        let plan = ReportFixtures.plan
        let csv = CSVExporter.export(plan)
        let back = try PlanImporter.importPlan(csv: Array(csv.utf8)).plan
        #expect(TableView(back) == TableView(plan))
        #expect(back.outcomes.map(\.title) == ["Carers are identified & heard", "Carers have a life alongside caring",
                                               "Young carers are supported"])
    }

    @Test func theExamplePlanRoundTrips() throws {
        let plan = ExamplePlan.make()
        let back = try PlanImporter.importPlan(csv: Array(CSVExporter.export(plan).utf8)).plan
        #expect(TableView(back) == TableView(plan))
    }

    @Test(arguments: ["carers-delivery-plan.csv", "pasted-from-word.csv", "shared-area-refs.csv", "status-words.csv",
                      "brag.csv", "leads-in-one-cell.csv", "no-refs.tsv"])
    func anImportedSheetRoundTrips(_ name: String) throws {
        let plan = try ImportSheets.importing(name).plan
        let back = try PlanImporter.importPlan(csv: Array(CSVExporter.export(plan).utf8)).plan
        #expect(TableView(back) == TableView(plan))
    }

    @Test(.enabled(if: PlanImporterSharedPlansTests.sharedPlansArePresent,
                   "no real plans in ../shared/plans beside the repository (not part of it); skipped"))
    func theDundeePlanRoundTrips() throws {
        let url = PlanImporterSharedPlansTests.sharedPlansFolder.appendingPathComponent("dundee-caring-dundee-2.csv")
        let plan = try PlanImporter.importPlan(csv: Array(try Data(contentsOf: url))).plan
        let back = try PlanImporter.importPlan(csv: Array(CSVExporter.export(plan).utf8)).plan
        #expect(TableView(back) == TableView(plan))
    }

    @Test func writesExcelFriendlyCSV() {
        let csv = CSVExporter.export(ReportFixtures.plan)
        #expect(csv.hasPrefix("\u{FEFF}Outcome,Outcome description,Ref,Priority area,Action,"))
        #expect(csv.contains("\r\n"))
        #expect(csv.contains("\"Six practices done\nTwo booked\""))
        #expect(!csv.contains("Old idea"))
    }

    @Test func quotesOnlyWhatNeedsIt() {
        #expect(CSVExporter.quoted("plain") == "plain")
        #expect(CSVExporter.quoted("a, b") == "\"a, b\"")
        #expect(CSVExporter.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVExporter.quoted(" edge") == "\" edge\"")
    }
}
