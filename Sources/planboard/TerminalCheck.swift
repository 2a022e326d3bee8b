import PlanBoardCore
import CNcurses
#if canImport(Glibc)
import Glibc
#endif

/// Checks, before ncurses starts, that this is a terminal it can draw on, and sets a UTF-8 locale
/// so accented and wide characters are drawn even under LANG=C.
enum TerminalCheck {
    /// Why the board cannot start here, as one line for the user.
    struct Refusal: Error, CustomStringConvertible {
        let description: String
    }

    static func prepare() throws(Refusal) {
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw Refusal(description: "planboard: the board needs a terminal; standard input and output must not be redirected. (Use 'planboard summary PLAN.json' for text output.)")
        }
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else {
            throw Refusal(description: "planboard: TERM is not set, so the terminal type is unknown. Set it (for example TERM=xterm-256color) and try again.")
        }
        guard cn_term_can_draw(term) == 1 else {
            throw Refusal(description: "planboard: the terminal type '\(Excerpt.of(term))' is unknown or cannot position the cursor. Set TERM to a real terminal type (for example xterm-256color).")
        }
    }
}
