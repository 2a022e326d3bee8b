import Foundation
import Testing
@testable import PlanBoardCore

/// The lock file is plain text anyone can write, and a second planboard prints who it names.
@Suite struct LockMessageTests: StoreFiles {
    /// Holds the plan's lock the way another planboard would, with `text` in the lock file.
    func holdLock(for path: String, writing text: String) throws -> Int32 {
        let fd = open(PlanLock.lockPath(for: path), O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        try #require(fd >= 0)
        let bytes = Array(text.utf8)
        try #require(Glibc.write(fd, bytes, bytes.count) == bytes.count)
        try #require(flock(fd, LOCK_EX | LOCK_NB) == 0)
        return fd
    }

    func lockedMessage(_ path: String) -> String? {
        do {
            let opened = try PlanStore.open(path: path) { Plan(title: "unused") }
            opened.store.close()
            return nil
        } catch {
            guard case .locked = error else { return "unexpected: \(error)" }
            return error.description
        }
    }

    @Test func aCraftedHolderIsShownNotObeyed() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            let fd = try holdLock(for: path, writing: "pid 4242\nuser sam\(HostileText.payload)\n"
                + "host ward7\u{1B}]52;c;cm0gLXJmIH4K\u{07}\nsince 2026-11-23T14:02:00Z\n")
            defer { close(fd) }
            let message = try #require(lockedMessage(path))
            #expect(message.contains("user sam␛]0;PWNED␇"), "\(message)")
            #expect(message.contains("host ward7␛]52;"))
            #expect(HostileText.actedOn(in: message).isEmpty, "\(HostileText.actedOn(in: message))")
        }
    }

    @Test func aHugeHolderNameIsCut() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            let fd = try holdLock(for: path, writing: "pid 4242\nuser \(String(repeating: "x", count: 900))\n"
                + "host ward7\nsince 2026-11-23T14:02:00Z\n")
            defer { close(fd) }
            let message = try #require(lockedMessage(path))
            // The path appears twice (the plan, and the --read-only command to look at it); 900 x's would not fit.
            #expect(message.count < 400, "\(message.count) characters")
            #expect(message.contains("xxx…"))
            #expect(message.contains("on host ward7"))
        }
    }
}
