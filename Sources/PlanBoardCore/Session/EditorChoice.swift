/// Which editor Ctrl-E hands a field to. `$VISUAL`, then `$EDITOR`, as Unix programs do; with
/// neither set, nano when it is on the PATH (its keys are on screen, so a newcomer can leave it);
/// otherwise none, and the board says how to set one. Never vi unasked: someone who has not chosen
/// it may not know how to leave it, in front of a meeting.
public enum EditorChoice: Equatable, Sendable {
    /// Run this through `/bin/sh -c` (so `code --wait` works); `chosenFor` says why it was picked.
    case command(String, chosenFor: Reason)
    /// No editor set and nano not found.
    case none

    public enum Reason: Equatable, Sendable {
        case visual, editor, nanoFound
    }

    /// The choice for an environment: `variable` reads `VISUAL`, `EDITOR` and `PATH`;
    /// `isExecutable` says whether a path is a program that can run. Pure, so it is tested as is.
    public static func choose(variable: (String) -> String?, isExecutable: (String) -> Bool) -> EditorChoice {
        if let visual = variable("VISUAL"), !visual.trimmingWhitespace().isEmpty { return .command(visual, chosenFor: .visual) }
        if let editor = variable("EDITOR"), !editor.trimmingWhitespace().isEmpty { return .command(editor, chosenFor: .editor) }
        let path = variable("PATH").flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where folder.hasPrefix("/") {
            let candidate = (folder.hasSuffix("/") ? String(folder.dropLast()) : String(folder)) + "/nano"
            if isExecutable(candidate) { return .command(shellQuoted(candidate), chosenFor: .nanoFound) }
        }
        return .none
    }

    /// A path as one word for `/bin/sh`, whatever it holds.
    static func shellQuoted(_ path: String) -> String {
        "'" + path.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    /// What the board says when there is no editor to run.
    public static let howToSetOne =
        "No editor is set and nano is not installed: quit, run  export EDITOR=nano  (or the editor you use), then start planboard again. The text is as it was."
}

/// What came back from handing a field's text to an external editor.
public enum ExternalEdit: Equatable, Sendable {
    /// The text as the editor left it, and the editor's name for the status line (`nano`, or
    /// `the editor` for the user's own).
    case edited(String, editor: String)
    /// The editor could not start, or exited with an error: the text is unchanged. `editor` is
    /// the command that was run, so the user can see what failed.
    case failed(editor: String)
    /// No `$VISUAL` / `$EDITOR` and no nano: nothing was run.
    case noEditor
}
