/// The frame every planboard HTML page shares (the report, the minutes): document head with
/// the A4 stylesheet, the heading block and the closing tags, so both print alike.
enum HTMLPage {
    /// From `<!DOCTYPE html>` to the opening `<body>`; `title` is escaped here, `css` is added
    /// after the report's own stylesheet.
    static func start(title: String, extraCSS: String = "") -> [String] {
        let css = extraCSS.isEmpty ? HTMLReportStyle.css : HTMLReportStyle.css + "\n" + extraCSS
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
