/// Plain text from a spreadsheet cell, whatever was pasted into it.
///
/// Tables copied from Word or a web page bring markup into cells: `<p>…</p>`, `<br>`, `<li>`,
/// `&amp;`, non-breaking spaces. Paragraphs, line breaks and list items become lines, every other
/// tag is dropped and entities are decoded, so a card reads as the plan reads. Text that only
/// looks a little like markup (`< 5 days`, `R&D;`) is kept as written.
enum CellText {
    /// The cell as plain text: line breaks as `\n`, no markup, edges trimmed, at most one blank
    /// line in a row.
    static func plain(_ text: String) -> String {
        var text = text
        if text.contains("\r") { text = text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n") }
        guard text.unicodeScalars.contains(where: { $0 == "<" || $0 == "&" || special.contains($0) }) else {
            return text.trimmingWhitespace()
        }
        let scalars = Array(text.unicodeScalars)
        let hasTags = scalars.indices.contains { scalars[$0] == "<" && tag(in: scalars, at: $0) != nil }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "<", let (name, closing, end) = tag(in: scalars, at: i) {
                lineBreak(for: name, closing: closing, into: &out)
                i = end
                continue
            }
            if c == "&", let (decoded, end) = entity(in: scalars, at: i) {
                out.append(contentsOf: decoded.unicodeScalars)
                i = end
                continue
            }
            switch c {
            case "\u{00A0}", "\u{2007}", "\u{202F}": out.append(" ")
            case "\u{200B}", "\u{00AD}", "\u{FEFF}": break
            case "\u{2028}", "\u{2029}": out.append("\n")
            // In markup, a line break in the source is only a space; the tags say where lines end.
            case "\n" where hasTags: out.append(" ")
            default: out.append(c)
            }
            i += 1
        }
        return tidy(String(out))
    }

    private static let special: Set<Unicode.Scalar> = ["\u{00A0}", "\u{2007}", "\u{202F}", "\u{200B}", "\u{00AD}", "\u{FEFF}", "\u{2028}", "\u{2029}"]

    /// Tags that end a line: paragraphs, line breaks, list items, table rows, headings.
    private static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "section", "article", "header", "footer", "pre", "hr", "dl", "dt", "dd",
    ]

    private static func lineBreak(for name: String, closing: Bool, into out: inout String.UnicodeScalarView) {
        /// Ends the line unless it has just ended (spaces before the end do not count).
        func endLine() {
            while out.last == " " { out.removeLast() }
            if let last = out.last, last != "\n" { out.append("\n") }
        }
        switch name {
        case "br":
            out.append("\n")
        case "li" where !closing:
            endLine()
            out.append(contentsOf: "• ".unicodeScalars)
        case "td", "th":
            if closing { out.append(" ") }
        case _ where blocks.contains(name):
            endLine()
        default:
            break
        }
    }

    /// The tags pasted tables bring; anything else in angle brackets is text.
    private static let known: Set<String> = blocks.union([
        "span", "b", "i", "u", "em", "strong", "font", "a", "td", "th", "sup", "sub", "small", "big", "code", "s",
        "strike", "del", "ins", "mark", "col", "colgroup", "caption", "label", "center", "img", "meta", "link",
        "tfoot", "abbr", "cite", "q", "nobr", "wbr",
    ])

    /// The tag at `i` (`<p>`, `</p>`, `<br/>`, `<o:p>`, `<span style="…">`, `<!-- … -->`): its
    /// lower-case name, whether it closes, and where it ends; nil when `<` does not start a tag.
    static func tag(in s: [Unicode.Scalar], at i: Int) -> (name: String, closing: Bool, end: Int)? {
        var j = i + 1
        if j + 2 < s.count, s[j] == "!", s[j + 1] == "-", s[j + 2] == "-" {
            var k = j + 3
            while k + 2 < s.count {
                if s[k] == "-", s[k + 1] == "-", s[k + 2] == ">" { return ("!--", false, k + 3) }
                k += 1
            }
            return nil
        }
        var closing = false
        if j < s.count, s[j] == "/" { closing = true; j += 1 }
        guard j < s.count, s[j].properties.isAlphabetic, s[j].isASCII else { return nil }
        var name = ""
        while j < s.count, s[j].isASCII, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) || s[j] == ":" || s[j] == "-" {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        guard j < s.count, s[j] == ">" || s[j] == "/" || s[j] == " " || s[j] == "\n" || s[j] == "\t" else { return nil }
        // Only real HTML (and Word's `o:p`, `w:…`) counts, so `<insert date>` stays as typed.
        let lower = name.lowercased()
        guard known.contains(lower) || lower.contains(":") else { return nil }
        var quote: Unicode.Scalar?
        while j < s.count, j - i < 2000 {
            let c = s[j]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                return (lower, closing, j + 1)
            } else if c == "<" {
                return nil
            }
            j += 1
        }
        return nil
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…", "pound": "£", "euro": "€",
        "bull": "•", "middot": "·", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "frac12": "½",
        "frac14": "¼", "frac34": "¾", "eacute": "é", "egrave": "è", "aacute": "á", "oacute": "ó", "uuml": "ü",
        "ouml": "ö", "auml": "ä", "ccedil": "ç", "shy": "", "zwsp": "", "times": "×", "rarr": "→", "larr": "←",
    ]

    /// The entity at `i` (`&amp;`, `&#39;`, `&#x2019;`) decoded, and where it ends; nil when it is
    /// not one (a lone `&`, `R&D;`).
    static func entity(in s: [Unicode.Scalar], at i: Int) -> (String, Int)? {
        var j = i + 1
        var body = ""
        while j < s.count, j - i <= 10, s[j] != ";" {
            guard s[j].isASCII, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) || s[j] == "#" else { return nil }
            body.unicodeScalars.append(s[j])
            j += 1
        }
        guard j < s.count, s[j] == ";", !body.isEmpty else { return nil }
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return nil }
            return (value == 0xA0 ? " " : String(Character(scalar)), j + 1)
        }
        guard let decoded = named[body] else { return nil }
        return (decoded, j + 1)
    }

    /// Lines trimmed, runs of spaces made one, and no more than one blank line in a row.
    private static func tidy(_ text: String) -> String {
        var lines: [String] = []
        var blank = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lastWasSpace = false
            for c in raw {
                if c == " " {
                    if !lastWasSpace { line.append(c) }
                    lastWasSpace = true
                } else {
                    line.append(c)
                    lastWasSpace = false
                }
            }
            line = line.trimmingWhitespace()
            if line.isEmpty {
                blank += 1
                if blank == 1 { lines.append("") }
            } else {
                blank = 0
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n").trimmingWhitespace()
    }
}
