/// The plan's JSON file on disk: the only code that reads or writes it.
///
/// Opening takes a lock (`.plan.json.lock`) so a second planboard is refused; every save first
/// checks that the file is still the one this store loaded or last wrote, then replaces it
/// crash-safely, keeping its permissions and writing through a symlink to the real file. The
/// file as it was before this session's first save is kept beside it as `plan.json.bak`, and a
/// version someone else saved that the user chose to write over as `plan.json.theirs`.
public final class PlanStore: PlanSaving {
    /// The plan's path as the user gave it; used in every message.
    public let path: String
    /// The real file written (the symlink's target when `path` is a symlink).
    private let target: String
    /// Nil for a read-only plan in a folder where no lock file can be made.
    private let lock: PlanLock?
    /// Why this plan can be read but not written (a read-only file or folder), or nil.
    public let readOnlyReason: String?
    /// The bytes and status of the file as last read or written: what "unchanged on disk" means.
    private var base: (bytes: [UInt8], status: FileStatus)
    /// Set once the backup has been written (or there was nothing to back up).
    private var backupTaken: Bool
    /// What the last write found that the user should know, until taken.
    private var notice: WriteNotice?

    private init(path: String, target: String, lock: PlanLock?, base: (bytes: [UInt8], status: FileStatus),
                 backupTaken: Bool, readOnlyReason: String? = nil) {
        self.path = path
        self.target = target
        self.lock = lock
        self.readOnlyReason = readOnlyReason
        self.base = base
        self.backupTaken = backupTaken
    }

    deinit { lock?.release() }

    /// Opens the plan at `path`: takes the lock first, then reads and decodes the file; when there is
    /// no file, writes `makeNew()` there and reports `created`.
    ///
    /// Throws `.locked` when another planboard has it open (by this name or another, such as a hard
    /// link), `.notAPlanFile` for a path to anything but a regular file, a symbolic link to nothing
    /// or a file far too large, any of `PlanFile.decode`'s errors for a file it cannot read (the
    /// file is left as it was), or `.io`. Temporary files that killed saves of this plan left
    /// behind are removed first.
    ///
    /// A plan opened only to be looked at (`readOnly`, or a file or folder this user cannot write)
    /// takes no lock, so it never keeps out an officer who can edit it; it must exist.
    public static func open(path: String, readOnly: Bool = false, creatingWith makeNew: () -> Plan)
        throws(StoreError) -> (store: PlanStore, plan: Plan, created: Bool) {
        let opened = try openUndecoded(path: path, readOnly: readOnly, creatingWith: makeNew)
        switch opened.found {
        case .file(let bytes):
            return (opened.store, try opened.store.decoder(bytes), false)
        case .created(let plan):
            return (opened.store, plan, true)
        }
    }

    /// What opening a plan found: the file's bytes, read but not yet decoded, or a new plan made
    /// and written because there was no file.
    public enum Found: Sendable {
        case file([UInt8])
        case created(Plan)
    }

    /// `open` without the decoding: takes the lock, reads the file (or writes `makeNew()` where
    /// there is none) and returns its bytes, so the caller can decode them with `decoder` on
    /// another thread while it draws a preview (`PlanPreview`). Until the bytes have decoded, the
    /// store must not be used to save: a file that fails to decode must be left as it is, so
    /// drop the store (which releases the lock) and report the error. Throws what `open` throws,
    /// but for decoding errors.
    public static func openUndecoded(path: String, readOnly: Bool = false, creatingWith makeNew: () -> Plan)
        throws(StoreError) -> (store: PlanStore, found: Found) {
        let target = try DiskFile.planTarget(for: path, reportingAs: path)
        if let reason = readOnly ? "opened with --read-only" : WriteAccess.problem(with: target, shown: path) {
            guard let found = try DiskFile.contents(of: target, reportingAs: path) else {
                if !readOnly { return try openForWriting(path: path, target: target, creatingWith: makeNew) }
                throw .notAPlanFile(path: path, reason: "there is no plan there to look at (--read-only creates none)")
            }
            let store = PlanStore(path: path, target: target, lock: nil, base: found, backupTaken: true,
                                  readOnlyReason: reason)
            return (store, .file(found.bytes))
        }
        return try openForWriting(path: path, target: target, creatingWith: makeNew)
    }

    /// Takes the lock, then reads the plan, or writes `makeNew()` when there is none.
    private static func openForWriting(path: String, target: String, creatingWith makeNew: () -> Plan)
        throws(StoreError) -> (store: PlanStore, found: Found) {
        let lock = try PlanLock.acquire(for: target, reportingAs: path)
        StaleTemporaryFiles.remove(besides: target)
        if let found = try DiskFile.contents(of: target, reportingAs: path) {
            let store = PlanStore(path: path, target: target, lock: lock, base: found, backupTaken: false)
            return (store, .file(found.bytes))
        }
        let plan = makeNew()
        let bytes = PlanFile.encode(plan)
        let status = try DiskFile.replace(target, with: bytes, keeping: nil, reportingAs: path)
        lock.follow(target)
        let store = PlanStore(path: path, target: target, lock: lock, base: (bytes, status), backupTaken: true)
        return (store, .created(plan))
    }

