import Dispatch

/// Runs the board: turns terminal events into messages, reduces them, carries out the effects
/// (save, reload, external editing), and draws after each one.
///
/// Saves leave the key path: they go to a `PlanWriting`, which writes off the main loop and
/// reports back as a message, so the screen answers a key before the file is written. A sync
/// through git runs off the main loop too (`BackgroundSync`) and reports as `.synced`. Quitting,
/// a signal and handing the text to `$EDITOR` first wait for the writes to finish.
///
/// The clock and the writer are injected, so tests drive a whole session with a scripted
/// terminal and an in-memory store.
public final class BoardSession {
    public private(set) var state: BoardState
    private let writer: any PlanWriting
    private let clock: () -> Timestamp
    /// Set once the reducer has asked to quit.
    public private(set) var isFinished = false
    /// The terminal while `run` is running: external editing suspends it.
    private var terminal: (any TerminalScreen)?
    /// What a signal found being typed and kept as Enter would (the field or question), so the
    /// driver can say so; nil when nothing was being typed.
    public private(set) var keptOnSignal: String?
    /// Shares the plan through git (commit, pull, push) when the board asks to sync; set by the
    /// driver, nil where there is nothing to sync with.
    public var sharing: (() -> SyncReport)?
    /// Runs `sharing` off the main loop.
    private let syncing = BackgroundSync()
    /// Where `sharing` records the git it runs, so a signal stops it (pass it to `Sharing.sync`).
    public var gitProcesses: GitProcesses { syncing.processes }

    public init(state: BoardState, writer: any PlanWriting, clock: @escaping () -> Timestamp) {
        self.state = state
        self.writer = writer
        self.clock = clock
    }

