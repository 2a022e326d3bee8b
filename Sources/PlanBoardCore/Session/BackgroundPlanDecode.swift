import Dispatch
import Synchronization

/// Decodes a plan file's bytes on another thread, so the first screen can be drawn from a
/// `PlanPreview` meanwhile (a 10,000-action file takes about 25 ms to decode in full).
///
/// The board is built from `wait()`'s plan only: nothing can be changed or saved before the whole
/// file has decoded, and when it fails, `wait()` throws the same error `PlanStore.open` would.
public final class BackgroundPlanDecode: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let result = Mutex<Result<Plan, StoreError>?>(nil)

    /// Starts decoding `bytes` with `decode` (a store's `decoder`) at once, on another thread.
    public init(_ bytes: [UInt8], with decode: @escaping @Sendable ([UInt8]) throws(StoreError) -> Plan) {
        DispatchQueue.global(qos: .userInteractive).async { [self] in
            let decoded = Result { () throws(StoreError) -> Plan in try decode(bytes) }
            result.withLock { $0 = decoded }
            finished.signal()
        }
    }

    /// Waits for the decoding to finish and gives the whole plan, or throws its error.
    public func wait() throws(StoreError) -> Plan {
        finished.wait()
        finished.signal()  // a second wait returns at once
        return try result.withLock { $0! }.get()
    }
}
