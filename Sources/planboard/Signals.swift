import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The signal that asked planboard to stop, if any. A global because a C signal handler can
/// capture nothing; it is atomic, and the run loop polls it (a blocked read would not wake).
let receivedSignal = Atomic<Int32>(0)

/// Installs handlers for SIGTERM, SIGHUP and SIGINT that only record the signal.
/// SIGWINCH is left to ncurses, which turns it into KEY_RESIZE.
enum Signals {
    static func install() {
        for number in [SIGTERM, SIGHUP, SIGINT] {
            signal(number) { received in receivedSignal.store(received, ordering: .relaxed) }
        }
    }

    /// The pending signal, or nil.
    static func pending() -> Int32? {
        let value = receivedSignal.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
