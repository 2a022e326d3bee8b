extension TextEditor {
    /// Backspace: deletes the whole Character before the cursor (an emoji with its skin tone,
    /// a letter with its combining accent). Runs of Backspace undo together.
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        replace(cursor - 1..<cursor, with: "", kind: .deletingBackward)
    }

    /// Delete: deletes the whole Character after the cursor. Runs of Delete undo together.
    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        replace(cursor..<cursor + 1, with: "", kind: .deletingForward)
    }

    /// Ctrl-W / Alt-Backspace: deletes back to where `moveWordLeft` would go (the spaces and
    /// punctuation before the cursor, then the word before them).
    public mutating func deleteWordBackward() {
        let start = TextEditor.wordLeft(from: cursor, in: Array(text))
        replace(start..<cursor, with: "", kind: .single)
    }

    /// Alt-D: deletes forward to where `moveWordRight` would go (to the end of the next word).
    public mutating func deleteWordForward() {
        let end = TextEditor.wordRight(from: cursor, in: Array(text))
        replace(cursor..<end, with: "", kind: .single)
    }

    /// Ctrl-U: deletes from the start of the logical line (after the previous newline) to the
    /// cursor. At the start of a line it deletes the newline before it, joining the two lines,
    /// so repeating the key keeps working.
    public mutating func deleteToLineStart() {
        let chars = Array(text)
        let start = TextEditor.lineStart(from: cursor, in: chars)
        if start < cursor {
            replace(start..<cursor, with: "", kind: .single)
        } else if cursor > 0 {
            replace(cursor - 1..<cursor, with: "", kind: .single)
        }
    }

    /// Ctrl-K: deletes from the cursor to the end of the logical line (before the next newline).
    /// At the end of a line it deletes the newline, joining the next line on, as Emacs does.
    public mutating func deleteToLineEnd() {
        let chars = Array(text)
        let end = TextEditor.lineEnd(from: cursor, in: chars)
        if end > cursor {
            replace(cursor..<end, with: "", kind: .single)
        } else if cursor < chars.count {
            replace(cursor..<cursor + 1, with: "", kind: .single)
        }
    }
}
