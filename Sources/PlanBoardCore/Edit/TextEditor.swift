/// A value-type text editor over grapheme clusters (Characters), for one field of an action.
///
/// Offsets are counted in Characters, so an accented letter, a CJK ideograph or an emoji with a
/// skin tone is one step for the cursor and one Backspace. The editor knows nothing of the screen:
/// `layout(width:)` says where the text wraps and where the cursor is, in terminal cells.
public struct TextEditor: Equatable, Sendable {
    /// The text being edited.
    public private(set) var text: String
    /// The cursor, as an offset in Characters from the start: `0...text.count`.
    public private(set) var cursor: Int
    /// Whether newlines may be typed: true for progress and notes, false for ref, deadline, leads.
    public let multiline: Bool
    /// The text the editor was opened with, to tell whether anything changed.
    public let original: String
    /// Whether the text differs from what the editor was opened with.
    public var isChanged: Bool { text != original }

    /// The column in cells that up/down keep aiming for; cleared by anything else.
    var goalColumn: Int?
    /// Undo and redo states.
    var history = EditHistory()

    /// An editor over `text` with the cursor at its end. The text is kept exactly as given (so an
    /// untouched field is never "changed"); only what is inserted later is cleaned.
    public init(text: String, multiline: Bool) {
        self.text = text
        self.original = text
        self.multiline = multiline
        self.cursor = text.count
    }

    // MARK: Inserting

    /// Inserts typed or pasted text at the cursor and puts the cursor after it.
    ///
    /// `\r\n` and `\r` become `\n`; in a one-line editor every newline becomes a space; a tab becomes
    /// a space; other control characters are dropped. Everything else arrives intact. A single
    /// typed character joins the current typing run for undo; anything longer is its own undo step.
    public mutating func insert(_ s: String) {
        let clean = TextEditor.cleaned(s, multiline: multiline)
        guard !clean.isEmpty else { return }
        let kind: EditHistory.Kind
        if clean.count == 1, let ch = clean.first {
            kind = ch.isWhitespace ? .typingSpace : .typingWord
        } else {
            kind = .single
        }
        replace(cursor..<cursor, with: clean, kind: kind)
    }

    /// `s` made fit to insert: line endings unified, tabs as spaces, control characters dropped,
    /// newlines flattened to spaces when `multiline` is false.
    static func cleaned(_ s: String, multiline: Bool) -> String {
        var out = String.UnicodeScalarView()
        let newline: Unicode.Scalar = multiline ? "\n" : " "
        var afterCarriageReturn = false
        for scalar in s.unicodeScalars {
            let wasAfterCR = afterCarriageReturn
            afterCarriageReturn = false
            switch scalar.value {
            case 0x0D:
                out.append(newline)
                afterCarriageReturn = true
            case 0x0A:
                if !wasAfterCR { out.append(newline) }      // the \n of \r\n was already written
            case 0x2028, 0x2029:                            // line and paragraph separators (word processors)
                out.append(newline)
            case 0x09:
                out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Replaces the whole text (from `$EDITOR`), cleaned as `insert` cleans, as one undo step,
    /// with the cursor at the end. `original` is kept, so the field still knows it changed.
    public mutating func replaceAll(with s: String) {
        let clean = TextEditor.cleaned(s, multiline: multiline)
        guard clean != text else { return }
        replace(0..<text.count, with: clean, kind: .single)
    }

    // MARK: Undo

    /// Undoes the last edit (a typing run, a run of Backspaces, a paste, a word deletion).
    public mutating func undo() {
        guard let previous = history.undo(from: state) else { return }
        restore(previous)
    }

    /// Redoes the last undone edit.
    public mutating func redo() {
        guard let next = history.redo(from: state) else { return }
        restore(next)
    }

    /// Whether there is anything to undo.
    public var canUndo: Bool { !history.undoStack.isEmpty }
    /// Whether there is anything to redo.
    public var canRedo: Bool { !history.redoStack.isEmpty }

    // MARK: Core

    var state: EditHistory.State { EditHistory.State(text: text, cursor: cursor) }

    private mutating func restore(_ s: EditHistory.State) {
        text = s.text
        cursor = s.cursor
        goalColumn = nil
    }

    /// Replaces the Characters in `range` with `replacement` and puts the cursor just after the
    /// replacement, recording the edit for undo as `kind`. Does nothing if nothing would change.
    mutating func replace(_ range: Range<Int>, with replacement: String, kind: EditHistory.Kind) {
        guard !(range.isEmpty && replacement.isEmpty) else { return }
        history.record(state, as: kind)
        let lower = text.index(text.startIndex, offsetBy: range.lowerBound)
        let upper = text.index(lower, offsetBy: range.count)
        let cursorUTF8 = text.utf8.distance(from: text.startIndex, to: lower) + replacement.utf8.count
        text.replaceSubrange(lower..<upper, with: replacement)
        cursor = TextEditor.characterOffset(ofUTF8: cursorUTF8, in: text)
        goalColumn = nil
    }

    /// The Character offset at a UTF-8 offset, rounded up to the end of the Character containing
    /// it: a combining mark inserted after a letter merges with it and the cursor stays after both.
    static func characterOffset(ofUTF8 utf8Offset: Int, in text: String) -> Int {
        let target = text.utf8.index(text.startIndex, offsetBy: utf8Offset)
        var count = 0
        var i = text.startIndex
        while i < target {
            text.formIndex(after: &i)
            count += 1
        }
        return count
    }

    /// Sets the cursor after a movement: ends the current undo run and, unless moving vertically,
    /// forgets the goal column.
    mutating func place(_ offset: Int, keepingGoal: Bool = false) {
        cursor = min(max(0, offset), text.count)
        if !keepingGoal { goalColumn = nil }
        history.endRun()
    }
}
