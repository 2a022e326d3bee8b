/// A run of text in one style.
public struct Span: Equatable, Sendable {
    public var text: String
    public var style: Style
    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// One line of a pane's content, made of styled runs.
public typealias StyledLine = [Span]

/// Building pane content: labelled, wrapped, indented blocks of text.
enum StyledText {
    /// `text` wrapped to `width` with `indent` spaces before each line; "—" when empty.
    static func block(_ text: String, width: Int, indent: Int = 2, style: Style = .plain) -> [StyledLine] {
        let body = text.trimmingWhitespace()
        if body.isEmpty { return [[Span(String(repeating: " ", count: indent) + "—", .dim)]] }
        let pad = String(repeating: " ", count: indent)
        return TextWrap.wrap(body, width: max(1, width - indent)).map { [Span(pad + $0, style)] }
    }

    /// A bold heading line.
    static func heading(_ text: String) -> StyledLine { [Span(text, .bold)] }
}
