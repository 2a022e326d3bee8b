import CNcurses
import PlanBoardCore
#if canImport(Glibc)
import Glibc
#endif

/// The real terminal: ncurses in raw mode with keypad and bracketed paste, drawing only the runs
/// the core's `Grid.changes(from:)` gives (the rows that changed since the last frame). The only
/// type that talks to ncurses.
final class NcursesTerminal: TerminalScreen {
    private let screen: OpaquePointer
    private var previous: Grid?
    private var pairs: [ColorPair: Int16] = [:]
    private let colorCount: Int32
    private var isOpen = true
    /// Whether the hardware cursor is visible (only while a field is being edited).
    private var cursorShown = false
    /// A pipe whose write end any thread may poke to end `nextEvent`'s wait (non-blocking both ends).
    private let wakePipe: (read: Int32, write: Int32)

    private struct ColorPair: Hashable {
        let foreground: Color
        let background: Color
    }

    /// Starts ncurses; call `TerminalCheck.prepare()` first (main does, before touching the plan file).
    init() throws(TerminalCheck.Refusal) {
        guard let screen = newterm(nil, cn_stdout(), cn_stdin()) else {
            throw TerminalCheck.Refusal(description: "planboard: ncurses could not start on this terminal.")
        }
        self.screen = screen
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        } else {
            ends = [-1, -1]
        }
        wakePipe = (ends[0], ends[1])
        set_term(screen)
        raw()
        noecho()
        _ = cn_keypad(true)
        set_escdelay(25)
        curs_set(0)
        cn_timeout(100)
        cn_bracketed_paste(1)
        // NO_COLOR (no-color.org): set and not empty means no colour; the RAG letters, reverse
        // video and bold carry every meaning without it.
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        if has_colors(), !noColor {
            start_color()
            use_default_colors()
            colorCount = cn_colors()
        } else {
            colorCount = 0
        }
    }

    /// The size the tty has now. ncurses learns of a resize only when it reads KEY_RESIZE, which
    /// may come late (or be swallowed inside an escape sequence), so it is told here at once.
    func size() -> Size {
        var rows: Int32 = 0, cols: Int32 = 0
        if cn_tty_size(&rows, &cols) != 0, rows != getmaxy(cn_stdscr()) || cols != getmaxx(cn_stdscr()) {
            resizeterm(rows, cols)
        }
        return Size(width: Int(getmaxx(cn_stdscr())), height: Int(getmaxy(cn_stdscr())))
    }

    func draw(_ grid: Grid) {
        // A frame for another size shares nothing with what is on screen: paint every cell.
        if previous?.size != grid.size {
            invalidate()
            erase()
        }
        for run in grid.changes(from: previous) { draw(run) }
        apply(.plain)
        previous = grid
        if let cursor = grid.cursor {
            if !cursorShown { curs_set(1); cursorShown = true }
            wmove(cn_stdscr(), Int32(cursor.y), Int32(cursor.x))
        } else if cursorShown {
            curs_set(0)
            cursorShown = false
        }
        refresh()
    }

    /// Drops the keys typed ahead that ncurses has not handed over yet.
    func discardTypeahead() {
        flushinp()
    }

    /// Ctrl-L: the next draw repaints every cell.
    func redrawAll() {
        invalidate()
    }

    /// Forces a full repaint on the next draw (after the screen was disturbed).
    func invalidate() {
        previous = nil
        clearok(cn_stdscr(), true)
    }

    /// The next key, waiting up to 100 ms for one; a background save that finishes ends the wait
    /// at once (through the wake pipe), so its result shows without a key.
    func nextEvent() -> TerminalEvent? {
        cn_timeout(0)
        if let event = readEvent() { return event }
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: wakePipe.read, events: Int16(POLLIN), revents: 0)]
        _ = poll(&fds, 2, 100)
        if fds[1].revents != 0 { drainWakePipe() }
        return readEvent()
    }

    /// One key from ncurses without waiting (it still waits ESCDELAY inside an escape sequence).
    private func readEvent() -> TerminalEvent? {
        var code: wint_t = 0
        let status = cn_get_wch(&code)
        if status == KEY_CODE_YES, Int32(code) == Int32(CN_KEY_PASTE_START) { return readPaste() }
        if status == KEY_CODE_YES, Int32(code) == Int32(CN_KEY_PASTE_END) { return nil }
        return KeyDecoder.decode(status: status, code: UInt32(code)) {
            var next: wint_t = 0
            return cn_get_wch(&next) == OK ? UInt32(next) : nil
        }
    }

    var wakeUp: (@Sendable () -> Void)? {
        let descriptor = wakePipe.write
        return {
            var byte: UInt8 = 1
            _ = write(descriptor, &byte, 1)
        }
    }

    private func drainWakePipe() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(wakePipe.read, &bytes, bytes.count) > 0 {}
    }

    /// Collects a bracketed paste up to its end marker as one piece of text. Terminals send line
    /// breaks as CR (tmux and xterm turn LF into CR), so CR, LF and CR LF each become one newline.
    /// Two seconds without input end a paste whose end marker never comes.
    private func readPaste() -> TerminalEvent? {
        cn_timeout(100)
        defer { cn_timeout(0) }
        var text = String.UnicodeScalarView()
        var quietPolls = 0
        var afterCR = false
        while quietPolls < 20 {
            var code: wint_t = 0
            let status = cn_get_wch(&code)
            if status == ERR { quietPolls += 1; continue }
            quietPolls = 0
            if status == KEY_CODE_YES {
                if Int32(code) == Int32(CN_KEY_PASTE_END) { break }
                continue
            }
            switch code {
            case 13: text.append("\n")
            case 10: if !afterCR { text.append("\n") }
            default: if let scalar = Unicode.Scalar(UInt32(code)) { text.append(scalar) }
            }
            afterCR = code == 13
        }
        return .key(.paste(String(text)))
    }

    /// Suspends ncurses, runs the user's editor on `text`, then repaints everything.
    func editExternally(_ text: String) -> ExternalEdit {
        let choice = ExternalEditor.choice()
        guard case .command = choice else { return .noEditor }
        cn_bracketed_paste(0)
        let result = ExternalEditor.edit(text, with: choice)
        cn_bracketed_paste(1)
        curs_set(0)
        cursorShown = false
        invalidate()
        refresh()
        return result
    }

    /// Restores the terminal. Safe to call more than once.
    func close() {
        guard isOpen else { return }
        isOpen = false
        cn_bracketed_paste(0)
        endwin()
        delscreen(screen)
        Glibc.close(wakePipe.read)
        Glibc.close(wakePipe.write)
    }

    /// Writes one run of text in its style at its place.
    private func draw(_ run: RowRun) {
        var text: [wchar_t] = []
        text.reserveCapacity(run.text.unicodeScalars.count + 1)
        for scalar in run.text.unicodeScalars { text.append(wchar_t(bitPattern: scalar.value)) }
        text.append(0)
        apply(run.style)
        _ = cn_move_addwstr(Int32(run.y), Int32(run.x), text)
    }

    private func apply(_ style: Style) {
        var attributes = cn_a_normal()
        if style.bold { attributes |= cn_a_bold() }
        if style.reverse { attributes |= cn_a_reverse() }
        if style.dim { attributes |= cn_a_dim() }
        if style.underline { attributes |= cn_a_underline() }
        _ = cn_set_attr(attributes, pair(for: style))
    }

    private func pair(for style: Style) -> Int16 {
        guard colorCount > 0, style.foreground != .default || style.background != .default else { return 0 }
        let key = ColorPair(foreground: style.foreground, background: style.background)
        if let existing = pairs[key] { return existing }
        let number = Int16(pairs.count + 1)
        init_pair(number, colorNumber(style.foreground), colorNumber(style.background))
        pairs[key] = number
        return number
    }

    private func colorNumber(_ color: Color) -> Int16 {
        switch color {
        case .default: -1
        case .black: Int16(COLOR_BLACK)
        case .red: Int16(COLOR_RED)
        case .green: Int16(COLOR_GREEN)
        case .amber: colorCount >= 256 ? 214 : Int16(COLOR_YELLOW)
        case .blue: Int16(COLOR_BLUE)
        case .magenta: Int16(COLOR_MAGENTA)
        case .cyan: Int16(COLOR_CYAN)
        case .white: Int16(COLOR_WHITE)
        case .grey: colorCount >= 16 ? 8 : Int16(COLOR_WHITE)
        }
    }
}
