import Foundation
import Testing
@testable import PlanBoardCore

/// Golden screens: a grid's text compared with `Snapshots/NAME.txt` beside this file.
/// Run with `RECORD_SNAPSHOTS=1` to write the files anew after an intended change, then review the diff.
func assertSnapshot(_ grid: Grid, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    assertGolden(grid.text + "\n", named: name + ".txt", filePath: filePath, sourceLocation: sourceLocation)
}

/// Compares `actual` with the golden file `Snapshots/NAME` beside this file, reporting the first
/// line that differs; a missing file (or `RECORD_SNAPSHOTS=1`) writes it instead.
func assertGolden(_ actual: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name)
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        if !recording {
            Issue.record("No golden file \(name) existed; recorded it. Review it and run again.", sourceLocation: sourceLocation)
        }
        return
    }
    if expected != actual {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        Issue.record("""
            Differs from \(name) at line \(first + 1):
            expected: \(first < e.count ? String(e[first]) : "<none>")
            actual:   \(first < a.count ? String(a[first]) : "<none>")
            Whole text:
            \(actual)
            """, sourceLocation: sourceLocation)
    }
}

/// Sends messages in order at the fixed test time, returning every effect.
@discardableResult
func send(_ state: inout BoardState, _ messages: Message...) -> [Effect] {
    var effects: [Effect] = []
    for message in messages { effects += Reducer.reduce(&state, message, now: Fixtures.now) }
    return effects
}
