import Foundation
import Testing
@testable import PlanBoardCore

/// Render reads the state; nothing below it (the reducer, layout, text, model, store) may use a
/// widget, the grid or the frame.
@Suite struct DependencyDirectionTests {
    @Test func nothingBelowRenderNamesATypeOfRender() throws {
        let core = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/PlanBoardCore").standardized
        let render = core.appendingPathComponent("Render")
        let declared = try swiftFiles(in: render).flatMap { file in
            try String(contentsOf: file, encoding: .utf8).split(separator: "\n").compactMap { line -> String? in
                let words = line.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" })
                // Top-level declarations only (nested names such as CardMarks.Context are not unique).
                guard !line.hasPrefix(" "), !line.hasPrefix("//"),
                      let kind = words.firstIndex(where: { ["struct", "enum", "class", "protocol"].contains($0) }),
                      kind + 1 < words.count else { return nil }
                return String(words[kind + 1])
            }
        }
        #expect(declared.contains("Grid") && declared.contains("Widget") && declared.contains("DetailView"))
        for folder in ["Board", "Layout", "Geometry", "Text", "Edit", "Model", "Store", "Deadline"] {
            for file in try swiftFiles(in: core.appendingPathComponent(folder)) {
                let code = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
                    .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
                for line in code {
                    let words = Set(line.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).map(String.init))
                    let used = declared.filter(words.contains)
                    #expect(used.isEmpty, "\(folder)/\(file.lastPathComponent) uses \(used): \(line)")
                }
            }
        }
    }

    private func swiftFiles(in folder: URL) throws -> [URL] {
        let items = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (items?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
    }
}
