/// Everything that can happen to the board, as a verb: keys become these through the `Keymap`,
/// and the driver sends the results of effects (saved, save failed, resized) back as these.
public enum Message: Equatable, Sendable {
    // Moving around the board
    case move(Direction)
    case moveToFirstCard
    case moveToLastCard
    case pageUp
    case pageDown
    // Rating and status
    case setRAG(RAG)
    case cycleStatus(forward: Bool)
    // Panes and overlays
    case openDetail
    case closePane
    case scrollPane(lines: Int)
    case scrollPaneToTop
    case scrollPaneToBottom
    case showAdjacentAction(offset: Int)
    case showHelp
    case closeHelp
    // History
    case undo
    case redo
    // Leaving
    case quit
    case quitWithoutSaving
    case cancel
    // From the driver
    case resize(Size)
    case saved
    case saveFailed(StoreError)
    case reloadFromDisk
    case reloaded(Plan)
    case reloadFailed(StoreError)
    case overwriteDisk
}

/// A direction on the board.
public enum Direction: Equatable, Sendable {
    case up, down, left, right
}

/// What the reducer asks the outside world to do; it never does I/O itself.
public enum Effect: Equatable, Sendable {
    /// Write the plan to its file (the result comes back as `.saved` or `.saveFailed`).
    case save(Plan)
    /// Write the plan even though the file changed on disk: the user chose to keep their version.
    case overwrite(Plan)
    /// Read the plan again from its file (the result comes back as `.reloaded` or `.reloadFailed`).
    case reload
    /// Leave the app, restoring the terminal.
    case quit
}
