/// The two bottom lines (its rectangle's first two rows): what just happened (or the selected
/// action's latest news, or why it matched the search, or the prompt's question and answer), and
/// the keys (in a prompt, what Enter and Esc do in that prompt).
struct StatusBar: Widget {
    let state: BoardState

    func draw(into grid: inout Grid, in rect: Rect) {
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        let hintLine = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: 1)
        if case .prompt(let prompt) = state.mode {
            Self.drawPrompt(prompt, note: state.flash.flatMap { $0.isError ? nil : $0.text }, in: line, grid: &grid)
        } else if let question = Self.question(state) {
            // A yes/no question is asked where the eye goes for it, above its keys, whatever was flashed before.
            grid.fill(line)
            grid.put(" " + WordCut.cut(question, width: line.width - 2), x: line.x, y: line.y, style: .bold)
        } else if let flash = state.flash {
            grid.put(" " + WordCut.cut(flash.text, width: line.width - 2), x: line.x, y: line.y,
                     style: flash.isError ? .error : .bold)
        } else if [.indicatorDetail, .riskDetail].contains(state.keyKind) {
            // A framework detail pane has no footer of its own: the cues the key line has no room for go here.
            grid.put(HintFitting.line(HintFitting.leading(HintFitting.leftOver(for: state), width: line.width - 1)),
                     x: line.x + 1, y: line.y, maxWidth: line.width - 1)
        } else if case .board = state.mode, let action = state.selectedAction {
            grid.put(" " + TextWrap.truncate(Self.summary(of: action, search: state.search, utcOffset: state.utcOffset),
                                             width: line.width - 2),
                     x: line.x, y: line.y)
        }
        if case .prompt = state.mode, let flash = state.flash, flash.isError {
            // The status line holds the question, so a complaint about the answer goes below it.
            grid.put(" " + WordCut.cut(flash.text, width: line.width - 2), x: hintLine.x, y: hintLine.y, style: .error)
            return
        }
        grid.put(HintFitting.line(Self.fitting(Keymap.hints(for: state), width: Self.hintWidth(state))),
                 x: hintLine.x + 1, y: hintLine.y, maxWidth: hintLine.width - 1)
    }

    /// The question a yes/no mode asks, for the status line (its dialog says more above).
    static func question(_ state: BoardState) -> String? {
        guard case .confirmEndMeeting = state.mode else { return nil }
        let count = state.discussedCount
        return "End the meeting? \(count) of \(state.totals.total) actions discussed."
    }

    /// The cells the bottom line gives the keys' cues: all the screen's width but a margin.
    static func hintWidth(_ state: BoardState) -> Int { state.size.width - 1 }

    /// The question in bold, then the answer being typed with the cursor (long answers scroll so
    /// the cursor stays in view), then, dim, what typing found (a search's matches and why).
    private static func drawPrompt(_ prompt: Prompt, note: String?, in line: Rect, grid: inout Grid) {
        grid.fill(line)
        // The question may take all but a quarter of the line (at least 16 cells stay for the answer);
        // a longer one loses its bracketed asides, then its last words, never half a word.
        let questionRoom = max(10, line.width - max(16, line.width / 4))
        let question = " " + WordCut.line(prompt.question, width: questionRoom) + " "
        let x = grid.put(question, x: line.x, y: line.y, style: .bold)
        let room = max(2, line.width - x - 1)
        let chars = Array(prompt.editor.text)
        let window = PromptWindow(chars, cursor: prompt.editor.cursor, room: room)
        // An offered answer shows selected, as a form's field does: typing replaces it.
        let textStyle = prompt.offered ? Style(reverse: true) : Style(underline: true)
        var shown = 0
        if window.hiddenBefore { shown += grid.put(PromptWindow.marker, x: x, y: line.y, style: .bold) }
        shown += grid.put(String(chars[window.start..<window.end]), x: x + shown, y: line.y, style: textStyle, maxWidth: room - shown)
        if window.hiddenAfter { shown += grid.put(PromptWindow.marker, x: x + shown, y: line.y, style: .bold) }
        let before = window.cursorColumn
        grid.placeCursor(x: x + before, y: line.y)
        if let note, prompt.input == .text {
            let at = x + max(shown, before + 1) + 2
            let width = line.maxX - at - 1
            if width >= 8 { grid.put(TextWrap.truncate(note, width: width), x: at, y: line.y, style: .dim) }
        }
    }

    /// The hints that fit in `width`: whole cues only, the first (moving) and the last two (help,
    /// quit / close) kept longest (`HintFitting`).
    static func fitting(_ hints: [KeyHint], width: Int) -> [KeyHint] { HintFitting.fitting(hints, width: width) }

    /// While a search is kept, why the selected action matched it (`1.4 matched in Progress:
    /// “…carers café…”`); otherwise, or when it does not match, the action's news as below.
    static func summary(of action: Action, search: String?, utcOffset: Int) -> String {
        if let search, let match = SearchMatch.find(search, in: action) { return "\(action.ref) \(match.description)" }
        return summary(of: action, utcOffset: utcOffset)
    }

    /// `1.1 · Amber since 2 Oct 2026 (was Green) “reason” · GP, CC · March 2026`: the reason follows
    /// the change it explains, not the old rating.
    static func summary(of action: Action, utcOffset: Int) -> String {
        var parts = [action.ref]
        if let removal = action.removal {
            parts.append("✕ removed \(removal.at.day(utcOffset: utcOffset).shortText)" + (removal.reason.isEmpty ? "" : ": “\(removal.reason)”"))
        }
        if let last = action.history.last(where: { $0.field == .rag }) {
            var rating = "\(action.rag.word) since \(last.at.day(utcOffset: utcOffset).shortText) (was \(last.from))"
            if let reason = last.reason, !reason.isEmpty { rating += " “\(reason)”" }
            parts.append(rating)
        } else {
            parts.append(action.rag.word)
        }
        parts.append(action.statusWord)
        if !action.leads.isEmpty { parts.append(action.leadsText) }
        if !action.deadline.isEmpty { parts.append(action.deadline) }
        return parts.joined(separator: " · ")
    }
}
