extension TextEditor {
    /// Moves one Character left.
    public mutating func moveLeft() { place(cursor - 1) }

    /// Moves one Character right.
    public mutating func moveRight() { place(cursor + 1) }

    /// Moves to the start of the word before the cursor, skipping spaces and punctuation first.
    public mutating func moveWordLeft() { place(TextEditor.wordLeft(from: cursor, in: Array(text))) }

    /// Moves to the end of the word after the cursor, skipping spaces and punctuation first
    /// (as Emacs, readline and macOS do, so Alt-D and Alt-F agree).
    public mutating func moveWordRight() { place(TextEditor.wordRight(from: cursor, in: Array(text))) }

    /// Home: the start of the logical line (after the previous newline), not of the wrapped row.
    ///
    /// Logical because it agrees with Ctrl-U and Ctrl-A in every terminal program, and because the
    /// end of a row wrapped inside a word (CJK text has no spaces) is the same offset as the next
    /// row's start, so a visual End could not put the cursor after that row's last character.
    public mutating func moveToLineStart() { place(TextEditor.lineStart(from: cursor, in: Array(text))) }

    /// End: the end of the logical line (before the next newline, or the end of the text).
    public mutating func moveToLineEnd() { place(TextEditor.lineEnd(from: cursor, in: Array(text))) }

    /// Moves to the start of the text.
    public mutating func moveToStart() { place(0) }

    /// Moves to the end of the text.
    public mutating func moveToEnd() { place(text.count) }

    /// Moves up one wrapped row at `width` cells, aiming for the goal column (the column where
    /// the run of up/down moves started). On the first row it moves to the start of the text.
    public mutating func moveUp(width: Int) { moveVertically(by: -1, width: width) }

    /// Moves down one wrapped row at `width` cells, aiming for the goal column. On the last row
    /// it moves to the end of the text.
    public mutating func moveDown(width: Int) { moveVertically(by: 1, width: width) }

    private mutating func moveVertically(by rows: Int, width: Int) {
        let layout = layout(width: width)
        let goal = goalColumn ?? layout.cursorColumn
        let target = layout.cursorRow + rows
        let offset: Int
        if target < 0 {
            offset = 0
        } else if target >= layout.lines.count {
            offset = text.count
        } else {
            offset = layout.offset(row: target, column: goal)
        }
        goalColumn = goal
        place(offset, keepingGoal: true)
    }

    // MARK: Boundaries

    /// Whether a Character belongs to a word: letters (any script) and digits. Spaces,
    /// punctuation, symbols and emoji separate words.
    static func isWordCharacter(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber }

    /// Where `moveWordLeft` goes from `offset`.
    static func wordLeft(from offset: Int, in chars: [Character]) -> Int {
        var i = min(offset, chars.count)
        while i > 0, !isWordCharacter(chars[i - 1]) { i -= 1 }
        while i > 0, isWordCharacter(chars[i - 1]) { i -= 1 }
        return i
    }

    /// Where `moveWordRight` goes from `offset`.
    static func wordRight(from offset: Int, in chars: [Character]) -> Int {
        var i = max(offset, 0)
        while i < chars.count, !isWordCharacter(chars[i]) { i += 1 }
        while i < chars.count, isWordCharacter(chars[i]) { i += 1 }
        return i
    }

    /// The offset just after the newline before `offset`, or 0.
    static func lineStart(from offset: Int, in chars: [Character]) -> Int {
        var i = min(offset, chars.count)
        while i > 0, chars[i - 1] != "\n" { i -= 1 }
        return i
    }

    /// The offset of the newline after `offset`, or the end of the text.
    static func lineEnd(from offset: Int, in chars: [Character]) -> Int {
        var i = max(offset, 0)
        while i < chars.count, chars[i] != "\n" { i += 1 }
        return i
    }
}
