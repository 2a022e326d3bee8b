/// Which of a command's two outputs a person's terminal shows, rather than a file or a pipe.
///
/// The driver finds out with `isatty`; tests set it. Text bound for a terminal has its control
/// and hiding format characters shown as symbols (`VisibleText`); text for a file is left as it is.
public struct TerminalStreams: Equatable, Sendable {
    /// Standard output is a terminal.
    public var output: Bool
    /// Standard error is a terminal.
    public var errors: Bool

    public init(output: Bool, errors: Bool) {
        self.output = output
        self.errors = errors
    }

    /// Both go to files or pipes: text is written exactly as given.
    public static let none = TerminalStreams(output: false, errors: false)
    /// Both go to a terminal.
    public static let both = TerminalStreams(output: true, errors: true)
}
