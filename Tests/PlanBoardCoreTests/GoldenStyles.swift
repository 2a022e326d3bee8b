@testable import PlanBoardCore

/// The styles section of a golden screen: under the screen's text, one character per cell for its
/// style (blank for plain), then a key of the characters used and where the text cursor is.
///
/// The characters of the usual styles are fixed, so a changed style shows in a diff as the cells
/// that changed; a style outside the list gets a digit, numbered in order of first appearance.
enum GoldenStyles {
    /// The fixed characters, in the order the key lists them.
    static let known: [(symbol: Character, style: Style)] = [
        ("b", .bold),
        ("d", .dim),
        ("i", .reverse),
        ("I", Style(bold: true, reverse: true)),
        ("D", Style(reverse: true, dim: true)),
        ("u", Style(underline: true)),
        ("U", Style(reverse: true, underline: true)),
        ("r", Style(foreground: .red, bold: true)),
        ("a", Style(foreground: .amber, bold: true)),
        ("g", Style(foreground: .green, bold: true)),
        ("R", Style(foreground: .white, background: .red, bold: true)),
        ("A", Style(foreground: .black, background: .amber, bold: true)),
        ("G", Style(foreground: .black, background: .green, bold: true)),
    ]

    static let heading = "==== styles: one character per cell, blank is plain; key below ===="

    /// The section for `grid`, ending in a newline.
    static func section(of grid: Grid) -> String {
        var symbols: [Style: Character] = [.plain: " "]
        for (symbol, style) in known { symbols[style] = symbol }
        var extras: [(symbol: Character, style: Style)] = []
        var used: Set<Character> = []
        var rows: [String] = []
        for y in 0..<grid.size.height {
            var row = ""
            for x in 0..<grid.size.width {
                let style = grid[x, y].style
                let symbol: Character
                if let known = symbols[style] {
                    symbol = known
                } else {
                    let digits = Array("123456789@$%&+=~^")
                    symbol = extras.count < digits.count ? digits[extras.count] : "?"
                    extras.append((symbol, style))
                    symbols[style] = symbol
                }
                used.insert(symbol)
                row.append(symbol)
            }
            while row.last == " " { row.removeLast() }
            rows.append(row)
        }
        var out = heading + "\n" + rows.joined(separator: "\n") + "\n"
        for (symbol, style) in known + extras where used.contains(symbol) {
            out += "\(symbol)  \(describe(style))\n"
        }
        if let cursor = grid.cursor {
            out += "cursor at column \(cursor.x), row \(cursor.y) (counted from 0)\n"
        } else {
            out += "cursor hidden\n"
        }
        return out
    }

    /// A style in words: `bold reverse`, `bold red`, `bold black on amber`.
    static func describe(_ style: Style) -> String {
        var words: [String] = []
        if style.bold { words.append("bold") }
        if style.dim { words.append("dim") }
        if style.reverse { words.append("reverse") }
        if style.underline { words.append("underline") }
        switch (style.foreground, style.background) {
        case (.default, .default): break
        case (let fg, .default): words.append("\(fg)")
        case (.default, let bg): words.append("on \(bg)")
        case (let fg, let bg): words.append("\(fg) on \(bg)")
        }
        return words.isEmpty ? "plain" : words.joined(separator: " ")
    }
}
