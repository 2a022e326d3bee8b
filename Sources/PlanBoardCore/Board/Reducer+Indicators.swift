/// The indicators view (`I`): moving through the indicators, their detail pane, and recording a
/// value, a target or a status override. Every record is one undo step, goes into the indicator's
/// history tagged with the running meeting and the author, and is saved at once.
extension Reducer {
    static func reduceIndicators(_ state: inout BoardState, _ command: IndicatorCommand, now: Timestamp) -> [Effect] {
        switch command {
        case .open: openIndicators(&state)
        case .close: closeIndicatorLevel(&state)
        case .pick(let offset): pickIndicator(&state) { $0 + offset }
        case .pickEdge(let last): pickIndicator(&state) { _ in last ? Int.max : 0 }
        case .openDetail: updateBrowse(&state) { $0.detailOpen = true; $0.detailScroll = 0 }
        case .scroll(let lines): scrollIndicatorDetail(&state) { $0.scroll(by: lines) }
        case .scrollPages(let pages): scrollIndicatorDetail(&state) { $0.scroll(pages: pages) }
        case .recordValue: askIndicator(&state, .valuePeriod)
        case .setTarget: askIndicator(&state, .targetPeriod)
        case .chooseOverride: chooseIndicatorOverride(&state)
        case .override(let status): askOverrideReason(&state, status)
        case .clearOverride: return clearIndicatorOverride(&state, now: now)
        }
        return []
    }

    /// The view's place, whichever of its modes (list, detail, chooser, a question from it) is on.
    static func indicatorBrowse(_ state: BoardState) -> IndicatorBrowse? {
        switch state.mode {
        case .indicators(let browse), .chooseIndicatorStatus(let browse): browse
        case .prompt(let prompt): if case .indicators(let browse) = prompt.returnTo { browse } else { nil }
        case .help(let under): indicatorBrowse(BoardState(copying: state, mode: under))
        default: nil
        }
    }

    /// The highlighted indicator, when the view is open and the plan has one.
    static func selectedIndicator(_ state: BoardState) -> Indicator? {
        guard let browse = indicatorBrowse(state), state.plan.indicators.indices.contains(browse.selected) else { return nil }
        return state.plan.indicators[browse.selected]
    }

    private static func openIndicators(_ state: inout BoardState) {
        state.mode = .indicators(IndicatorBrowse())
        let count = state.plan.indicators.count
        state.flash = .init(count == 0
            ? "This plan has no indicators yet: planboard import SHEET --into \(state.fileName) adds an indicator table."
            : "\(count) indicator\(count == 1 ? "" : "s"). Enter details · v record a value · t set a target · o override the status")
    }

    /// Esc: the detail pane closes to the list, the list to the board, the chooser to where it opened.
    static func closeIndicatorLevel(_ state: inout BoardState) {
        switch state.mode {
        case .indicators(var browse) where browse.detailOpen:
            browse.detailOpen = false
            state.mode = .indicators(browse)
        case .chooseIndicatorStatus(let browse):
            state.mode = .indicators(browse)
            state.flash = .init("The status is as it was.")
        default:
            state.mode = .board
        }
    }

    private static func updateBrowse(_ state: inout BoardState, _ edit: (inout IndicatorBrowse) -> Void) {
        guard case .indicators(var browse) = state.mode, !state.plan.indicators.isEmpty else { return }
        edit(&browse)
        state.mode = .indicators(browse)
    }

    private static func pickIndicator(_ state: inout BoardState, _ row: (Int) -> Int) {
        let count = state.plan.indicators.count
        updateBrowse(&state) { browse in
            let next = row(browse.selected)
            browse.selected = min(max(0, next), max(0, count - 1))
            browse.detailScroll = 0
        }
    }

    private static func scrollIndicatorDetail(_ state: inout BoardState, _ move: (inout Viewport) -> Void) {
        guard case .indicators(var browse) = state.mode, browse.detailOpen, let indicator = selectedIndicator(state) else { return }
        let text = BoardLayout.scrollingText(in: IndicatorScreenLayout.area(layout(state)))
        var viewport = Viewport(offset: browse.detailScroll,
                                contentHeight: IndicatorDetailText.lines(for: indicator, in: state, width: text.width).count,
                                visibleHeight: text.height)
        move(&viewport)
        browse.detailScroll = viewport.offset
        state.mode = .indicators(browse)
    }

