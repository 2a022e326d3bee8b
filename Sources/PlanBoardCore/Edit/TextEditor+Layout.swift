extension TextEditor {
    /// The editor's text wrapped for drawing, with the cursor's place in rows and cells.
    ///
    /// The text is wrapped one cell narrower than the pane, keeping the last column for the
    /// cursor: the cursor after the last character of a full row is then always drawable on that
    /// row, never confused with the start of the next row, and never needs a row of its own.
    public struct Layout: Equatable, Sendable {
        /// The wrapped rows, from `TextWrap.lines`; when the text ends in a space that ended a full
        /// row, an empty last row follows, where the cursor at the end of the text belongs.
        public var lines: [TextWrap.Line]
        /// The row the cursor is on (an index into `lines`).
        public var cursorRow: Int
        /// The cursor's column in cells (a CJK character or emoji before it counts 2).
        public var cursorColumn: Int

        /// The first row to draw in a pane `height` rows tall so the cursor stays in view,
        /// moving as little as possible from the `current` first row (the pane keeps it between
        /// frames). It never leaves empty rows at the bottom while there is text above to show.
        public func scrollOffset(height: Int, from current: Int) -> Int {
            Viewport(offset: current, contentHeight: lines.count, visibleHeight: max(1, height)).showing(cursorRow).offset
        }

        /// The offset in `row` nearest to `column` cells without going past it. A row wrapped
        /// inside a word ends one Character early: its end is the next row's start.
        func offset(row: Int, column: Int) -> Int {
            let line = lines[row]
            let chars = Array(line.text)
            let brokeAtCharacter = line.length > chars.count
            let last = row == lines.count - 1 || brokeAtCharacter ? chars.count : max(0, chars.count - 1)
            var cells = 0
            var i = 0
            while i < last {
                let w = TextWidth.of(chars[i])
                if cells + w > column { break }
                cells += w
                i += 1
            }
            return line.start + i
        }
    }

    /// The text wrapped for a pane `width` cells wide and where the cursor is in it.
    /// Widths below 2 are treated as 2.
    public func layout(width: Int) -> Layout {
        let width = max(2, width)
        let chars = Array(text)
        var lines = TextWrap.lines(text, width: width - 1)
        if let last = lines.last, last.length > last.text.count {
            // The text ends in the space a full row broke at: the end of the text starts a new row.
            lines.append(TextWrap.Line(text: "", start: chars.count, length: 0))
        }
        var row = 0
        while row + 1 < lines.count, lines[row + 1].start <= cursor { row += 1 }
        let start = lines[row].start
        var column = 0
        for ch in chars[start..<min(cursor, chars.count)] { column += TextWidth.of(ch) }
        return Layout(lines: lines, cursorRow: row, cursorColumn: min(column, width - 1))
    }
}
