/// One terminal cell: a grapheme cluster (or "" where a wide character's second half sits) and its style.
public struct Cell: Equatable, Hashable, Sendable {
    public var text: String
    public var style: Style
    public init(text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }
    /// The right half of a double-width character: the terminal skips it.
    public var isContinuation: Bool { text.isEmpty }
}

/// The whole screen as a value: what `render` produces, what tests compare, what the driver draws.
///
/// Every write goes through `put`, which sanitises control characters and measures widths with
/// `TextWidth`, so plan text can never move the terminal's cursor and borders stay straight.
public struct Grid: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal's own cursor should blink (the editing pane's insertion point), or nil
    /// to hide it. The cell there is also drawn reversed, so golden tests and dumb terminals see it.
    public var cursor: Point?

    /// A cell's position.
    public struct Point: Equatable, Hashable, Sendable {
        public var x: Int
        public var y: Int
        public init(x: Int, y: Int) {
            self.x = x
            self.y = y
        }
    }

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: Cell(), count: self.size.width * self.size.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Writes `text` from (x, y), never past `x + maxWidth` or the grid's edge; returns the cells used.
    /// A wide character that would not fit is replaced by a space; zero-width marks join the cell before.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int = .max) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = min(size.width, maxWidth == .max ? size.width : x + max(0, maxWidth))
        var col = x
        for scalarChar in VisibleText.sanitize(text) {
            let w = TextWidth.of(scalarChar)
            if w == 0 {
                if col > x, col - 1 >= 0, col - 1 < size.width {
                    var back = col - 1
                    while back > 0, self[back, y].isContinuation { back -= 1 }
                    self[back, y].text.append(scalarChar)
                }
                continue
            }
            if col + w > limit {
                if w == 2, col < limit { self[col, y] = Cell(text: " ", style: style); col += 1 }
                break
            }
            if col >= 0 {
                clearWide(at: col, y: y)
                self[col, y] = Cell(text: String(scalarChar), style: style)
                if w == 2 {
                    clearWide(at: col + 1, y: y)
                    self[col + 1, y] = Cell(text: "", style: style)
                }
            }
            col += w
        }
        return col - x
    }

    /// Draws a styled line from (x, y), at most `maxWidth` cells; returns the cells used.
    @discardableResult
    public mutating func put(_ line: StyledLine, x: Int, y: Int, maxWidth: Int) -> Int {
        var used = 0
        for span in line where used < maxWidth {
            used += put(span.text, x: x + used, y: y, style: span.style, maxWidth: maxWidth - used)
        }
        return used
    }

    /// Overwriting half of a wide character blanks the other half so the row keeps its width.
    private mutating func clearWide(at x: Int, y: Int) {
        let cell = self[x, y]
        if cell.isContinuation, x > 0 {
            self[x - 1, y].text = " "
        } else if TextWidth.of(cell.text) == 2, x + 1 < size.width {
            self[x + 1, y].text = " "
        }
    }

    /// Puts the cursor at (x, y) and reverses that cell (a wide character's both halves).
    public mutating func placeCursor(x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        var start = x
        while start > 0, self[start, y].isContinuation { start -= 1 }
        cursor = Point(x: start, y: y)
        self[start, y].style.reverse.toggle()
        if start + 1 < size.width, self[start + 1, y].isContinuation { self[start + 1, y].style.reverse.toggle() }
    }

    /// Fills a rectangle with one character and style.
    public mutating func fill(_ rect: Rect, with text: String = " ", style: Style = .plain) {
        for y in max(0, rect.y)..<min(size.height, rect.maxY) {
            for x in max(0, rect.x)..<min(size.width, rect.maxX) {
                clearWide(at: x, y: y)
                self[x, y] = Cell(text: text, style: style)
            }
        }
    }

    /// Changes the style of cells in a rectangle, keeping their text.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        for y in max(0, rect.y)..<min(size.height, rect.maxY) {
            for x in max(0, rect.x)..<min(size.width, rect.maxX) {
                change(&cells[y * size.width + x].style)
            }
        }
    }

    /// Draws a single-line box with `title` set into its top edge.
    public mutating func box(_ rect: Rect, title: String = "", style: Style = .plain, titleStyle: Style = .bold) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.maxX - 1, bottom = rect.maxY - 1
        put("┌" + String(repeating: "─", count: rect.width - 2) + "┐", x: rect.x, y: rect.y, style: style)
        for y in rect.y + 1..<bottom {
            put("│", x: rect.x, y: y, style: style)
            put("│", x: right, y: y, style: style)
        }
        put("└" + String(repeating: "─", count: rect.width - 2) + "┘", x: rect.x, y: bottom, style: style)
        if !title.isEmpty, rect.width > 4 {
            put(" " + TextWrap.truncate(title, width: rect.width - 4) + " ", x: rect.x + 1, y: rect.y, style: titleStyle)
        }
    }

    /// A horizontal divider inside a box: `├────┤`.
    public mutating func divider(y: Int, x: Int, width: Int, style: Style = .plain) {
        guard width >= 2 else { return }
        put("├" + String(repeating: "─", count: width - 2) + "┤", x: x, y: y, style: style)
    }

    /// The screen as plain text lines, trailing spaces kept, continuation cells left out
    /// (as `tmux capture-pane` shows it).
    public var lines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width where !self[x, y].isContinuation { line += self[x, y].text }
            return line
        }
    }

    /// The screen as text, trailing spaces trimmed, for golden files.
    public var text: String {
        lines.map { line in
            var l = Substring(line)
            while l.last == " " { l.removeLast() }
            return String(l)
        }.joined(separator: "\n")
    }
}
