/// `--name "Jane Smith"` on a command that signs what it records (`import --into`, `merge`), as on
/// the board: it comes before `PLANBOARD_NAME`, git's `user.name` and the login name.
enum SignedName {
    /// The name given with `--name`, trimmed; nil when not given. A blank name is refused.
    static func option(_ parsed: ParsedArguments, command: String) throws(CommandError) -> String? {
        guard let given = try parsed.single("--name", command: command) else { return nil }
        let name = given.trimmingWhitespace()
        guard !name.isEmpty else {
            throw .usage(command: command, message: AuthorNameError.advice)
        }
        return name
    }
}
