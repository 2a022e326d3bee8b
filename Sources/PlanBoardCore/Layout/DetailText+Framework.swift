/// The action's part of the performance framework in its detail pane: its milestones (done ✓
/// with the date, due, overdue flagged), its workstream's milestones, and the risks it mitigates.
extension DetailText {
    static func frameworkLines(for action: Action, in state: BoardState, width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        if !action.milestones.isEmpty {
            let progress = MilestoneProgress(action.milestones, today: state.today)
            out.append([])
            out.append([Span("Milestones", .bold), Span("  \(progress.fraction) done", .dim)]
                       + (progress.overdue > 0 ? [Span("  ⚠ \(progress.overdue) overdue", .error)] : []))
            for milestone in action.milestones { out += milestoneLines(milestone, today: state.today, utcOffset: state.utcOffset, width: width) }
        }
        if let p = state.plan.position(of: action.id), !state.plan.outcomes[p.outcome].milestones.isEmpty {
            out += workstreamLines(state.plan.outcomes[p.outcome], in: state, width: width)
        }
        let risks = state.plan.risks.filter { $0.actions.contains(action.id) }
        if !risks.isEmpty {
            out.append([])
            out.append(StyledText.heading("Risks it mitigates"))
            for risk in risks {
                var line: StyledLine = [Span("  " + [risk.ref, risk.title].filter { !$0.isEmpty }.joined(separator: " "))]
                if let level = risk.currentLevel {
                    let band = state.plan.riskBands.band(for: level.score)
                    line.append(Span("  \(level.score) \(band.name)", RiskBandStyle.text(band.severity)))
                }
                out += wrappedRisk(line, width: width)
            }
        }
        return out
    }

    /// The milestones of the action's workstream (its outcome), under their own heading.
    private static func workstreamLines(_ outcome: Outcome, in state: BoardState, width: Int) -> [StyledLine] {
        let progress = MilestoneProgress(outcome.milestones, today: state.today)
        var out: [StyledLine] = [[]]
        out.append([Span("Workstream milestones", .bold), Span("  \(outcome.workstreamName) · \(progress.fraction) done", .dim)]
                   + (progress.overdue > 0 ? [Span("  ⚠ \(progress.overdue) overdue", .error)] : []))
        for milestone in outcome.milestones { out += milestoneLines(milestone, today: state.today, utcOffset: state.utcOffset, width: width) }
        return out
    }

    /// `✓ Triage by urgency in place · done 24 Jun 2026`, `○ Waits back within 28 days · due March 2027 ⚠ overdue`.
    static func milestoneLines(_ milestone: Milestone, today: Day, utcOffset: Int, width: Int) -> [StyledLine] {
        let mark = milestone.isDone ? "✓" : "○"
        var status = ""
        if let done = milestone.doneAt {
            status = "done \(done.day(utcOffset: utcOffset).shortText)"
        } else if !milestone.due.isEmpty {
            status = "due \(milestone.due)"
        }
        let text = "\(mark) \(milestone.text)" + (status.isEmpty ? "" : " · \(status)")
        var lines = TextWrap.wrap(text, width: max(1, width - 4)).enumerated().map { i, line in
            [Span((i == 0 ? "  " : "    ") + line, milestone.isDone ? .dim : .plain)]
        }
        if milestone.isOverdue(today: today) { lines[lines.count - 1].append(Span(" ⚠ overdue", .error)) }
        return lines
    }

    private static func wrappedRisk(_ line: StyledLine, width: Int) -> [StyledLine] {
        let plain = line.map(\.text).joined()
        if TextWidth.of(plain) <= width { return [line] }
        return TextWrap.wrap(plain, width: max(1, width - 4)).enumerated().map { i, text in
            [Span(i == 0 ? text : "    " + text)]
        }
    }
}