    // MARK: Questions

    /// Opens the first question of recording a value or a target, for the highlighted indicator.
    private static func askIndicator(_ state: inout BoardState, _ step: IndicatorQuestion.Step) {
        guard case .indicators(let browse) = state.mode, let indicator = selectedIndicator(state) else {
            state.flash = .init("No indicator to record against.")
            return
        }
        let due = IndicatorAssessment(indicator).nextDue?.text ?? ""
        let what = step == .valuePeriod ? "value" : "target"
        ask(&state, .indicator(IndicatorQuestion(indicator: indicator.id, step: step)),
            question: "\(indicator.refOrName) \(what) for which period?", text: due, returnTo: .indicators(browse))
    }

    /// Enter on a step: checks the answer, then asks the next question or records.
    static func answerIndicator(_ state: inout BoardState, _ prompt: Prompt, _ question: IndicatorQuestion,
                                text: String, now: Timestamp) -> [Effect] {
        guard let indicator = state.plan.indicators.first(where: { $0.id == question.indicator }) else {
            state.flash = .init("That indicator is no longer in the plan; nothing recorded.", isError: true)
            return []
        }
        var next = question
        switch question.step {
        case .valuePeriod, .targetPeriod:
            guard !text.isEmpty else {
                return stay(&state, prompt, "Type the period, as the plan writes it (Q3 2026/27, 2026/27, March 2027).")
            }
            next.period = existingPeriod(text, in: indicator)?.period ?? text
            let period = existingPeriod(text, in: indicator)
            if question.step == .valuePeriod {
                next.step = .value
                let current = period.map { p in p.notAvailable ? "n/a" : p.actual.map { IndicatorValueText.text($0, unit: indicator.unit) } ?? "" } ?? ""
                askNext(&state, prompt, next, "\(indicator.refOrName) \(next.period) value (498, 29.1%, £1,250, or n/a)?", current)
            } else {
                next.step = .target
                let current = period?.target.map { IndicatorValueText.text($0, unit: indicator.unit) } ?? ""
                askNext(&state, prompt, next, "\(indicator.refOrName) \(next.period) target?", current)
            }
        case .value:
            guard let entry = IndicatorQuestion.Entry.read(text) else {
                return stay(&state, prompt, notANumber(text, allowingNotAvailable: true))
            }
            next.entry = entry
            next.step = .valueNote
            askNext(&state, prompt, next, "\(indicator.refOrName) note on the \(next.period) value (optional)?",
                    existingPeriod(next.period, in: indicator)?.note ?? "")
        case .valueNote:
            guard let entry = question.entry else { return [] }
            return recordIndicatorValue(&state, indicator, period: question.period, entry: entry, note: text, now: now)
        case .target:
            guard let target = IndicatorValueText.parse(text) else {
                return stay(&state, prompt, notANumber(text, allowingNotAvailable: false))
            }
            next.target = target
            next.step = .stretch
            let current = existingPeriod(next.period, in: indicator)?.stretch.map { IndicatorValueText.text($0, unit: indicator.unit) } ?? ""
            askNext(&state, prompt, next, "\(indicator.refOrName) \(next.period) stretch target (optional)?", current)
        case .stretch:
            guard let target = question.target else { return [] }
            var stretch: Double?
            if !text.isEmpty {
                guard let value = IndicatorValueText.parse(text) else {
                    return stay(&state, prompt, notANumber(text, allowingNotAvailable: false) + " Blank sets no stretch target.")
                }
                stretch = value
            }
            return setIndicatorTarget(&state, indicator, period: question.period, target: target, stretch: stretch, now: now)
        case .overrideReason(let status):
            guard !text.isEmpty else {
                return stay(&state, prompt, "An override needs a reason: say why \(indicator.refOrName) is \(status.word.lowercased()) (Esc: no override).")
            }
            return overrideIndicatorStatus(&state, indicator, status, reason: text, now: now)
        }
        return []
    }

    /// Keeps the question open with what was typed, saying what is wrong.
    private static func stay(_ state: inout BoardState, _ prompt: Prompt, _ message: String) -> [Effect] {
        state.mode = .prompt(prompt)
        state.flash = .init(message, isError: true)
        return []
    }

