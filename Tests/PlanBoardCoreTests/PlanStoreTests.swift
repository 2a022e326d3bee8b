import Foundation
import Testing
@testable import PlanBoardCore

@Suite struct PlanStoreTests: StoreFiles {
    /// The error `open` throws, or nil when it opens (the store is closed again at once).
    func openError(_ path: String) -> StoreError? {
        do {
            let opened = try PlanStore.open(path: path) { Plan(title: "unused") }
            opened.store.close()
            return nil
        } catch {
            return error
        }
    }

    /// The error `save` throws, or nil when it saves.
    func saveError(_ store: PlanStore, _ plan: Plan) -> StoreError? {
        do {
            try store.save(plan)
            return nil
        } catch {
            return error
        }
    }

    @Test func createsTheFileWhenThereIsNoneAndSaysSo() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            let (store, plan, created) = try PlanStore.open(path: path) { small }
            defer { store.close() }
            #expect(created)
            #expect(plan == small)
            #expect(bytes(path) == PlanFile.encode(small))
            #expect(store.displayName == "plan.json")
            #expect(names(in: folder) == [".plan.json.lock", "plan.json"])
        }
    }

    @Test func roundTripsAPlanWithEveryFieldSetThroughDisk() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            let first = try PlanStore.open(path: path) { small }
            try first.store.save(.everyFieldSet)
            first.store.close()
            let second = try PlanStore.open(path: path) { small }
            defer { second.store.close() }
            #expect(!second.created)
            #expect(second.plan == .everyFieldSet)
        }
    }

    @Test func savesLeaveNoTemporaryFileAndKeepMode600() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            write(PlanFile.encode(small), to: path)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
            let store = try PlanStore.open(path: path) { small }.store
            defer { store.close() }
            for n in 1...3 {
                var plan = small
                plan.title = "Edit \(n)"
                try store.save(plan)
            }
            #expect(names(in: folder) == [".plan.json.lock", "plan.json", "plan.json.bak"])
            #expect(mode(path) == 0o600)
            #expect(mode(path + ".bak") == 0o600)
            #expect(try PlanFile.decode(bytes(path) ?? [], path: path).title == "Edit 3")
        }
    }

    @Test func writesThroughASymlinkToItsTarget() throws {
        try withTemporaryFolder { folder in
            try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: false)
            let real = folder + "/real/board.json"
            write(PlanFile.encode(small), to: real)
            let link = folder + "/plan.json"
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real/board.json")
            let store = try PlanStore.open(path: link) { small }.store
            defer { store.close() }
            try store.save(.everyFieldSet)
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real/board.json")
            #expect(bytes(real) == PlanFile.encode(.everyFieldSet))
            #expect(bytes(real + ".bak") == PlanFile.encode(small))
            #expect(store.displayName == "plan.json")
        }
    }

    @Test func backupHoldsTheFileAsItWasBeforeThisSessionsFirstSave() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            let original = PlanFile.encode(small)
            write(original, to: path)
            var plan = small
            let session = try PlanStore.open(path: path) { small }.store
            for n in 1...3 {
                plan.title = "Session one, edit \(n)"
                try session.save(plan)
            }
            #expect(bytes(path + ".bak") == original)
            session.close()

            let next = try PlanStore.open(path: path) { small }.store
            defer { next.close() }
            #expect(bytes(path + ".bak") == original, "opening alone does not touch the backup")
            plan.title = "Session two"
            try next.save(plan)
            #expect(try PlanFile.decode(bytes(path + ".bak") ?? [], path: "bak").title == "Session one, edit 3")
        }
    }

    @Test func aSecondOpenIsRefusedNamingTheHolderUntilTheFirstCloses() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            let first = try PlanStore.open(path: path) { small }.store
            guard case .locked(let shown, let holder) = openError(path) else {
                Issue.record("a second open was not refused")
                return
            }
            #expect(shown == path)
            #expect(holder.hasPrefix("pid \(getpid()), user "))
            #expect(holder.contains(" on host "))
            #expect(holder.contains(", since "))
            first.close()
            #expect(openError(path) == nil)
        }
    }

    /// The exit status of `flock -n LOCKFILE true`: 0 when another process could take the lock.
    func otherProcessLockStatus(_ lockFile: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        process.arguments = ["-n", lockFile, "true"]
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/flock")))
    func anotherProcessCannotTakeTheLockWhileOpen() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            let store = try PlanStore.open(path: path) { small }.store
            #expect(try otherProcessLockStatus(folder + "/.plan.json.lock") != 0)
            store.close()
            #expect(try otherProcessLockStatus(folder + "/.plan.json.lock") == 0)
            #expect(FileManager.default.fileExists(atPath: folder + "/.plan.json.lock"), "the lock file is left in place")
        }
    }

    @Test func releasesTheLockWhenTheStoreGoesAway() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            do { _ = try PlanStore.open(path: path) { small } }
            #expect(openError(path) == nil)
        }
    }

    @Test func describesTheLockHolderInLocalTime() throws {
        let since = Timestamp(day: Day(year: 2026, month: 11, day: 23)!, hour: 14, minute: 2)
        let holder = LockHolder(pid: 4242, user: "sam", host: "ward7", since: since)
        #expect(LockHolder(fileText: holder.fileText) == holder)
        #expect(holder.summary(now: since, utcOffset: 0) == "pid 4242, user sam on host ward7, since 14:02")
        #expect(holder.summary(now: since, utcOffset: 3600) == "pid 4242, user sam on host ward7, since 15:02")
        let nextDay = Timestamp(secondsSince1970: since.secondsSince1970 + 86_400)
        #expect(holder.summary(now: nextDay, utcOffset: 0) == "pid 4242, user sam on host ward7, since 23 Nov 2026 14:02")
        #expect(StoreError.locked(path: "plan.json", holder: holder.summary(now: since, utcOffset: 0)).description
            == "plan.json is open in another planboard (pid 4242, user sam on host ward7, since 14:02). Close that one first, or look at it meanwhile with planboard --read-only plan.json.")
    }

    @Test func refusesToOverwriteAnExternalChangeThenSavesAfterReload() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            let store = try PlanStore.open(path: path) { small }.store
            defer { store.close() }
            var theirs = small
            theirs.title = "Someone else's edit"
            let theirBytes = PlanFile.encode(theirs)
            write(theirBytes, to: path)
            #expect(throws: StoreError.changedOnDisk(path: path)) { try store.save(.everyFieldSet) }
            #expect(bytes(path) == theirBytes)
            #expect(try store.reload() == theirs)
            try store.save(.everyFieldSet)
            #expect(bytes(path) == PlanFile.encode(.everyFieldSet))
        }
    }

    @Test func aFileRewrittenWithTheSameBytesIsNotAChange() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            let store = try PlanStore.open(path: path) { small }.store
            defer { store.close() }
            let same = try #require(bytes(path))
            try FileManager.default.removeItem(atPath: path)
            write(same, to: path)  // a new inode with the same content, as `git checkout` would leave
            try store.save(.everyFieldSet)
            #expect(bytes(path) == PlanFile.encode(.everyFieldSet))
        }
    }

    @Test func aFailedSaveLeavesThePlanAsItWasAndNoTemporaryFile() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            write(PlanFile.encode(small), to: path)
            let store = try PlanStore.open(path: path) { small }.store
            defer { store.close() }
            // A folder where the backup goes makes the backup's rename fail, even for root.
            try FileManager.default.createDirectory(atPath: path + ".bak", withIntermediateDirectories: false)
            guard case .io(path, _, _)? = saveError(store, .everyFieldSet) else {
                Issue.record("the save did not fail with .io")
                return
            }
            #expect(bytes(path) == PlanFile.encode(small))
            #expect(names(in: folder) == [".plan.json.lock", "plan.json", "plan.json.bak"])
        }
    }

    /// Files the store must refuse, each left byte-for-byte as it was.
    enum BadFile: CaseIterable, Sendable {
        case empty, whitespace, truncated, malformed, notUTF8, newerSchema, noSchemaVersion, wrongType

        var bytes: [UInt8] {
            let good = Array(PlanFile.encode(.everyFieldSet))
            switch self {
            case .empty: return []
            case .whitespace: return Array("  \n\n\t ".utf8)
            case .truncated: return Array(good.prefix(good.count * 2 / 3))
            case .malformed: return Array("{\n  \"schemaVersion\": 1,\n  \"title\": \"x\"\n  \"owner\": \"y\"\n}\n".utf8)
            case .notUTF8: return Array("{\"title\": \"Caf".utf8) + [0xE9] + Array("\"}".utf8)
            case .newerSchema: return Array(#"{"schemaVersion": 2, "title": "x"}"#.utf8)
            case .noSchemaVersion: return Array(#"{"title": "x"}"#.utf8)
            case .wrongType: return Array("{\"schemaVersion\": 1,\n  \"title\": \"x\", \"outcomes\": {}}".utf8)
            }
        }

        func matches(_ error: StoreError?, path: String) -> Bool {
            switch (self, error) {
            case (.empty, .empty(path, nil)), (.whitespace, .empty(path, nil)): true
            case (.truncated, .malformed(path, _, _, _, nil)): true
            case (.malformed, .malformed(path, 4, 3, _, nil)): true
            case (.notUTF8, .notUTF8(path, 1, 15)): true
            case (.newerSchema, .newerSchema(path, 2, 1)): true
            case (.noSchemaVersion, .missingSchemaVersion(path)): true
            case (.wrongType, .invalidValue(path, 2, 29, "outcomes", _)): true
            default: false
            }
        }
    }

    @Test(arguments: BadFile.allCases)
    func refusesABadFileAndLeavesItUntouched(_ bad: BadFile) throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            write(bad.bytes, to: path)
            let error = openError(path)
            #expect(bad.matches(error, path: path), "\(bad): \(error.map(String.init(describing:)) ?? "opened")")
            #expect(bytes(path) == bad.bytes)
            #expect(names(in: folder) == [".plan.json.lock", "plan.json"])
            #expect(openError(path) == error, "the lock was released after the refusal")
        }
    }

    @Test func aFieldAddedByHandSurvivesASave() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            let hand = #"{"schemaVersion": 1, "title": "T", "x-owner-email": "chair@example.org", "outcomes": [{"id": "o1", "title": "O", "#
                + #""actions": [{"id": "a1", "ref": "1.1", "text": "Do it", "budget": {"pounds": 4000}}]}]}"#
            write(Array(hand.utf8), to: path)
            let (store, opened, _) = try PlanStore.open(path: path) { small }
            defer { store.close() }
            var plan = opened
            plan.outcomes[0].actions[0].rag = .red  // as the board rates it
            try store.save(plan)
            let written = String(decoding: bytes(path) ?? [], as: UTF8.self)
            #expect(written.contains("\n  \"x-owner-email\" : \"chair@example.org\"\n}"))
            #expect(written.contains("\"budget\" : {\n            \"pounds\" : 4000\n          },"))
            #expect(written.contains("\"rag\" : \"red\""))
        }
    }

    @Test func advisesRestoringTheBackupOnlyWhenThereIsOne() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            write(Array("{\n  \"title\": \"x\",\n}\n".utf8), to: path)
            let withoutBackup = try #require(openError(path))
            #expect(withoutBackup == .malformed(path: path, line: 2, column: 15,
                                                detail: "a trailing comma before '}': remove this comma"))
            #expect(!withoutBackup.description.contains(".bak"), "\(withoutBackup)")
            #expect(withoutBackup.description.hasSuffix("Fix it in a text editor."))

            write(PlanFile.encode(small), to: path + ".bak")
            let withBackup = try #require(openError(path))
            #expect(withBackup.description.hasSuffix("Fix it in a text editor, or restore \(path).bak."))

            write([], to: path)
            #expect(openError(path)?.description == "\(path) is empty. Restore it from \(path).bak or version control "
                + "or another copy, or delete it to start a new plan.")
            try FileManager.default.removeItem(atPath: path + ".bak")
            #expect(openError(path)?.description == "\(path) is empty. Restore it from version control or another copy, "
                + "or delete it to start a new plan.")
        }
    }

    @Test func aFailedReloadAdvisesTheBackupThisSessionTook() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            write(PlanFile.encode(small), to: path)
            let store = try PlanStore.open(path: path) { small }.store
            defer { store.close() }
            var plan = small
            plan.title = "Edited"
            try store.save(plan)  // takes plan.json.bak
            write(Array("{ broken".utf8), to: path)
            guard case .malformed(_, _, _, _, let backup)? = reloadError(store) else {
                Issue.record("the reload did not fail as malformed")
                return
            }
            #expect(backup == path + ".bak")
        }
    }

    func reloadError(_ store: PlanStore) -> StoreError? {
        do {
            _ = try store.reload()
            return nil
        } catch {
            return error
        }
    }

    @Test func aBrokenReloadKeepsTheOldBaseSoSavesStillRefuseToOverwrite() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            let store = try PlanStore.open(path: path) { small }.store
            defer { store.close() }
            write(Array("{ broken".utf8), to: path)
            #expect(throws: StoreError.self) { try store.reload() }
            #expect(throws: StoreError.changedOnDisk(path: path)) { try store.save(small) }
            #expect(bytes(path) == Array("{ broken".utf8))
        }
    }
}
