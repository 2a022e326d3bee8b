/// Esc and then a key typed within ncurses' escape delay (25 ms) arrive as one Alt-key. A chair
/// who presses Esc then `j` quickly on a screen they browse (the board, the framework's lists)
/// meant those two keys, so there it is read as Esc followed by the key. Where text is typed or a
/// question is asked it stays one Alt-key: Alt sends the same bytes, and Esc then `y` would
/// discard an edit or Esc then `x` cancel a prompt and clear a rating in one stroke.
extension Keymap {
    /// The keys `key` stands for on this screen: itself, or Esc and then the plain key.
    public static func unfolded(_ key: Key, in state: BoardState) -> [Key] {
        guard case .alt(let c) = key, sayingUnbound.contains(state.keyKind), lookup[state.keyKind]?[key] == nil else { return [key] }
        return [.escape, plainKey(c)]
    }

    /// The key a character after Esc stands for, read as the terminal decoder reads it alone:
    /// Esc Esc is two Escs, Esc Tab is Esc then Tab, Esc Ctrl-X is Esc then Ctrl-X.
    static func plainKey(_ c: Character) -> Key {
        guard let code = c.unicodeScalars.first?.value, c.unicodeScalars.count == 1 else { return .char(c) }
        switch code {
        case 27: return .escape
        case 10, 13: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(code + 96)!))
        default: return .char(c)
        }
    }
}