    private static func askNext(_ state: inout BoardState, _ prompt: Prompt, _ question: IndicatorQuestion,
                                _ text: String, _ prefill: String) {
        state.mode = .prompt(prompt.next(.indicator(question), question: text, text: prefill))
    }

    private static func notANumber(_ typed: String, allowingNotAvailable: Bool) -> String {
        let shown = typed.isEmpty ? "Nothing" : "“\(typed)”"
        return "\(shown) is not a number: type a figure such as 498, 29.1% or £1,250"
            + (allowingNotAvailable ? ", or n/a when the data is not yet available." : ".")
    }

    /// The period of the indicator written `text` (ignoring case and spaces at the ends), if any.
    static func existingPeriod(_ text: String, in indicator: Indicator) -> IndicatorPeriod? {
        let wanted = text.trimmingWhitespace().lowercased()
        return indicator.periods.first { $0.period.trimmingWhitespace().lowercased() == wanted }
    }

    // MARK: Recording

    private static func recordIndicatorValue(_ state: inout BoardState, _ indicator: Indicator, period: String,
                                             entry: IndicatorQuestion.Entry, note: String, now: Timestamp) -> [Effect] {
        let before = existingPeriod(period, in: indicator)
        let valueText: String
        switch entry {
        case .figure(let value): valueText = IndicatorValueText.text(value, unit: indicator.unit)
        case .notAvailable: valueText = IndicatorHistoryText.notAvailable
        }
        let old = before.flatMap { IndicatorHistoryText.value(of: $0, unit: indicator.unit) }
        let noteChanged = (before?.note ?? "") != note
        guard old != valueText || noteChanged else {
            state.flash = .init("\(indicator.refOrName) \(period) is already \(valueText).")
            return []
        }
        var summary = "\(indicator.refOrName) \(period) value \(valueText) recorded"
        var updated = indicator
        let p = updated.periodIndex(period)
        switch entry {
        case .figure(let value):
            updated.periods[p].actual = value
            updated.periods[p].notAvailable = false
        case .notAvailable:
            updated.periods[p].actual = nil
            updated.periods[p].notAvailable = true
            summary = "\(indicator.refOrName) \(period): data not yet available"
        }
        updated.periods[p].note = note
        updated.periods[p].enteredAt = now
        updated.periods[p].meeting = state.runningMeeting?.id
        updated.periods[p].who = state.author.isEmpty ? nil : state.author
        if old != valueText {
            updated.history.append(stamped(Change(at: now, field: .actual, from: old.map { "\(period): \($0)" } ?? "",
                                                  to: "\(period): \(valueText)"), state))
        }
        if noteChanged {
            updated.history.append(stamped(Change(at: now, field: .note, from: before.map { "\(period): \($0.note)" } ?? "",
                                                  to: note.isEmpty ? "" : "\(period): \(note)"), state))
        }
        if case .figure = entry, let target = IndicatorHistoryText.target(for: period, in: updated) {
            let status = IndicatorAssessment.status(actual: updated.periods[p].actual, target: target, better: updated.better,
                                                    tolerancePercent: updated.tolerancePercent)
            summary += " (target \(IndicatorValueText.text(target, unit: updated.unit)), \(status.word.lowercased()))"
        }
        return replaceIndicator(&state, updated, summary: summary)
    }

    private static func setIndicatorTarget(_ state: inout BoardState, _ indicator: Indicator, period: String,
                                           target: Double, stretch: Double?, now: Timestamp) -> [Effect] {
        let before = existingPeriod(period, in: indicator)
        guard before?.target != target || before?.stretch != stretch else {
            state.flash = .init("\(indicator.refOrName) \(period) targets are as they were.")
            return []
        }
        var updated = indicator
        let p = updated.periodIndex(period)
        let text = { (value: Double?) in value.map { "\(period): \(IndicatorValueText.text($0, unit: indicator.unit))" } ?? "" }
        if before?.target != target {
            updated.history.append(stamped(Change(at: now, field: .target, from: text(before?.target), to: text(target)), state))
        }
        if before?.stretch != stretch {
            updated.history.append(stamped(Change(at: now, field: .stretch, from: text(before?.stretch), to: text(stretch)), state))
        }
        updated.periods[p].target = target
        updated.periods[p].stretch = stretch
        var summary = "\(indicator.refOrName) \(period) target \(IndicatorValueText.text(target, unit: indicator.unit))"
        if let stretch { summary += ", stretch \(IndicatorValueText.text(stretch, unit: indicator.unit))" }
        return replaceIndicator(&state, updated, summary: summary + " set")
    }

