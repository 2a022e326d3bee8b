import Foundation
import Testing
@testable import PlanBoardCore

/// Golden screens: a grid's text, then its styles (`GoldenStyles`), compared with
/// `Snapshots/NAME.txt` beside this file.
func assertSnapshot(_ grid: Grid, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    assertGolden(grid.text + "\n" + GoldenStyles.section(of: grid), named: name + ".txt", filePath: filePath, sourceLocation: sourceLocation)
}

/// Compares `actual` with the golden file `Snapshots/NAME` beside this file. Anything but a match
/// fails the test: a difference (naming the first line that differs), a missing file (written
/// from this run for review) and a run with `RECORD_SNAPSHOTS=1` (every golden written anew, so
/// a changed golden can never pass unnoticed: review the diff, then run the tests again).
func assertGolden(_ actual: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name)
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    let expected = try? String(contentsOf: file, encoding: .utf8)
    let verdict = GoldenVerdict(expected: expected, actual: actual, recording: recording)
    if verdict.writesFile {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("Could not write the golden file \(file.path): \(error)", sourceLocation: sourceLocation)
        }
    }
    if let problem = verdict.problem(name: name, actual: actual) {
        Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
    }
}

/// What comparing a golden file with a test's output found, and what follows from it.
enum GoldenVerdict: Equatable {
    case matches
    /// The first line (counted from 1) where they differ, with both versions of it.
    case differs(line: Int, expected: String?, actual: String?)
    /// There was no golden file: this run's output is written, and the test fails until reviewed.
    case missing
    /// `RECORD_SNAPSHOTS=1`: the output is written whether or not it changed, and the test fails.
    case recorded(changed: Bool)

    init(expected: String?, actual: String, recording: Bool) {
        if recording {
            self = .recorded(changed: expected != actual)
        } else if let expected {
            if expected == actual {
                self = .matches
            } else {
                let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
                let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
                let first = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
                self = .differs(line: first + 1, expected: first < e.count ? String(e[first]) : nil,
                                actual: first < a.count ? String(a[first]) : nil)
            }
        } else {
            self = .missing
        }
    }

    /// True when the golden file is to be (re)written from this run.
    var writesFile: Bool {
        switch self {
        case .missing, .recorded: true
        case .matches, .differs: false
        }
    }

    /// Why the test fails, or nil when it passes.
    func problem(name: String, actual: String) -> String? {
        let review = "Review it with `git diff -- Tests/PlanBoardCoreTests/Snapshots`, then run the tests again without RECORD_SNAPSHOTS."
        switch self {
        case .matches:
            return nil
        case .missing:
            return "No golden file \(name) existed; wrote it from this run. \(review)"
        case .recorded(let changed):
            return "RECORD_SNAPSHOTS=1: wrote \(name) (\(changed ? "it changed" : "unchanged")). \(review)"
        case .differs(let line, let expectedLine, let actualLine):
            return """
                Differs from \(name) at line \(line):
                expected: \(expectedLine ?? "<none>")
                actual:   \(actualLine ?? "<none>")
                If the change is intended: RECORD_SNAPSHOTS=1 swift test, review the diff, run again.
                Whole output:
                \(actual)
                """
        }
    }
}

/// Sends messages in order at the fixed test time, returning every effect.
@discardableResult
func send(_ state: inout BoardState, _ messages: Message...) -> [Effect] {
    var effects: [Effect] = []
    for message in messages { effects += Reducer.reduce(&state, message, now: Fixtures.now) }
    return effects
}
