import Foundation
import Testing
@testable import PlanBoardCore

/// Dependencies point one way (ARCHITECTURE.md, "The layers"): a folder of the core may name
/// no type declared in a folder of a later layer. Every folder of `Sources/PlanBoardCore` must
/// be placed in a layer here, and each must hold Swift files, so a folder added, renamed or
/// emptied fails the test instead of passing with nothing checked.
@Suite struct DependencyDirectionTests {
    /// The layers in ARCHITECTURE.md's order; a folder may use its own layer and the ones before.
    /// Zip and XML (the containers and markup of office files) use nothing of the plan, so they sit
    /// with geometry and text; Office (Word and Excel import) and Example (the demo plan and the
    /// benchmark's generator) sit with store, import and export, as does Merge (the three-way merge
    /// of plan files and what a sync did).
    static let layers: [[String]] = [
        ["Geometry", "Text", "Zip", "XML"],
        ["Model", "Deadline", "Framework"],
        ["Store", "Import", "Export", "CLI", "Office", "Example", "Merge"],
        ["Layout"],
        ["Board", "Edit"],
        ["Render"],
        ["Session"],
    ]

    /// Uses against the order that the code has today, each a known debt to pay off, not a
    /// pattern to copy: folder → type names of a later layer it may still use.
    static let knownExceptions: [String: Set<String>] = [
        // Style's RAG colours: Text names the model's RAG (they belong in Render).
        "Text": ["RAG"],
        // Layout measures the board state, the help the keymap gives, and the field being edited.
        "Layout": ["BoardState", "EditableField", "Keymap", "Mode"],
        // The reducer names what $EDITOR gave back and how to choose one (declared in Session/).
        "Board": ["ExternalEdit", "EditorChoice"],
    ]

    static let core = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/PlanBoardCore").standardized

    @Test func everyFolderOfTheCoreIsInALayerAndHoldsSwiftFiles() throws {
        let folders = try FileManager.default.contentsOfDirectory(at: Self.core, includingPropertiesForKeys: [.isDirectoryKey])
            .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
            .map(\.lastPathComponent)
        #expect(Set(folders) == Set(Self.layers.joined()), "place new folders in a layer of this test and ARCHITECTURE.md")
        for folder in Self.layers.joined() {
            #expect(try !swiftFiles(in: Self.core.appendingPathComponent(folder)).isEmpty, "\(folder)/ holds no Swift files")
        }
    }

    @Test func noFolderNamesATypeOfALaterLayer() throws {
        let declaredIn = try Dictionary(uniqueKeysWithValues: Self.layers.joined().map { folder in
            (folder, try declarations(in: Self.core.appendingPathComponent(folder)))
        })
        #expect(declaredIn["Render"].map { $0.isSuperset(of: ["Grid", "Widget", "DetailView"]) } == true)
        #expect(declaredIn["Session"].map { $0.contains("BoardSession") } == true)
        #expect(declaredIn["Board"].map { $0.contains("Reducer") } == true)
        var checkedFiles = 0
        for (rank, layer) in Self.layers.enumerated() {
            let later = Set(Self.layers[(rank + 1)...].joined().flatMap { declaredIn[$0] ?? [] })
            for folder in layer {
                // A name the folder declares itself (nested, as WordML.Cell) is its own.
                let own = try declarations(in: Self.core.appendingPathComponent(folder), nested: true)
                let forbidden = later.subtracting(own).subtracting(Self.knownExceptions[folder] ?? [])
                for file in try swiftFiles(in: Self.core.appendingPathComponent(folder)) {
                    checkedFiles += 1
                    for line in try code(of: file) {
                        let used = forbidden.intersection(words(line))
                        #expect(used.isEmpty, "\(folder)/\(file.lastPathComponent) uses \(used.sorted()) of a later layer: \(line)")
                    }
                }
            }
        }
        #expect(checkedFiles > 100)
    }

    /// Top-level type names declared in a folder (nested names such as CardMarks.Context are not unique).
    private func declarations(in folder: URL, nested: Bool = false) throws -> Set<String> {
        Set(try swiftFiles(in: folder).flatMap { file in
            try String(contentsOf: file, encoding: .utf8).split(separator: "\n").compactMap { line -> String? in
                let words = line.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" })
                guard nested || !line.hasPrefix(" "), !line.hasPrefix("//"), !line.hasPrefix("extension"),
                      let kind = words.firstIndex(where: { ["struct", "enum", "class", "protocol", "typealias"].contains($0) }),
                      kind + 1 < words.count else { return nil }
                return String(words[kind + 1])
            }
        })
    }

    /// The lines of a file that are not comments, without the text of one-line string literals.
    private func code(of file: URL) throws -> [Substring] {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            .map { Substring($0.replacingOccurrences(of: #""([^"\\]|\\.)*""#, with: "\"\"", options: .regularExpression)) }
    }

    private func words(_ line: Substring) -> Set<String> {
        Set(line.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).map(String.init))
    }

    private func swiftFiles(in folder: URL) throws -> [URL] {
        let items = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (items?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
    }
}
