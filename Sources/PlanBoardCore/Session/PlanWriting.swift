/// A write of the whole plan that the session hands off the key path.
public enum PlanWrite: Equatable, Sendable {
    /// Write unless someone else changed the file since it was read or last written.
    case save(Plan)
    /// Write even though the file changed on disk: the user chose to keep their version.
    case overwrite(Plan)
    /// Write over the version on disk, which is someone else's, keeping theirs beside it.
    case saveKeepingTheirs(Plan)

    /// `write` replacing this one in the queue: the newer plan, keeping the stronger kind, so a
    /// queued write that must keep theirs (or write over them) is not turned into a plain save.
    public func replaced(by write: PlanWrite) -> PlanWrite {
        switch (self, write) {
        case (.saveKeepingTheirs, .save(let plan)): .saveKeepingTheirs(plan)
        case (.overwrite, .save(let plan)): .overwrite(plan)
        default: write
        }
    }

    /// The same kind of write for `plan` (a retry of a failed write with the latest plan).
    public func with(_ plan: Plan) -> PlanWrite {
        switch self {
        case .save: .save(plan)
        case .overwrite: .overwrite(plan)
        case .saveKeepingTheirs: .saveKeepingTheirs(plan)
        }
    }

    /// The plan to be written.
    public var plan: Plan {
        switch self {
        case .save(let plan), .overwrite(let plan), .saveKeepingTheirs(let plan): plan
        }
    }
}

/// Carries out plan writes so that a key never waits for the disk.
///
/// Latest wins: a write queued behind a running one is replaced by a newer one, and only the
/// result of the last write of a burst is reported, so the status line never says "saved" while
/// a newer change is still on its way to the disk.
public protocol PlanWriting: AnyObject {
    /// Queues `write`, replacing any queued write that has not started (keeping its kind when
    /// stronger: see `PlanWrite.replaced(by:)`).
    func submit(_ write: PlanWrite)
    /// The kind of the last write that failed, if the last write failed: a retry repeats it.
    var lastFailed: PlanWrite? { get }
    /// The result of the last write of a finished burst (`.saved` or `.saveFailed`), if one
    /// finished since the last call. Never blocks.
    func takeResult() -> Message?
    /// Waits until nothing is queued or running, then returns what `takeResult` would.
    func flush() -> Message?
    /// Reads the plan again from the store, after waiting for writes to finish. Their results are
    /// dropped when the reload succeeds (it replaces what they wrote); when it fails, a failed
    /// write's result is kept for `takeResult`, so no failure goes unshown.
    func reload() throws(StoreError) -> Plan
    /// The plan as the store last read or wrote it, after waiting for writes to finish (their
    /// results stay for `takeResult`); nil when the store cannot tell.
    func lastReadOrWritten() -> Plan?
    /// Whether the file changed on disk since the store last read or wrote it (see
    /// `PlanSaving.changedOnDisk`), after waiting for writes to finish.
    func fileChanged() -> Bool
    /// Called from the writing thread whenever a result is ready, so the driver can wake its
    /// event loop and show it at once.
    var onResult: (@Sendable () -> Void)? { get set }
}

extension PlanWriting {
    /// The message reporting one finished write.
    static func result(of write: PlanWrite, to store: any PlanSaving) -> Message {
        do {
            switch write {
            case .save(let plan): try store.save(plan)
            case .overwrite(let plan): try store.overwrite(plan)
            case .saveKeepingTheirs(let plan): try store.saveKeepingTheirs(plan)
            }
            return store.takeNotice().map(Message.savedWithNotice) ?? .saved
        } catch {
            return .saveFailed(error)
        }
    }
}
