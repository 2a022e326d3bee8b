import Foundation
import Testing
@testable import PlanBoardCore

/// Subcommands read only regular files of a sensible size, and say why not.
@Suite("FileAccess")
struct FileAccessTests {
    @Test func refusesAFileLargerThanTheLimitBeforeReadingIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planboard-fileaccess-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("plan.csv").path
        try Data(repeating: 65, count: 2_000).write(to: URL(fileURLWithPath: path))
        #expect(try FileAccess.read(path, limit: 2_000).count == 2_000)
        #expect(throws: CommandError.file(path: path, message: "is larger than the 1999 bytes planboard reads; "
            + "plans are far smaller, so check that this is the right file")) {
            try FileAccess.read(path, limit: 1_999)
        }
        #expect(FileAccess.largestSource == 256 << 20)
    }

    @Test func refusesADeviceInsteadOfReadingForever() {
        // /dev/zero never ends; reading it whole would fill memory.
        #expect(throws: CommandError.file(path: "/dev/zero", message: "is not a regular file (a device, named pipe or socket); "
            + "give the path of a saved file")) {
            try FileAccess.read("/dev/zero")
        }
    }

    @Test func refusesAFolder() {
        #expect(throws: CommandError.file(path: "/", message: "is a folder, not a file")) { try FileAccess.read("/") }
    }
}
