/// Runs the board: turns terminal events into messages, reduces them, carries out the effects
/// (save, reload) against a `PlanSaving`, and draws after each one.
///
/// The clock and the store are injected, so tests drive a whole session with a scripted terminal
/// and an in-memory store.
public final class BoardSession {
    public private(set) var state: BoardState
    private let store: any PlanSaving
    private let clock: () -> Timestamp
    /// Set once the reducer has asked to quit.
    public private(set) var isFinished = false
    /// The terminal while `run` is running: external editing suspends it.
    private var terminal: (any TerminalScreen)?

    public init(state: BoardState, store: any PlanSaving, clock: @escaping () -> Timestamp) {
        self.state = state
        self.store = store
        self.clock = clock
    }

    /// Why `run` returned.
    public enum Ending: Equatable, Sendable {
        /// The user quit.
        case quit
        /// A signal (SIGTERM, SIGHUP, SIGINT) asked the app to stop.
        case signal(Int32)
    }

    /// Reduces one message and carries out its effects, feeding their results back in.
    public func send(_ message: Message) {
        var queue = [message]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in Reducer.reduce(&state, next, now: clock()) {
                if let result = perform(effect) { queue.append(result) }
            }
        }
    }

    /// Turns a terminal event into a message for the current mode (nil when the key is not bound).
    public func message(for event: TerminalEvent) -> Message? {
        switch event {
        case .resize(let size): .resize(size)
        case .key(let key): Keymap.message(for: key, in: state)
        }
    }

    private func perform(_ effect: Effect) -> Message? {
        switch effect {
        case .save(let plan):
            return written { () throws(StoreError) in try store.save(plan) }
        case .overwrite(let plan):
            return written { () throws(StoreError) in try store.overwrite(plan) }
        case .reload:
            do {
                return .reloaded(try store.reload())
            } catch {
                return .reloadFailed(error)
            }
        case .editExternally(let text):
            return .externallyEdited(terminal?.editExternally(text))
        case .quit:
            isFinished = true
            return nil
        }
    }

    /// The message that reports a write: `.saved`, or `.saveFailed` with why.
    private func written(_ write: () throws(StoreError) -> Void) -> Message {
        do {
            try write()
            return .saved
        } catch {
            return .saveFailed(error)
        }
    }

    /// Draws, then handles events until the user quits or `interrupted` reports a signal.
    public func run(on terminal: some TerminalScreen, interrupted: () -> Int32?) -> Ending {
        self.terminal = terminal
        defer { self.terminal = nil }
        let size = terminal.size()
        if size != state.size { send(.resize(size)) }
        terminal.draw(BoardView.render(state))
        while !isFinished {
            if let signal = interrupted() {
                finishAfterSignal()
                return .signal(signal)
            }
            guard let event = terminal.nextEvent() else { continue }
            guard let message = message(for: event) else { continue }
            send(message)
            if !isFinished { terminal.draw(BoardView.render(state)) }
        }
        return .quit
    }

    /// On a signal every change is normally already saved; if the last save failed, try once more
    /// and record the outcome in `state` (`.saved`, or `.failed` with the new error), so the caller
    /// can tell the user whether anything is left unsaved. A file changed on disk is never
    /// written over: that is the user's choice, in the conflict dialog.
    private func finishAfterSignal() {
        guard case .failed(let error) = state.saveStatus else { return }
        if case .changedOnDisk = error { return }
        if let result = perform(.save(state.plan)) { send(result) }
    }
}