    /// A session writing to `store` on a background queue.
    public convenience init(state: BoardState, store: any PlanSaving, clock: @escaping () -> Timestamp) {
        self.init(state: state, writer: BackgroundPlanWriter(store: store), clock: clock)
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
        // Whether quitting loses anything depends on the writes still under way.
        if message == .quit { deliverResult(writer.flush()) }
        var queue = [message]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in Reducer.reduce(&state, next, now: clock()) {
                if let result = perform(effect) { queue.append(result) }
            }
        }
    }

    /// Waits for every write under way and takes in its result: the state then says whether the
    /// plan on disk is the plan on screen.
    public func flush() {
        deliverResult(writer.flush())
    }

    /// Takes in the report of a sync that finished since the last look, with the plan git left on
    /// disk (read here, on the main loop, where the store is used); true when there was one.
    @discardableResult
    public func takeFinishedSync() -> Bool {
        guard var report = syncing.takeResult() else { return false }
        report.plan = try? writer.reload()
        send(.synced(report))
        return true
    }

    /// A read-only board has nothing to lose: when the file changed on disk (someone else saved
    /// it) it takes the new version at once and says so. True when it did.
    @discardableResult
    public func reloadIfChangedOnDisk() -> Bool {
        guard state.readOnly != nil, writer.fileChanged(), let plan = try? writer.reload() else { return false }
        send(.changedWhileReadOnly(plan))
        return true
    }

    /// Set when a refused key discarded the typing ahead: the rest of the keys already read with
    /// it (an Esc unfolded from an Alt-key) go too.
    private var typeaheadDiscarded = false

    /// When a read-only board last looked at its file (it looks about once a second).
    private var lastLookAtDisk = DispatchTime.now()

    /// Waits for the sync under way, if any, and takes in its report (quitting, and tests).
    public func waitForSync() {
        guard syncing.isRunning else { return }
        if var report = syncing.wait() {
            report.plan = try? writer.reload()
            send(.synced(report))
        }
    }

    /// Takes in the result of a write that finished since the last look; true when there was one.
    @discardableResult
    public func takeFinishedWrite() -> Bool {
        guard let result = writer.takeResult() else { return false }
        send(result)
        return true
    }

    private func deliverResult(_ result: Message?) {
        if let result { send(result) }
    }

    /// Turns a terminal event into a message for the current mode (nil when the key is not bound).
    public func message(for event: TerminalEvent) -> Message? {
        switch event {
        case .resize(let size): .resize(size)
        case .key(let key): Keymap.message(for: key, in: state)
        }
    }

    /// As `message(for:)`, but a resize takes the size the terminal has now: the one the event
    /// carries may already be out of date when several resizes come at once.
    private func message(for event: TerminalEvent, on terminal: some TerminalScreen) -> Message? {
        if case .resize = event { return .resize(terminal.size()) }
        return message(for: event)
    }

    /// Takes the terminal's size if the board was laid out for another, repainting every cell
    /// (what was on screen was drawn for the old size); true when it changed.
    @discardableResult
    private func followSize(of terminal: some TerminalScreen) -> Bool {
        let size = terminal.size()
        guard size != state.size else { return false }
        send(.resize(size))
        terminal.redrawAll()
        return true
    }

    /// The events `event` stands for: an Alt-key this screen does not bind is Esc, then the key.
    public func unfolded(_ event: TerminalEvent) -> [TerminalEvent] {
        guard case .key(let key) = event else { return [event] }
        return Keymap.unfolded(key, in: state).map(TerminalEvent.key)
    }

    private func perform(_ effect: Effect) -> Message? {
        switch effect {
        case .save(let plan):
            writer.submit(.save(plan))
            return nil
        case .overwrite(let plan):
            // A queued save would only fail against the other person's file: this replaces it.
            writer.submit(.overwrite(plan))
            return nil
        case .saveKeepingTheirs(let plan):
            writer.submit(.saveKeepingTheirs(plan))
            return nil
        case .reload:
            do {
                return .reloaded(try writer.reload())
            } catch {
                return .reloadFailed(error)
            }
        case .readDiskVersions:
            guard let base = writer.lastReadOrWritten() else {
                return .reloadFailed(.io(path: state.fileName, operation: "merge", reason: "the version last read is not known"))
            }
            do {
                return .diskVersions(base: base, theirs: try writer.reload())
            } catch {
                return .reloadFailed(error)
            }
        case .discardTypeahead:
            terminal?.discardTypeahead()
            typeaheadDiscarded = true
            return nil
        case .redrawScreen:
            terminal?.redrawAll()
            return nil
        case .editExternally(let text):
            flush()
            return .externallyEdited(terminal?.editExternally(text) ?? .noEditor)
        case .quit:
            if syncing.isRunning {
                // git is bounded by its timeout; its report is shown if anything keeps the board open.
                state.flash = .init("Waiting for the sync under way to report before quitting…")
                terminal?.draw(BoardView.render(state))
                waitForSync()
            }
            _ = writer.flush()
            isFinished = true
            return nil
        case .sync:
            flush()
            if case .failed = state.saveStatus {
                return .synced(SyncReport(text: "Not synced: your last change is not saved yet. Save it first (see the message above).",
                                          failed: true))
            }
            guard let sharing else {
                return .synced(SyncReport(text: "Sync is not available here.", failed: true))
            }
            // git may take seconds, or hang on a remote until its timeout: the board goes on meanwhile.
            syncing.start(sharing)
            return nil
        }
    }

    /// Draws, then handles events until the user quits or `interrupted` reports a signal.
    public func run(on terminal: some TerminalScreen, interrupted: () -> Int32?) -> Ending {
        self.terminal = terminal
        writer.onResult = terminal.wakeUp
        syncing.onResult = terminal.wakeUp
        defer {
            self.terminal = nil
            writer.onResult = nil
            syncing.onResult = nil
        }
        followSize(of: terminal)
        terminal.draw(BoardView.render(state))
        while !isFinished {
            if let signal = interrupted() {
                finishAfterSignal()
                return .signal(signal)
            }
            var changed = takeFinishedWrite()
            if takeFinishedSync() { changed = true }
            if state.readOnly != nil, DispatchTime.now().uptimeNanoseconds - lastLookAtDisk.uptimeNanoseconds > 1_000_000_000 {
                lastLookAtDisk = DispatchTime.now()
                if reloadIfChangedOnDisk() { changed = true }
            }
            if let event = terminal.nextEvent() {
                typeaheadDiscarded = false
                for event in unfolded(event) where !isFinished && !typeaheadDiscarded {
                    // An Esc read with the key after it is both keys, each in the state the one before left.
                    guard let message = message(for: event, on: terminal) else { continue }
                    send(message)
                    changed = true
                }
            }
            // A resize may come between two keys, or be reported late: draw for the size the terminal has now.
            if !isFinished, followSize(of: terminal) { changed = true }
            if changed, !isFinished { terminal.draw(BoardView.render(state)) }
        }
        return .quit
    }

    /// On a signal, waits for the writes under way; if the last one failed, tries once more and
    /// records the outcome in `state` (`.saved`, or `.failed` with the new error), so the caller
    /// can tell the user whether anything is left unsaved. A file changed on disk is never
    /// written over: that is the user's choice, in the conflict dialog.
    private func finishAfterSignal() {
        // git must not go on changing the plan's folder after planboard exits and lets go of the lock.
        syncing.cancel()
        keepTypedText()
        flush()
        guard case .failed(let error) = state.saveStatus else { return }
        if case .changedOnDisk = error { return }
        // The same kind of write that failed: a write that had to keep theirs must still keep it.
        writer.submit((writer.lastFailed ?? .save(state.plan)).with(state.plan))
        flush()
    }

    /// Text being typed when a signal arrives is kept as Enter (or Ctrl-S) would keep it: a field
    /// is saved, a question answered, each later step of a several-step question too. An edit
    /// waiting on "discard?" goes back to the edit and is saved.
    private func keepTypedText() {
        for _ in 0..<8 {
            let before = state.mode
            switch before {
            case .confirmDiscard:
                send(.cancel)
                continue
            case .editing(let edit):
                keptOnSignal = keptOnSignal ?? edit.field.label
            case .prompt(let prompt):
                guard !prompt.editor.text.isEmpty || keptOnSignal != nil else { return }
                keptOnSignal = keptOnSignal ?? prompt.question
            default:
                return
            }
            send(.submit)
            if state.mode == before { return }
        }
    }
}
