/// Something that arrives from the terminal.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case resize(Size)
}

/// The terminal as the session needs it: draw a grid, hand over the next key.
///
/// The ncurses driver implements it; tests use a scripted one, so the whole loop runs without a tty.
public protocol TerminalScreen: AnyObject {
    /// The current size in cells.
    func size() -> Size
    /// Shows `grid`, drawing only what changed since the last call.
    func draw(_ grid: Grid)
    /// The next event, or nil when none arrived within the terminal's short poll interval.
    func nextEvent() -> TerminalEvent?
    /// Suspends the board, lets the user edit `text` in `$VISUAL`/`$EDITOR` (or nano, see
    /// `EditorChoice`), restores the screen, and returns the edited text or why there is none.
    func editExternally(_ text: String) -> ExternalEdit
    /// Something any thread may call to make a waiting `nextEvent` return at once (a background
    /// save finished); nil when the terminal polls often enough anyway.
    var wakeUp: (@Sendable () -> Void)? { get }
    /// Throws away the keys typed but not yet handed over (ncurses `flushinp`): a key was refused.
    func discardTypeahead()
    /// Makes the next `draw` paint every cell, not only what changed (Ctrl-L, a resize).
    func redrawAll()
}

extension TerminalScreen {
    /// Terminals without a way to run an editor (test doubles) edit nothing.
    public func editExternally(_ text: String) -> ExternalEdit { .noEditor }
    /// Test doubles never block, so they need no waking.
    public var wakeUp: (@Sendable () -> Void)? { nil }
    /// Test doubles that script no typing ahead have none to discard.
    public func discardTypeahead() {}
    /// Test doubles draw whole grids anyway.
    public func redrawAll() {}
}
