import Foundation
import PlanBoardCore

/// The steps the bench times, in the order of the table, with the name the child prints.
enum Step: String, CaseIterable {
    case startup, startupWhole, preview, load, frame, loadAndFrame, move, rate, rateOnDisk, status, editSave, groupByLead,
         search, save

    /// How the step is named in the table.
    var label: String {
        switch self {
        case .startup: "launch → first card (real process)"
        case .startupWhole: "launch → whole board, counts (real process)"
        case .preview: "preview of the first screen (PlanPreview)"
        case .load: "load (PlanStore.open)"
        case .frame: "first frame 120×36"
        case .loadAndFrame: "load + first frame"
        case .move: "key → screen: j (move down)"
        case .rate: "key → screen: r (rate Red)"
        case .rateOnDisk: "key → on disk: r (background save)"
        case .status: "key → screen: s (status)"
        case .editSave: "key → screen: Enter (save a field)"
        case .groupByLead: "key → screen: v (to by lead)"
        case .search: "key → screen: search a letter"
        case .save: "save (PlanStore.save)"
        }
    }
}

/// What a child process measured on one plan file: samples per step and the peak memory.
struct SizeMeasurement {
    var samples: [Step: Samples] = [:]
    /// Peak resident memory after loading, drawing and the keypresses, before any save.
    var peakBeforeSavingMegabytes = Double.nan
    /// Peak resident memory of the whole run, saves included.
    var peakMegabytes = Double.nan

    static let screen = Size(width: 120, height: 36)
    /// A fixed clock, so every run sees the same "today" and the same overdue cards.
    static let now = Timestamp(day: Day(year: 2026, month: 11, day: 23)!, hour: 14, minute: 2)

    /// Measures the plan file at `path` `runs` times over, as the app would use it.
    ///
    /// Each run opens the file (taking the lock), builds the board state and renders the first
    /// frame; the last run's store and state stay, as in a session. Keys then go through a
    /// `BoardSession` writing to that store on its background writer, exactly as in the app: each
    /// is timed from the key to the frame drawn after it, and a rating also to the moment its
    /// save is on disk. Saves are then timed on the store alone. So memory holds what the app
    /// would: one plan, its file's bytes, undo history.
    static func run(path: String, runs: Int) throws(StoreError) -> SizeMeasurement {
        var times: [Step: [Double]] = [:]
        func record(_ step: Step, _ milliseconds: Double) { times[step, default: []].append(milliseconds) }

        var state: BoardState?
        var store: PlanStore?
        for _ in 0..<runs {
            state = nil
            store?.close()
            store = nil
            // The preview is timed on its own copy of the file, let go before the plan is opened
            // so the peak memory is what the app's would be.
            do {
                let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
                record(.preview, timed { PlanPreview.read(bytes, actionsPerOutcome: screen.height + 1) }.milliseconds)
            }
            let opened = try timedOpen(path)
            let frame = timed { () -> Grid in
                let fresh = BoardState(plan: opened.value.plan, fileName: opened.value.store.displayName,
                                       size: screen, today: now.day())
                state = fresh
                return BoardView.render(fresh)
            }
            store = opened.value.store
            record(.load, opened.milliseconds)
            record(.frame, frame.milliseconds)
            record(.loadAndFrame, opened.milliseconds + frame.milliseconds)
        }

        guard let board = state, let store else { return SizeMeasurement(peakMegabytes: peakMemoryMegabytes()) }
        state = nil  // so the board's plan is not shared and a change copies no more than the app would
        let session = BoardSession(state: board, store: store, clock: { now })
        /// Sends `key` as the terminal would and draws the frame that follows, timed.
        func press(_ key: Key) -> Double {
            timed { () -> Grid in
                if let message = session.message(for: .key(key)) { session.send(message) }
                return BoardView.render(session.state)
            }.milliseconds
        }
        for _ in 0..<runs {
            record(.move, press(.char("j")))
            _ = press(.char("k"))

            let key: Key = session.state.selectedAction?.rag == .red ? .char("g") : .char("r")
            let rate = timed { () -> Double in
                let toScreen = press(key)
                session.flush()
                return toScreen
            }
            record(.rate, rate.value)
            record(.rateOnDisk, rate.milliseconds)
            // Leave any question the rating asked, as a chair moving on would.
            while session.state.mode != .board { _ = press(.escape) }

            record(.status, press(.char("s")))
            session.flush()
            while session.state.mode != .board { _ = press(.escape) }

            session.send(.editField(.ref))
            session.send(.editText(.insert("x")))
            record(.editSave, press(.enter))
            session.flush()
            while session.state.mode != .board { _ = press(.escape) }

            while session.state.grouping != .rag { _ = press(.char("v")) }
            record(.groupByLead, press(.char("v")))
            while session.state.grouping != .outcome { _ = press(.char("v")) }

            // Typing in the `/` search prompt searches every field of every action at each key.
            _ = press(.char("/"))
            record(.search, press(.char("c")))
            while session.state.mode != .board { _ = press(.escape) }
            _ = press(.escape)
        }
        session.flush()

        let beforeSaving = peakMemoryMegabytes()
        let toSave = session.state.plan
        for _ in 0..<runs {
            let start = nanosecondsNow()
            try store.save(toSave)
            record(.save, Double(nanosecondsNow() - start) / 1_000_000)
        }
        store.close()

        var result = SizeMeasurement(peakMegabytes: peakMemoryMegabytes())
        result.peakBeforeSavingMegabytes = beforeSaving
        for (step, values) in times { result.samples[step] = Samples(values: values) }
        return result
    }

    private static func timedOpen(_ path: String) throws(StoreError)
        -> (value: (store: PlanStore, plan: Plan, created: Bool), milliseconds: Double) {
        let start = nanosecondsNow()
        let opened = try PlanStore.open(path: path, creatingWith: { Plan(title: "") })
        return (opened, Double(nanosecondsNow() - start) / 1_000_000)
    }

    /// The lines a child prints for its parent: `step ms ms ms …` and `memory MB`.
    var reportLines: String {
        var lines = ""
        for step in Step.allCases {
            guard let values = samples[step]?.values else { continue }
            lines += step.rawValue + " " + values.map { String($0) }.joined(separator: " ") + "\n"
        }
        return lines + "memoryBeforeSaving \(peakBeforeSavingMegabytes)\n" + "memory \(peakMegabytes)\n"
    }

    /// Reads the lines a child printed; nil when they are not what `reportLines` writes.
    init?(reportLines text: String) {
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard let name = words.first else { continue }
            let numbers = words.dropFirst().compactMap { Double($0) }
            guard numbers.count == words.count - 1 else { return nil }
            if name == "memory", let value = numbers.first {
                peakMegabytes = value
            } else if name == "memoryBeforeSaving", let value = numbers.first {
                peakBeforeSavingMegabytes = value
            } else if let step = Step(rawValue: String(name)) {
                samples[step] = Samples(values: numbers)
            }
        }
        if peakMegabytes.isNaN { return nil }
    }

    init(samples: [Step: Samples] = [:], peakMegabytes: Double) {
        self.samples = samples
        self.peakMegabytes = peakMegabytes
    }
}
