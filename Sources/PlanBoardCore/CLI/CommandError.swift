/// Why a subcommand stopped, and the exit status that tells a script which kind of failure it was.
enum CommandError: Error, Equatable, CustomStringConvertible {
    /// The arguments are wrong: exit status 2, with a one-line message.
    case usage(command: String, message: String)
    /// A file could not be read, parsed or written: exit status 1; the message names the path.
    case file(path: String, message: String)

    var status: Int32 {
        switch self {
        case .usage: 2
        case .file: 1
        }
    }

    var description: String {
        switch self {
        case .usage(let command, let message):
            "planboard \(command): \(message) (see planboard \(command) --help)"
        case .file(let path, let message):
            "planboard: \(path): \(message)"
        }
    }
}

/// The arguments of one subcommand, read against the options it accepts.
struct ParsedArguments {
    var positional: [String] = []
    var values: [String: [String]] = [:]
    var flags: Set<String> = []

    /// Reads `arguments`. `valued` and `flags` list accepted long names (`--map`); `aliases` maps
    /// short forms (`-o`) to long ones. Accepts `--name value` and `--name=value`; `--` ends options.
    init(_ arguments: [String], command: String, valued: Set<String>, flags allowedFlags: Set<String>,
         aliases: [String: String] = [:]) throws(CommandError) {
        var i = 0
        var optionsEnded = false
        while i < arguments.count {
            let argument = arguments[i]
            i += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                positional.append(argument)
                continue
            }
            if argument == "--" { optionsEnded = true; continue }
            var name = argument
            var inline: String?
            if let eq = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<eq])
                inline = String(argument[argument.index(after: eq)...])
            }
            name = aliases[name] ?? name
            if allowedFlags.contains(name) {
                guard inline == nil else { throw .usage(command: command, message: "\(name) takes no value") }
                flags.insert(name)
            } else if valued.contains(name) {
                let value: String
                if let inline { value = inline } else {
                    guard i < arguments.count else { throw .usage(command: command, message: "\(name) needs a value") }
                    value = arguments[i]
                    i += 1
                }
                values[name, default: []].append(value)
            } else {
                throw .usage(command: command, message: "unknown option \(Excerpt.of(argument))")
            }
        }
    }

    /// The one value of an option given at most once.
    func single(_ name: String, command: String) throws(CommandError) -> String? {
        guard let given = values[name] else { return nil }
        guard given.count == 1 else { throw .usage(command: command, message: "\(name) is given more than once") }
        return given[0]
    }

    /// The one positional argument, the file the command works on.
    func onlyPath(_ what: String, command: String) throws(CommandError) -> String {
        guard let first = positional.first else { throw .usage(command: command, message: "name the \(what)") }
        guard positional.count == 1 else {
            throw .usage(command: command, message: "unexpected argument '\(Excerpt.of(positional[1]))'")
        }
        return first
    }

    /// `--since YYYY-MM-DD`, checked.
    func since(command: String) throws(CommandError) -> Day? {
        guard let text = try single("--since", command: command) else { return nil }
        guard let day = Day(isoText: text) else {
            throw .usage(command: command, message: "--since '\(Excerpt.of(text))' is not a date like 2026-10-01")
        }
        return day
    }
}
