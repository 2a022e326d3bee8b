/// The colours the board uses, named for meaning where they carry one (amber is not always yellow).
public enum Color: UInt8, Hashable, Sendable, CaseIterable {
    case `default`, black, red, green, amber, blue, magenta, cyan, white, grey
}

/// How a cell is drawn. Colour never carries meaning alone: every coloured cue also has a letter
/// or symbol, so the board reads in monochrome, on a washed-out projector and for colour-blind members.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var reverse: Bool
    public var dim: Bool
    public var underline: Bool

    public init(foreground: Color = .default, background: Color = .default, bold: Bool = false,
                reverse: Bool = false, dim: Bool = false, underline: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
        self.underline = underline
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let dim = Style(dim: true)
    public static let reverse = Style(reverse: true)
    public static let error = Style(foreground: .red, bold: true)

    public func with(reverse: Bool) -> Style {
        var copy = self
        copy.reverse = reverse
        return copy
    }

    public func with(bold: Bool) -> Style {
        var copy = self
        copy.bold = bold
        return copy
    }

    /// The badge style for a rating: white or black text on its colour.
    public static func badge(_ rag: RAG) -> Style {
        switch rag {
        case .red: Style(foreground: .white, background: .red, bold: true)
        case .amber: Style(foreground: .black, background: .amber, bold: true)
        case .green: Style(foreground: .black, background: .green, bold: true)
        case .blue: Style(foreground: .white, background: .blue, bold: true)
        case .unrated: Style(dim: true)
        }
    }

    /// Text in a rating's colour (used for counts).
    public static func text(_ rag: RAG) -> Style {
        switch rag {
        case .red: Style(foreground: .red, bold: true)
        case .amber: Style(foreground: .amber, bold: true)
        case .green: Style(foreground: .green, bold: true)
        case .blue: Style(foreground: .blue, bold: true)
        case .unrated: Style(dim: true)
        }
    }
}
