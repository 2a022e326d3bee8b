import Dispatch
import Synchronization

/// Writes the plan on a serial background queue: the app's `PlanWriting`.
///
/// The store is only touched on that queue, or on the caller's thread once the queue is idle
/// (`reload`, after `flush`), so a store that is not thread-safe stays safe.
public final class BackgroundPlanWriter: PlanWriting, @unchecked Sendable {
    private let store: any PlanSaving
    private let queue = DispatchQueue(label: "planboard.writer")
    private let shared = Mutex(Shared())
    private let callback = Mutex<(@Sendable () -> Void)?>(nil)

    /// What both threads see: the write waiting to start, whether a drain is scheduled, the
    /// finished result not yet taken.
    private struct Shared: ~Copyable {
        var pending: PlanWrite?
        var draining = false
        var result: Message?
        /// A notice from a write of the running burst that a later write's plain result must
        /// not lose (the file had gone and was written again).
        var notice: WriteNotice?
        var lastFailed: PlanWrite?
    }

    public init(store: any PlanSaving) {
        self.store = store
    }

    public var onResult: (@Sendable () -> Void)? {
        get { callback.withLock { $0 } }
        set { callback.withLock { $0 = newValue } }
    }

    public var lastFailed: PlanWrite? { shared.withLock { $0.lastFailed } }

    public func submit(_ write: PlanWrite) {
        let start = shared.withLock { state -> Bool in
            // A write that had to keep theirs and failed still must: the next plan goes the same way.
            let base = state.pending ?? state.lastFailed.flatMap { failed -> PlanWrite? in
                if case .save = failed { return nil }
                return failed
            }
            state.pending = base.map { $0.replaced(by: write) } ?? write
            defer { state.draining = true }
            return !state.draining
        }
        if start { queue.async { self.drain() } }
    }

    public func takeResult() -> Message? {
        shared.withLock { state in
            defer { state.result = nil }
            return state.result
        }
    }

    public func flush() -> Message? {
        queue.sync {}
        return takeResult()
    }

    public func reload() throws(StoreError) -> Plan {
        let unseen = flush()
        do {
            return try store.reload()
        } catch {
            if case .saveFailed = unseen { shared.withLock { $0.result = unseen } }
            throw error
        }
    }

    public func fileChanged() -> Bool {
        queue.sync { store.changedOnDisk() }
    }

    public func lastReadOrWritten() -> Plan? {
        queue.sync {}
        return store.lastReadOrWritten()
    }

    /// Writes queued plans until none is left, then publishes the last result.
    private func drain() {
        while true {
            let next = shared.withLock { state -> PlanWrite? in
                defer { state.pending = nil }
                if state.pending == nil { state.draining = false }
                return state.pending
            }
            guard let next else { return }
            var result = Self.result(of: next, to: store)
            let finished = shared.withLock { state -> Bool in
                if case .savedWithNotice(let notice) = result { state.notice = notice }
                if case .saveFailed = result { state.lastFailed = next } else { state.lastFailed = nil }
                guard state.pending == nil else { return false }
                if result == .saved, let notice = state.notice { result = .savedWithNotice(notice) }
                state.notice = nil
                state.result = result
                return true
            }
            if finished { callback.withLock { $0 }?() }
        }
    }
}
