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
        case .recordValue: askIndicator(&state, .value)
        case .setTarget: askIndicator(&state, .target)
        case .chooseOverride: chooseIndicatorOverride(&state)
        case .override(let status): askOverrideReason(&state, status)
        case .clearOverride: return clearIndicatorOverride(&state, now: now)
        case .setTolerance: askTolerance(&state)
        }
        return []
    }

    /// The view's place, whichever of its modes (list, detail, chooser, a question from it) is on.
    static func indicatorBrowse(_ state: BoardState) -> IndicatorBrowse? {
        indicatorBrowse(in: state.mode)
    }

    private static func indicatorBrowse(in mode: Mode) -> IndicatorBrowse? {
        switch mode {
        case .indicators(let browse), .chooseIndicatorStatus(let browse): browse
        case .prompt(let prompt): if case .indicators(let browse) = prompt.returnTo { browse } else { nil }
        case .help(let under): indicatorBrowse(in: under)
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
            : "\(count) indicator\(count == 1 ? "" : "s") · ? lists every key")
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
            if state.reasonOffer?.indicator != nil { state.reasonOffer = nil }
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

    /// Opens the first question of recording a value or a target, for the highlighted indicator:
    /// the figure, with nothing offered (the period due is asked next, offered).
    private static func askIndicator(_ state: inout BoardState, _ step: IndicatorQuestion.Step) {
        guard case .indicators(let browse) = state.mode, let indicator = selectedIndicator(state) else {
            state.flash = .init("No indicator to record against.")
            return
        }
        let question = step == .value ? "\(indicator.refOrName) value (498, 29.1%, £1,250, or n/a)?" : "\(indicator.refOrName) target?"
        ask(&state, .indicator(IndicatorQuestion(indicator: indicator.id, step: step)), question: question, returnTo: .indicators(browse))
    }

    /// Enter on a step: checks the answer, then asks the next question or records.
    static func answerIndicator(_ state: inout BoardState, _ prompt: Prompt, _ question: IndicatorQuestion,
                                text: String, now: Timestamp) -> [Effect] {
        guard let indicator = state.plan.indicators.first(where: { $0.id == question.indicator }) else {
            state.flash = .init("That indicator is no longer in the plan; nothing recorded.", isError: true)
            return []
        }
        var next = question
        let due = IndicatorAssessment(indicator).nextDue?.text ?? ""
        switch question.step {
        case .value:
            guard let entry = IndicatorQuestion.Entry.read(text) else {
                if ReportingPeriod(text).end != nil { return stay(&state, prompt, periodFirst(text, "value")) }
                return stay(&state, prompt, notANumber(text, allowingNotAvailable: true))
            }
            next.entry = entry
            next.step = .valuePeriod
            let figure = entry == .notAvailable ? "n/a" : text
            askNext(&state, prompt, next, "\(indicator.refOrName) \(figure) for which period?", due)
        case .target:
            guard let target = IndicatorValueText.parse(text) else {
                if ReportingPeriod(text).end != nil { return stay(&state, prompt, periodFirst(text, "target")) }
                return stay(&state, prompt, notANumber(text, allowingNotAvailable: false))
            }
            next.target = target
            next.step = .targetPeriod
            askNext(&state, prompt, next, "\(indicator.refOrName) target \(text) for which period?", due)
        case .valuePeriod, .targetPeriod:
            guard !text.isEmpty else {
                return stay(&state, prompt, "Type the period, as the plan writes it (Q3 2026/27, 2026/27, March 2027).")
            }
            let period = existingPeriod(text, in: indicator)
            next.period = period?.period ?? text
            if period == nil, ReportingPeriod(text).end == nil {
                if IndicatorValueText.parse(text) != nil {
                    // A figure typed where the period is asked is never taken for a period.
                    return stay(&state, prompt, "“\(text)” is a figure, not a period: type the period (Q3 2026/27, 2026/27).")
                }
                if question.unreadablePeriod != text {
                    // Kept as written only once the chair confirms it: a typo must not become a period.
                    var warned = prompt
                    var asked = question
                    asked.unreadablePeriod = text
                    warned.purpose = .indicator(asked)
                    return stay(&state, warned, "No date in that period: Enter again keeps it, or edit it.")
                }
            }
            if question.step == .valuePeriod {
                next.step = .valueNote
                askNext(&state, prompt, next, "\(indicator.refOrName) note on the \(next.period) value (optional)?", period?.note ?? "")
            } else {
                next.step = .stretch
                let current = period?.stretch.map { IndicatorValueText.text($0, unit: indicator.unit) } ?? ""
                askNext(&state, prompt, next, "\(indicator.refOrName) \(next.period) stretch target (optional)?", current)
            }
        case .valueNote:
            guard let entry = question.entry else { return [] }
            return recordIndicatorValue(&state, indicator, period: question.period, entry: entry, note: text, now: now)
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
        case .tolerance:
            return answerTolerance(&state, prompt, indicator, text: text, now: now)
        }
        return []
    }

    /// Keeps the question open with what was typed, saying what is wrong.
    static func stay(_ state: inout BoardState, _ prompt: Prompt, _ message: String) -> [Effect] {
        state.mode = .prompt(prompt)
        state.flash = .init(message, isError: true)
        return []
    }

    private static func askNext(_ state: inout BoardState, _ prompt: Prompt, _ question: IndicatorQuestion,
                                _ text: String, _ prefill: String) {
        state.mode = .prompt(prompt.next(.indicator(question), question: text, text: prefill))
    }

    /// A period typed where the figure is asked (the order before the figure came first).
    private static func periodFirst(_ typed: String, _ what: String) -> String {
        "“\(typed)” is a period: type the \(what) first; the period is asked next."
    }

    private static func notANumber(_ typed: String, allowingNotAvailable: Bool) -> String {
        let shown = typed.isEmpty ? "Nothing" : "“\(typed)”"
        return "\(shown) is not a number: type a figure such as 498, 29.1% or £1,250"
            + (allowingNotAvailable ? ", or n/a when the data is not yet available." : ".")
    }

    /// The period of the indicator that `text` names (`2008/9` finds `2008/09`), if any.
    static func existingPeriod(_ text: String, in indicator: Indicator) -> IndicatorPeriod? {
        indicator.periods.first { ReportingPeriod.same($0.period, text) }
    }
}
