/// The text of the detail pane: every field of one action, wrapped to a width. Below render so
/// the reducer can count its lines to clamp scrolling without drawing; `DetailView` draws them.
public enum DetailText {
    /// The pane's lines for `action` at `width` cells: drawn by `DetailView`, counted by the reducer to clamp scrolling.
    public static func lines(for action: Action, in state: BoardState, width: Int) -> [StyledLine] {
        let plan = state.plan
        var out: [StyledLine] = []
        let outcome = plan.outcomes.first { $0.actions.contains { $0.id == action.id } }
        out.append([Span(action.ref, .bold), Span("  "), Span(RAGBadge.text(action.rag), .badge(action.rag)),
                    Span(" " + action.rag.word, .text(action.rag)), Span("  ·  " + action.statusWord)])
        if action.isRemoved, let removal = action.removal {
            out += StyledText.block("Removed \(removal.at.day(utcOffset: state.utcOffset).shortText): \(removal.reason)",
                                    width: width, indent: 0, style: .error)
        }
        if let outcome { out += StyledText.block("Outcome " + outcome.heading, width: width, indent: 0, style: .dim) }

        section("Action", action.text, into: &out, width: width)
        if !action.area.isEmpty { section("Priority area", action.area, into: &out, width: width) }

        out.append([])
        out.append(StyledText.heading("Leads"))
        if action.leads.isEmpty { out += StyledText.block("", width: width) }
        for initials in action.leads {
            var line: StyledLine = [Span("  " + initials, .bold)]
            if let lead = plan.lead(initials: initials) {
                let full = lead.organisation.isEmpty ? lead.name : "\(lead.name), \(lead.organisation)"
                line.append(Span("  " + full))
            } else {
                line.append(Span("  (not in the plan's key of leads)", .dim))
            }
            out += wrapped(line, width: width)
        }

        out.append([])
        out.append(StyledText.heading("Deadline"))
        out += wrapped([Span("  " + (action.deadline.isEmpty ? "—" : action.deadline))] + DeadlineBadge.detail(for: action, today: state.today), width: width)

        section("Measure of success", action.measure, into: &out, width: width)
        section("Progress / achievements to date", action.progress, into: &out, width: width)
        out += frameworkLines(for: action, in: state, width: width)

        out.append([])
        out.append(StyledText.heading("Notes"))
        if action.notes.isEmpty { out += StyledText.block("", width: width) }
        for note in action.notes {
            var heading = "  " + note.at.day(utcOffset: state.utcOffset).shortText
            if note.kind != .note || note.meeting != nil { heading += " · " + note.kind.word }
            if let meeting = note.meeting { heading += " · " + meetingName(meeting, in: plan) }
            if note.kind == .actionPoint {
                // Where it stands in the action log (F).
                if let closed = note.closedAt {
                    heading += " · done " + closed.day(utcOffset: state.utcOffset).shortText
                    if let meeting = note.closedIn { heading += " (\(meetingName(meeting, in: plan)))" }
                } else {
                    heading += " · open"
                    if !note.carriedForwardIn.isEmpty { heading += ", carried forward \(note.carriedForwardIn.count)×" }
                }
            }
            out.append([Span(heading, .dim)])
            var text = note.text
            if note.kind == .actionPoint {
                let who = [note.owner, note.due].compactMap { $0 }.joined(separator: ", ")
                if !who.isEmpty { text += " — " + who }
            }
            out += StyledText.block(text, width: width, indent: 4)
        }

        out += HistoryLines.lines(action.history, describe: { describe($0, notes: action.notes) }, shape: .oneLine,
                                  in: state, width: width)
        return out
    }

    /// A change as one phrase: `RAG Green → Amber`, `Progress changed`; a decision recorded with
    /// `D` (found among `notes` by its time and text) says so rather than "Note changed".
    public static func describe(_ change: Change, notes: [Note] = []) -> String {
        if change.field == .note, change.from.isEmpty,
           notes.contains(where: { $0.at == change.at && $0.text == change.to && $0.kind == .decision }) {
            return "Decision recorded"
        }
        return switch change.field {
        case .rag, .status, .ref, .deadline, .outcome, .leads, .owner, .category, .actual, .target, .stretch,
             .indicatorStatus, .inherent, .residual, .planned, .reviewDate, .unit, .direction, .frequency, .baseline,
             .tolerance, .linkedActions, .riskBands:
            "\(change.field.label) \(change.from.isEmpty ? "—" : change.from) → \(change.to.isEmpty ? "—" : change.to)"
        case .created, .removed, .restored:
            change.field.label + (change.to.isEmpty ? "" : ": \(change.to)")
        case .milestone:
            // `Milestone ‘Fund open’ added`: the entry's words already say what happened to it.
            change.to.isEmpty ? change.field.label : "\(change.field.label) \(change.to)"
        case .text, .area, .measure, .progress, .note, .name, .description, .recommendation, .mitigation, .title, .source:
            "\(change.field.label) changed"
        }
    }

    private static func section(_ title: String, _ text: String, into out: inout [StyledLine], width: Int) {
        out.append([])
        out.append(StyledText.heading(title))
        out += StyledText.block(text, width: width)
    }

    /// Wraps a styled line by its plain text, keeping the second span's style for continuation lines.
    static func wrapped(_ line: StyledLine, width: Int) -> [StyledLine] {
        let plain = line.map(\.text).joined()
        if TextWidth.of(plain) <= width { return [line] }
        let style = line.count > 1 ? line[1].style : line.first?.style ?? .plain
        return TextWrap.wrap(plain, width: max(1, width - 4)).enumerated().map { i, text in
            [Span(i == 0 ? text : "    " + text, i == 0 ? .plain : style)]
        }
    }

    /// How the pane names a meeting, as minutes and import reports do (`Meeting.reference`):
    /// `meeting of 12 Nov 2026`, with its start time and title when another was held that day
    /// (`meeting of 29 Nov 2026 at 19:22, ‘Carers Partnership’`), never its id.
    static func meetingName(_ id: Meeting.ID, in plan: Plan) -> String {
        guard let meeting = plan.meetings.first(where: { $0.id == id }) else { return id.rawValue }
        return String(meeting.reference(among: plan.meetings, dateText: \.shortText).dropFirst("the ".count))
    }
}
