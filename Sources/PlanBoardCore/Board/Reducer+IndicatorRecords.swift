/// Recording against an indicator once its questions are answered: a value (or "not yet
/// available"), a target and stretch target, a status override or clearing it. Each is one undo
/// step, an entry in the indicator's history stamped with the running meeting and the author, and
/// a save.
extension Reducer {
    /// Puts the value (or "not yet available") and note on the period, adding the period when new;
    /// the status line then says it against its target: `PI1 Q3 2026/27 value 498 recorded (target 510, near target)`.
    static func recordIndicatorValue(_ state: inout BoardState, _ indicator: Indicator, period: String,
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
        // The value is typed before the period is chosen: say what it replaced.
        if let old, old != valueText { summary += " · was \(old)" }
        if let lapse = lapsedOverride(before: indicator, after: updated, now: now, state) {
            updated.history.append(lapse.change)
            summary += " · \(lapse.words)"
        }
        return replaceIndicator(&state, updated, summary: summary)
    }

    /// Sets a period's target and stretch target (nil removes the stretch), one history entry each that changed.
    static func setIndicatorTarget(_ state: inout BoardState, _ indicator: Indicator, period: String,
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
        let effects = replaceIndicator(&state, updated, summary: summary + " set")
        let unit = indicator.unit
        let moved = before?.target != target
            ? "\(indicator.refOrName) \(period) target " + (before?.target.map { IndicatorValueText.text($0, unit: unit) + " → " } ?? "") + IndicatorValueText.text(target, unit: unit)
            : "\(indicator.refOrName) \(period) stretch target " + (stretch.map { IndicatorValueText.text($0, unit: unit) } ?? "removed")
        offerIndicatorReason(&state, updated, field: before?.target != target ? .target : .stretch,
                             summary: moved, said: summary + " set")
        return effects
    }

    /// `o`: opens the chooser of the status that overrides the computed one.
    static func chooseIndicatorOverride(_ state: inout BoardState) {
        guard case .indicators(let browse) = state.mode, selectedIndicator(state) != nil else {
            state.flash = .init("No indicator to override.")
            return
        }
        state.mode = .chooseIndicatorStatus(browse)
    }

    /// A status chosen: asks why (the reason given before is offered when it is the same status).
    static func askOverrideReason(_ state: inout BoardState, _ status: IndicatorStatus) {
        guard case .chooseIndicatorStatus(let browse) = state.mode, let indicator = selectedIndicator(state) else { return }
        let question = IndicatorQuestion(indicator: indicator.id, step: .overrideReason(status))
        state.mode = .indicators(browse)
        ask(&state, .indicator(question), question: "Why is \(indicator.refOrName) \(status.word.lowercased())?",
            text: indicator.statusOverride?.status == status ? indicator.statusOverride?.reason ?? "" : "",
            returnTo: .indicators(browse))
    }

    /// Overrides the shown status with `status` for `reason`; the computed status stays beside it.
    static func overrideIndicatorStatus(_ state: inout BoardState, _ indicator: Indicator, _ status: IndicatorStatus,
                                        reason: String, now: Timestamp) -> [Effect] {
        let shown = IndicatorAssessment(indicator).status
        if let current = indicator.statusOverride, current.status == status, current.reason == reason {
            state.flash = .init("\(indicator.refOrName) is already overridden to \(status.word.lowercased()) for that reason.")
            return []
        }
        var updated = indicator
        let meeting = state.runningMeeting?.id
        let who = state.author.isEmpty ? nil : state.author
        // Given for the figures in front of the board: it lapses once a later period is recorded.
        let period = IndicatorAssessment(indicator).latest?.period ?? ""
        updated.statusOverride = IndicatorStatusOverride(status: status, reason: reason, at: now, meeting: meeting, who: who,
                                                         period: period)
        updated.history.append(stamped(Change(at: now, field: .indicatorStatus, from: shown.word, to: status.word, reason: reason), state))
        let given = period.isEmpty ? "" : " for \(period)"
        return replaceIndicator(&state, updated, summary: "\(indicator.refOrName) status \(shown.word) → \(status.word) (overridden\(given))")
    }

    /// `c` in the chooser: the status is computed from the figures again.
    static func clearIndicatorOverride(_ state: inout BoardState, now: Timestamp) -> [Effect] {
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

    /// The history entry saying the override stopped applying when `after`'s figures were
    /// recorded (it stays in the plan, shown as lapsed); nil when it still applies or there is none.
    private static func lapsedOverride(before: Indicator, after: Indicator, now: Timestamp,
                                       _ state: BoardState) -> (change: Change, words: String)? {
        guard let override = IndicatorAssessment(before).overrideStanding.applying else { return nil }
        let assessment = IndicatorAssessment(after)
        guard let lapsed = assessment.overrideStanding.lapsed else { return nil }
        let change = Change(at: now, field: .indicatorStatus, from: override.status.word,
                            to: "\(assessment.computedStatus.word) \(IndicatorHistoryText.overrideLapsed)", reason: lapsed.words)
        return (stamped(change, state), lapsed.words)
    }

    /// A history entry with the running meeting and the author on it.
    static func stamped(_ change: Change, _ state: BoardState) -> Change {
        var change = change
        change.meeting = state.runningMeeting?.id
        change.who = state.author.isEmpty ? nil : state.author
        return change
    }

    /// Puts the changed indicator in the plan as one undo step and asks for a save.
    static func replaceIndicator(_ state: inout BoardState, _ indicator: Indicator, summary: String) -> [Effect] {
        // `y` explains the last target change only: any later change to an indicator ends the offer.
        if state.reasonOffer?.indicator != nil { state.reasonOffer = nil }
        return changePlan(&state, selecting: state.selectedAction?.id, summary: summary) { plan in
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
        if let i = periods.firstIndex(where: { ReportingPeriod.same($0.period, text) }) { return i }
        periods.append(IndicatorPeriod(period: text.trimmingWhitespace()))
        return periods.count - 1
    }
}
