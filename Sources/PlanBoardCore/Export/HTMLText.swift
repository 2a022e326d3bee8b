/// Escaping for text placed in HTML or SVG, as element content or inside a quoted attribute.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(c)
            }
        }
        return result
    }

    /// Escaped, with the plan's line breaks kept as `<br>` and a break allowed after each `/`,
    /// so `Ongoing/development work` wraps at the slash in a narrow column, not mid-word.
    static func multiline(_ text: String) -> String {
        escape(text.trimmingWhitespace()).replacingAll("\r\n", with: "\n").replacingAll("\n", with: "<br>")
            .replacingAll("/", with: "/<wbr>")
    }
}
