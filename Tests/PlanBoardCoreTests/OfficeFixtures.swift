import Foundation
@testable import PlanBoardCore

/// The Word and Excel files in `Tests/Fixtures/Office/`, made by LibreOffice from our own tables
/// or written by hand (see `make-fixtures.sh` there). Tests only read them.
enum OfficeFixtures {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Office")
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// Reads a fixture as an office file.
    static func read(_ name: String, _ options: OfficeOptions = OfficeOptions()) throws -> OfficeTable {
        try OfficeImporter.read(bytes(name), expected: OfficeImporter.kind(ofName: name), options: options)
    }

    /// Reads and imports a fixture.
    static func importPlan(_ name: String, _ options: OfficeOptions = OfficeOptions()) throws -> ImportResult {
        try OfficeImporter.importPlan(read(name, options), options: ImportOptions())
    }

    /// The error reading a fixture gives, or nil when it reads.
    static func error(_ name: String, _ options: OfficeOptions = OfficeOptions()) throws -> OfficeError? {
        let data = try bytes(name)
        do {
            _ = try OfficeImporter.read(data, expected: OfficeImporter.kind(ofName: name), options: options)
            return nil
        } catch {
            return error
        }
    }
}

/// The parts of a plan a table carries, for comparing plans from different files: everything
/// but ids, notes, history and removed actions. Leads are compared as import reads them (`CC / SW`
/// is two leads once in a table), as `CSVExporterTests.TableView` does.
struct PlanTableView: Equatable, CustomStringConvertible {
    var title: String
    var outcomes: [[String]]
    var actions: [[String]]

    init(_ plan: Plan) {
        title = plan.title
        outcomes = plan.outcomes.map { [$0.number, $0.title, $0.description] }
        actions = plan.outcomes.flatMap { o in
            o.activeActions.map { [o.number, $0.ref, $0.area, $0.text, $0.leads.flatMap(LeadList.split).joined(separator: "|"),
                                   $0.deadline, $0.measure, $0.progress, $0.rag.rawValue, $0.status.rawValue, $0.statusWord] }
        }
    }

    var description: String {
        ([title] + outcomes.map { $0.joined(separator: " · ") } + actions.map { $0.joined(separator: " · ") }).joined(separator: "\n")
    }
}
