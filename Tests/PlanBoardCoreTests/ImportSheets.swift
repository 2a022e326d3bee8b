import Foundation
@testable import PlanBoardCore

/// The test spreadsheets in `Tests/ImportSheets/`, written for these tests in the shapes real
/// plans come in (nothing copied from real plans), so a fresh clone has all it needs.
enum ImportSheets {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ImportSheets")
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// Imports a sheet from the folder as `planboard import` would (no `--title`).
    static func importing(_ name: String) throws -> ImportResult {
        let stem = String(name.prefix { $0 != "." })
        return try PlanImporter.importPlan(csv: try bytes(name), options: ImportOptions(sourceName: stem))
    }
}
