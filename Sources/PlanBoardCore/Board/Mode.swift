/// What the keyboard is talking to right now.
public enum Mode: Equatable, Sendable {
    /// Walking the board.
    case board
    /// The detail pane of the selected action is open and has the keys.
    case detail
    /// The key help overlay; `returnTo` is where Esc goes back to.
    indirect case help(returnTo: Mode)
    /// The file changed on disk under us: reload, overwrite, or keep working unsaved.
    case conflict
    /// Quitting would lose changes that could not be saved: ask first.
    case confirmQuit

    /// The mode's family, for looking up key bindings.
    public var kind: Kind {
        switch self {
        case .board: .board
        case .detail: .detail
        case .help: .help
        case .conflict: .conflict
        case .confirmQuit: .confirmQuit
        }
    }

    /// Mode families that have their own key bindings.
    public enum Kind: String, Equatable, Sendable, CaseIterable {
        case board, detail, help, conflict, confirmQuit

        /// The section title in the help overlay.
        public var title: String {
            switch self {
            case .board: "On the board"
            case .detail: "In the detail pane"
            case .help: "In this help"
            case .conflict: "When the file changed on disk"
            case .confirmQuit: "When quitting would lose changes"
            }
        }
    }
}