    /// Decodes bytes of this store's file as `open` does (`PlanFile.decode`, advising the backup
    /// when there is one); a value that can be handed to another thread.
    public var decoder: @Sendable ([UInt8]) throws(StoreError) -> Plan {
        let path = path, target = target
        return { bytes throws(StoreError) in try Self.decode(bytes, path: path, target: target) }
    }

    /// `plan.json`: the file's name, for the header and messages.
    public var displayName: String { DiskFile.name(of: path) }

    /// The backup's path: the real file's path plus `.bak`.
    public var backupPath: String { target + ".bak" }

    /// Where `overwrite` keeps the version it wrote over: the real file's path plus `.theirs`.
    public var theirsPath: String { target + ".theirs" }

    /// Writes `plan` in place of the file, or throws leaving the file exactly as it was.
    ///
    /// Throws `.changedOnDisk` when someone else changed the file since it was loaded or last
    /// saved (nothing is written: reload to see their version), `.io` when a step fails.
    /// A file deleted meanwhile is written again (no one's work is lost by that) and `takeNotice`
    /// then says so, since it may have been moved on purpose.
    public func save(_ plan: Plan) throws(StoreError) {
        try write(plan, checkingForChanges: true)
    }

    /// Writes `plan` even though someone else changed the file since it was loaded: the user has
    /// seen the conflict and chosen to keep their version.
    ///
    /// The other person's version (the file as it is on disk, when it differs from what this
    /// store loaded or last wrote) is first copied, crash-safely and with the same permissions,
    /// to `theirsPath` (`plan.json.theirs`), replacing any earlier copy there; the `.bak` backup
    /// is not the place for it, as it is usually taken already. Throws `.io` when a step fails,
    /// leaving the plan file as it was.
    public func overwrite(_ plan: Plan) throws(StoreError) {
        try write(plan, checkingForChanges: false)
    }

    /// Writes `plan` over the file as this store last read it, which is someone else's version
    /// (the user reloaded it, then undid the reload): that version is first copied to
    /// `theirsPath`, as `overwrite` does. Throws `.changedOnDisk` if the file changed again since.
    public func saveKeepingTheirs(_ plan: Plan) throws(StoreError) {
        if let status = try DiskFile.status(of: target, reportingAs: path) {
            try DiskFile.replace(theirsPath, with: base.bytes, keeping: status, reportingAs: path)
        }
        try write(plan, checkingForChanges: true)
    }

    private func write(_ plan: Plan, checkingForChanges: Bool) throws(StoreError) {
        if let readOnlyReason {
            throw .io(path: path, operation: "save", reason: readOnlyReason)
        }
        guard let lock, lock.isHeld else {
            throw .io(path: path, operation: "save", reason: "this planboard has already closed the plan")
        }
        let bytes = PlanFile.encode(plan)
        let current = try DiskFile.status(of: target, reportingAs: path)
        if checkingForChanges, let current, current.identity != base.status.identity {
            guard let onDisk = try DiskFile.contents(of: target, reportingAs: path), onDisk.bytes == base.bytes else {
                throw .changedOnDisk(path: path)
            }
        }
        if !checkingForChanges, current != nil, let theirs = try DiskFile.contents(of: target, reportingAs: path),
           theirs.bytes != base.bytes {
            try DiskFile.replace(theirsPath, with: theirs.bytes, keeping: theirs.status, reportingAs: path)
        }
        if let current, !backupTaken {
            try DiskFile.replace(backupPath, with: base.bytes, keeping: current, reportingAs: path)
            backupTaken = true
        }
        let status = try DiskFile.replace(target, with: bytes, keeping: current, reportingAs: path)
        lock.follow(target)
        base = (bytes, status)
        if current == nil { notice = .recreated(path: path) }
    }

    public func changedOnDisk() -> Bool {
        guard let current = try? DiskFile.status(of: target, reportingAs: path) else { return false }
        if current.identity == base.status.identity { return false }
        guard let found = try? DiskFile.contents(of: target, reportingAs: path) else { return false }
        return found.bytes != base.bytes
    }

    public func lastReadOrWritten() -> Plan? {
        try? PlanFile.decode(base.bytes, path: path)
    }

    public func takeNotice() -> WriteNotice? {
        defer { notice = nil }
        return notice
    }

    /// Reads and decodes the file as it is now, and takes it as the base for later saves.
    ///
    /// Throws what `open` throws for a file it cannot read; the base is then left unchanged.
    public func reload() throws(StoreError) -> Plan {
        guard let found = try DiskFile.contents(of: target, reportingAs: path) else {
            throw .io(path: path, operation: "read the plan", reason: "the file is no longer there")
        }
        let plan = try Self.decode(found.bytes, path: path, target: target)
        base = found
        return plan
    }

    /// `PlanFile.decode`, advising to restore the backup (`plan.json.bak`) only when there is one.
    private static func decode(_ bytes: [UInt8], path: String, target: String) throws(StoreError) -> Plan {
        do {
            return try PlanFile.decode(bytes, path: path)
        } catch {
            let backup = target + ".bak"
            guard DiskFile.isRegularFile(backup) else { throw error }
            throw error.advisingRestore(from: DiskFile.isSymlink(path) ? backup : path + ".bak")
        }
    }

    /// Releases the lock; later saves throw. The lock file stays (removing it would race).
    public func close() {
        lock?.release()
    }
}
