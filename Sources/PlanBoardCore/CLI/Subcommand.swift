/// The `planboard import | export | summary | minutes` commands, as a function the executable calls and
/// tests can drive: arguments in, text out through closures, an exit status back.
public enum Subcommand {
    /// Runs the subcommand named by `arguments.first` (the program name already dropped).
    ///
    /// Returns nil when `arguments.first` is not a subcommand (then the app opens the board);
    /// otherwise the exit status: 0 done, 1 a file could not be read or written (the message
    /// names it), 2 bad arguments (a one-line message), 3 `import --into` wrote the sheet but kept
    /// figures or levels the board or a meeting recorded (each listed). `output` and `errors` receive text to
    /// write as it is, except that what `terminals` says a terminal shows has its control characters
    /// made visible. `today` decides what is overdue; it is never read from the clock here.
    ///
    /// `now` and `author` are what `merge` writes on what it records (a renumbered ref, an action
    /// kept after a delete) and what `import --into` writes on the figures and levels it records;
    /// `author` is asked only by those two.
    public static func run(arguments: [String], today: Day, output: (String) -> Void, errors: (String) -> Void,
                           terminals: TerminalStreams = .none, now: Timestamp? = nil,
                           author: () -> String = { "" }) -> Int32? {
        guard let name = arguments.first else { return nil }
        let rest = Array(arguments.dropFirst())
        let output = terminals.output ? { output(VisibleText.sanitizeKeepingLineBreaks($0)) } : output
        let errors = terminals.errors ? { errors(VisibleText.sanitizeKeepingLineBreaks($0)) } : errors
        do {
            switch name {
            case "import":
                return try ImportCommand.run(rest, now: now ?? Timestamp(day: today, hour: 0, minute: 0), author: author, output: output)
            case "export": try ExportCommand.run(rest, today: today, output: output, notice: errors)
            case "summary": try SummaryCommand.run(rest, today: today, output: output)
            case "minutes": try MinutesCommand.run(rest, today: today, output: output, notice: errors)
            case "share": try ShareCommand.run(rest, git: SpawnedGit(), output: output)
            case "sync": return try SyncCommand.run(rest, git: SpawnedGit(), lockingThePlan: true, output: output)
            case "merge":
                let now = now ?? Timestamp(day: today, hour: 0, minute: 0)
                return try MergeCommand.run(rest, now: now, author: author, output: output, errors: errors)
            default: return nil
            }
            return 0
        } catch {
            errors(error.description + "\n")
            return error.status
        }
    }

    /// True when the arguments ask for help.
    static func wantsHelp(_ arguments: [String]) -> Bool {
        arguments.contains { $0 == "--help" || $0 == "-h" }
    }

    /// Reads and decodes a plan file, with errors that name it.
    static func loadPlan(_ path: String) throws(CommandError) -> Plan {
        let bytes = try FileAccess.read(path)
        do {
            return try PlanFile.decode(bytes, path: path)
        } catch {
            throw .file(path: path, message: Self.withoutPath(error.description, path: path))
        }
    }

    /// Store messages already start with the path; the command prefix adds it once.
    private static func withoutPath(_ message: String, path: String) -> String {
        guard message.hasPrefix(path) else { return message }
        var rest = message.dropFirst(path.count)
        while let first = rest.first, first == ":" || first == " " { rest = rest.dropFirst() }
        return String(rest)
    }
}
