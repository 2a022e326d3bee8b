/// `/` in the help: type a word, Enter scrolls to the first line holding it (highlighted), `n`
/// to the next; the status line says which match of how many, or that there is none.
extension Reducer {
    /// `/`: asks what to find, offering what was found last.
    static func askHelpFind(_ state: inout BoardState) {
        guard case .help(let under) = state.mode else { return }
        ask(&state, .helpFind, question: "Find in help:", text: state.helpFind?.text ?? "", returnTo: .help(under))
    }

    /// Enter: the first match from the line at the top of the help (from the top when none below).
    static func findInHelp(_ state: inout BoardState, _ text: String) {
        guard !text.isEmpty else {
            state.helpFind = nil
            state.flash = .init("Nothing to find: / then type a word and Enter.")
            return
        }
        show(&state, text, from: state.paneScroll.offset)
    }

    /// `n`: the match after the one at the top of the help, going round to the first.
    static func findNextInHelp(_ state: inout BoardState) {
        guard let last = state.helpFind else {
            state.flash = .init("Nothing found yet: / finds text in the help.")
            return
        }
        show(&state, last.text, from: last.line + 1)
    }

    private static func show(_ state: inout BoardState, _ text: String, from line: Int) {
        let matches = HelpFind.matches(text, in: HelpText.lines(width: helpWidth(state)))
        guard let (found, wrapped) = HelpFind.next(matches, from: line) else {
            state.helpFind = nil
            state.flash = .init("No match for “\(text)” in the help.", isError: true)
            return
        }
        state.helpFind = HelpFind.Found(text: text, line: found)
        // A line or two above it stay in view, for the heading it falls under.
        scrollPane(&state, to: max(0, found - 2))
        let which = (matches.firstIndex(of: found) ?? 0) + 1
        state.flash = .init("“\(text)”: match \(which) of \(matches.count)" + (wrapped ? ", from the top again" : "") + " · n next")
    }
}
