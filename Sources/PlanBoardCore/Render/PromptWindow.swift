/// The part of a prompt's answer a line of `room` cells shows: it scrolls so the cursor stays in
/// view, and `…` stands at an end where text is hidden, so a prefilled answer never looks whole
/// when it is not.
struct PromptWindow: Equatable {
    /// The first and one past the last character shown.
    var start: Int
    var end: Int
    /// `…` before the text (the start is hidden) and after it (the end is).
    var hiddenBefore: Bool
    var hiddenAfter: Bool
    /// The cursor's cell, counted from the line's first cell (the marker included).
    var cursorColumn: Int

    static let marker = "…"

    init(_ chars: [Character], cursor: Int, room: Int) {
        let room = max(2, room)
        let width = { (range: Range<Int>) in chars[range].reduce(0) { $0 + TextWidth.of($1) } }
        var start = 0
        var textRoom = room
        var hiddenAfter = false
        while true {
            let left = start > 0 ? 1 : 0
            // The cursor after the last character takes a cell of its own.
            let rest = width(start..<chars.count) + (cursor == chars.count ? 1 : 0)
            hiddenAfter = rest > room - left
            textRoom = room - left - (hiddenAfter ? 1 : 0)
            if width(start..<cursor) < textRoom || start >= cursor { break }
            start += 1
        }
        var end = start
        var used = 0
        while end < chars.count, used + TextWidth.of(chars[end]) <= textRoom {
            used += TextWidth.of(chars[end])
            end += 1
        }
        self.start = start
        self.end = end
        self.hiddenBefore = start > 0
        self.hiddenAfter = end < chars.count
        self.cursorColumn = (start > 0 ? 1 : 0) + width(start..<cursor)
    }

    /// The cells the window takes: markers and shown text.
    func width(_ chars: [Character]) -> Int {
        (hiddenBefore ? 1 : 0) + chars[start..<end].reduce(0) { $0 + TextWidth.of($1) } + (hiddenAfter ? 1 : 0)
    }
}
