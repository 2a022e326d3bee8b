/// Esc and then a key typed within ncurses' escape delay (25 ms) arrive as one Alt-key. A chair
/// who presses Esc then `j` quickly meant those two keys: where the screen binds no Alt-key to
/// that character (only the text editors use Alt-b, Alt-f, Alt-d, Alt-Backspace, Alt-Enter), it is
/// read as Esc followed by the key, each acted on in turn.
extension Keymap {
    /// The keys `key` stands for on this screen: itself, or Esc and then the plain key.
    public static func unfolded(_ key: Key, in state: BoardState) -> [Key] {
        guard case .alt(let c) = key, lookup[state.keyKind]?[key] == nil else { return [key] }
        switch c {
        case "\r": return [.escape, .enter]
        case "\u{7F}": return [.escape, .backspace]
        default: return [.escape, .char(c)]
        }
    }
}
