/// A piece of one screen row to draw: text in one style from column `x`.
public struct RowRun: Equatable, Sendable {
    public var x: Int
    public var y: Int
    /// The cells' text, a wide character once (its right half adds nothing).
    public var text: String
    public var style: Style
    public init(x: Int, y: Int, text: String, style: Style) {
        self.x = x
        self.y = y
        self.text = text
        self.style = style
    }
}

extension Grid {
    /// What a terminal showing `previous` must draw to show this grid: every row that differs, whole,
    /// as runs of one style from the left edge (all rows when there is no previous frame or its
    /// size differs). A whole row rather than single cells keeps wide characters and their halves
    /// right; unchanged rows cost one comparison.
    public func changes(from previous: Grid?) -> [RowRun] {
        let width = size.width
        let redrawAll = previous?.size != size
        var runs: [RowRun] = []
        for y in 0..<size.height {
            let start = y * width
            if !redrawAll, let previous, previous.cells[start..<start + width] == cells[start..<start + width] { continue }
            appendRuns(ofRow: y, to: &runs)
        }
        return runs
    }

    /// Row `y` as runs of one style. A wide character's right half never starts a run: it
    /// belongs to the character, whatever its own style says.
    private func appendRuns(ofRow y: Int, to runs: inout [RowRun]) {
        var x = 0
        while x < size.width {
            let style = self[x, y].style
            let runStart = x
            var text = self[x, y].text
            x += 1
            while x < size.width, self[x, y].isContinuation || self[x, y].style == style {
                text += self[x, y].text
                x += 1
            }
            runs.append(RowRun(x: runStart, y: y, text: text, style: style))
        }
    }
}
