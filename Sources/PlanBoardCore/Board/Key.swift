/// A key press, independent of the terminal library that read it.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    /// Ctrl plus a letter, lower-case (`.ctrl("r")`).
    case ctrl(Character)
    /// Alt (Meta) plus a character: arrives from terminals as Esc then the character.
    case alt(Character)
    case up, down, left, right
    /// Ctrl-← / Ctrl-→ (Alt-← / Alt-→ arrive as the same keys): word moves.
    case ctrlLeft, ctrlRight
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete, insert
    case function(Int)
    /// Text pasted in one go (bracketed paste), newlines included.
    case paste(String)

    /// How the key is written in help and hints: `↑`, `Ctrl-R`, `PgDn`, `?`.
    public var label: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-" + String(c).uppercased()
        case .alt("\r"): "Alt-Enter"
        case .alt("\u{7F}"): "Alt-Backspace"
        case .alt(let c): "Alt-" + String(c)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .ctrlLeft: "Ctrl-←"
        case .ctrlRight: "Ctrl-→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .insert: "Insert"
        case .function(let n): "F\(n)"
        case .paste: "paste"
        }
    }

    public var description: String { label }
}
