import CNcurses
import PlanBoardCore

/// Turns what ncurses' `get_wch` returns into a terminal-neutral `Key` or resize event.
enum KeyDecoder {
    static func decode(status: Int32, code: UInt32, readFollowing: () -> UInt32?) -> TerminalEvent? {
        if status == KEY_CODE_YES { return decodeKeyCode(Int32(code)) }
        guard status == OK else { return nil }
        switch code {
        case 27:
            // Esc on its own, or Alt-x (Esc then x at once).
            if let next = readFollowing(), let scalar = Unicode.Scalar(next) {
                switch next {
                case 10, 13: return .key(.alt("\r"))              // Alt-Enter
                case 8, 127: return .key(.alt("\u{7F}"))           // Alt-Backspace
                default: return .key(.alt(Character(scalar)))
                }
            }
            return .key(.escape)
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 127, 8: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(code + 96)!)))
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .key(.char(Character(scalar)))
        }
    }

    private static func decodeKeyCode(_ code: Int32) -> TerminalEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE: return .resize(Size(width: Int(getmaxx(cn_stdscr())), height: Int(getmaxy(cn_stdscr()))))
        default:
            for n in 1...12 where code == cn_key_f(Int32(n)) { return .key(.function(n)) }
            return decodeNamedKey(code)
        }
    }

    /// Keys ncurses reports by terminfo name rather than a KEY_ constant: xterm's Alt- and
    /// Ctrl-arrows (`kLFT3` is Alt-←, `kLFT5` Ctrl-←). Both become word moves.
    private static func decodeNamedKey(_ code: Int32) -> TerminalEvent? {
        guard let name = keyname(code).map({ String(cString: $0) }) else { return nil }
        switch name {
        case "kLFT3", "kLFT5": return .key(.ctrlLeft)
        case "kRIT3", "kRIT5": return .key(.ctrlRight)
        default: return nil
        }
    }
}