    private static func chooseIndicatorOverride(_ state: inout BoardState) {
        guard case .indicators(let browse) = state.mode, selectedIndicator(state) != nil else {
            state.flash = .init("No indicator to override.")
            return
        }
        state.mode = .chooseIndicatorStatus(browse)
    }

    private static func askOverrideReason(_ state: inout BoardState, _ status: IndicatorStatus) {
        guard case .chooseIndicatorStatus(let browse) = state.mode, let indicator = selectedIndicator(state) else { return }
        let question = IndicatorQuestion(indicator: indicator.id, step: .overrideReason(status))
        state.mode = .indicators(browse)
        ask(&state, .indicator(question), question: "Why is \(indicator.refOrName) \(status.word.lowercased())?",
            text: indicator.statusOverride?.status == status ? indicator.statusOverride?.reason ?? "" : "",
            returnTo: .indicators(browse))
    }

    private static func overrideIndicatorStatus(_ state: inout BoardState, _ indicator: Indicator, _ status: IndicatorStatus,
                                                reason: String, now: Timestamp) -> [Effect] {
        let shown = IndicatorAssessment(indicator).status
        if let current = indicator.statusOverride, current.status == status, current.reason == reason {
            state.flash = .init("\(indicator.refOrName) is already overridden to \(status.word.lowercased()) for that reason.")
            return []
        }
        var updated = indicator
        let meeting = state.runningMeeting?.id
        let who = state.author.isEmpty ? nil : state.author
        updated.statusOverride = IndicatorStatusOverride(status: status, reason: reason, at: now, meeting: meeting, who: who)
        updated.history.append(stamped(Change(at: now, field: .indicatorStatus, from: shown.word, to: status.word, reason: reason), state))
        return replaceIndicator(&state, updated, summary: "\(indicator.refOrName) status \(shown.word) → \(status.word) (overridden)")
    }

    private static func clearIndicatorOverride(_ state: inout BoardState, now: Timestamp) -> [Effect] {
        guard case .chooseIndicatorStatus(let browse) = state.mode, let indicator = selectedIndicator(state) else { return [] }
        state.mode = .indicators(browse)
        guard let current = indicator.statusOverride else {
            state.flash = .init("\(indicator.refOrName) has no override: its status is computed from the figures.")
            return []
        }
        var updated = indicator
        updated.statusOverride = nil
        let computed = IndicatorAssessment(updated).status
        updated.history.append(stamped(Change(at: now, field: .indicatorStatus, from: current.status.word,
                                              to: "\(computed.word) (computed)"), state))
        return replaceIndicator(&state, updated, summary: "\(indicator.refOrName) override cleared: \(computed.word) (computed)")
    }

    /// A history entry with the running meeting and the author on it.
    private static func stamped(_ change: Change, _ state: BoardState) -> Change {
        var change = change
        change.meeting = state.runningMeeting?.id
        change.who = state.author.isEmpty ? nil : state.author
        return change
    }

    /// Puts the changed indicator in the plan as one undo step and asks for a save.
    private static func replaceIndicator(_ state: inout BoardState, _ indicator: Indicator, summary: String) -> [Effect] {
        changePlan(&state, selecting: state.selectedAction?.id, summary: summary) { plan in
            guard let i = plan.indicators.firstIndex(where: { $0.id == indicator.id }) else { return }
            plan.indicators[i] = indicator
        }
    }
}

extension Indicator {
    /// `PI1`, or the name when the indicator has no ref.
    var refOrName: String { ref.isEmpty ? name : ref }

    /// The index of the period written `text`, adding it (at the end) when the indicator has none.
    mutating func periodIndex(_ text: String) -> Int {
        let wanted = text.trimmingWhitespace().lowercased()
        if let i = periods.firstIndex(where: { $0.period.trimmingWhitespace().lowercased() == wanted }) { return i }
        periods.append(IndicatorPeriod(period: text.trimmingWhitespace()))
        return periods.count - 1
    }
}

extension BoardState {
    /// This state with another mode (to look through help at the mode under it).
    init(copying state: BoardState, mode: Mode) {
        self = state
        self.mode = mode
    }
}
