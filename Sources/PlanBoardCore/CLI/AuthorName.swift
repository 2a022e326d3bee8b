/// Who signs the changes made on the board, resolved in the order a person expects: `--name`,
/// then `PLANBOARD_NAME`, then git's `user.name` from any config git reads (the repository's,
/// global, system; so history names people as their commits do),
/// then the login name — the last only a machine's name, which the board says once at start.
public struct AuthorName: Equatable, Sendable {
    /// Where the name came from.
    public enum Source: Equatable, Sendable { case option, environment, git, login }

    public var name: String
    public var source: Source

    public init(name: String, source: Source) {
        self.name = name
        self.source = source
    }

    /// The first non-blank of the four; `git` and `login` are asked only when needed (git takes
    /// a few milliseconds). `unknown` when even the login name cannot be found.
    public static func resolve(option: String?, environment: String?, git: () -> String?,
                               login: () -> String?) -> AuthorName {
        let given = { (text: String?) in text?.trimmingWhitespace().nilIfEmpty }
        if let name = given(option) { return AuthorName(name: name, source: .option) }
        if let name = given(environment) { return AuthorName(name: name, source: .environment) }
        if let name = given(git()) { return AuthorName(name: name, source: .git) }
        return AuthorName(name: given(login()) ?? "unknown", source: .login)
    }

    /// What the board says at start when changes would be signed with only the login name; nil
    /// when the person gave their name.
    public var loginOnlyNotice: String? {
        guard source == .login else { return nil }
        return "Changes are signed as \(name): start planboard with --name \"Your Name\" to sign as you."
    }

    /// Takes `--name NAME` or `--name=NAME` out of the board's arguments: the name (nil when not
    /// given) and the arguments left. Throws a message for `--name` with no name after it.
    public static func option(in arguments: [String]) throws(AuthorNameError) -> (name: String?, rest: [String]) {
        var name: String?
        var rest: [String] = []
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            i += 1
            if argument == "--name" {
                guard i < arguments.count, !arguments[i].trimmingWhitespace().isEmpty else { throw .missingName }
                name = arguments[i]
                i += 1
            } else if argument.hasPrefix("--name=") {
                let value = String(argument.dropFirst("--name=".count))
                guard !value.trimmingWhitespace().isEmpty else { throw .missingName }
                name = value
            } else {
                rest.append(argument)
            }
        }
        return (name, rest)
    }
}

/// `--name` given without a name.
public enum AuthorNameError: Error, Equatable, CustomStringConvertible {
    case missingName

    /// What to type instead, for the board and for every command that takes `--name`.
    static let advice = "--name needs your name after it, as history should show it: --name \"Jane Smith\""

    public var description: String {
        "planboard: \(Self.advice)."
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
