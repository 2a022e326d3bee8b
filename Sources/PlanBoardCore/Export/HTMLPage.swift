/// The frame every planboard HTML page shares (the report, the minutes): document head with
/// the A4 stylesheet, the heading block and the closing tags, so both print alike.
enum HTMLPage {
    /// From `<!DOCTYPE html>` to the opening `<body>`; `title` is escaped here, `css` is added
    /// after the report's own stylesheet. Printed pages carry `runningHeader` at the top and
    /// `Page n of m` at the foot.
    static func start(title: String, runningHeader: String, extraCSS: String = "") -> [String] {
        var css = HTMLReportStyle.css + "\n" + printedPage(header: runningHeader)
        if !extraCSS.isEmpty { css += "\n" + extraCSS }
        return [
            "<!DOCTYPE html>",
            "<html lang=\"en-GB\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTMLText.escape(title))</title>",
            "<style>\n\(css)\n</style>",
            "</head>",
            "<body>",
        ]
    }

    /// The page margin boxes: the running header and the page number, for browsers that print them.
    static func printedPage(header: String) -> String {
        """
        @page {
          @top-left { content: "\(cssString(header))"; font-family: Arial, sans-serif; font-size: 8pt; color: #44546a; }
          @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: Arial, sans-serif; font-size: 8pt; color: #44546a; }
        }
        """
    }

    /// Text safe inside a CSS double-quoted string within a `<style>` element.
    static func cssString(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "\"", "<", ">", "&": out += "\\" + String(scalar.value, radix: 16) + " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7f: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The heading block: the owning body above the title, and a line of details (already HTML).
    static func header(owner: String, title: String, meta: String) -> [String] {
        var h = ["<header class=\"report-head\">"]
        if !owner.isEmpty { h.append("<p class=\"owner\">\(HTMLText.escape(owner))</p>") }
        h.append("<h1>\(HTMLText.escape(title))</h1>")
        h.append("<p class=\"meta\">\(meta)</p>")
        h.append("</header>")
        return h
    }

    /// The footer (already HTML) and the closing tags.
    static func end(footer: String) -> [String] {
        ["<footer>\(footer)</footer>", "</body>", "</html>"]
    }
}
