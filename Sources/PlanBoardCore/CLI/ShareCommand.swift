import Foundation

/// `planboard share init [PLAN.json]`: sets up a git copy so planboard merges the plan file
/// (the `.gitattributes` line beside the plan, the `merge.planboard.driver` setting), and says
/// what it did.
enum ShareCommand {
    static let help = """
        Usage: planboard share init [PLAN.json]

        In a git copy of the plan (after git clone), sets git up to merge the plan with planboard:
        adds "PLAN.json merge=planboard" to .gitattributes beside the plan, adds planboard's
        own files (the lock, PLAN.json.bak, PLAN.json.theirs) to .gitignore there, and sets
        merge.planboard.driver to "planboard merge %O %A %B" in this copy's git settings.
        Running it again changes nothing. PLAN.json defaults to plan.json.

        """

    static func run(_ arguments: [String], git: GitRunning, output: (String) -> Void) throws(CommandError) {
        if Subcommand.wantsHelp(arguments) { output(help); return }
        let parsed = try ParsedArguments(arguments, command: "share", valued: [], flags: [])
        guard parsed.positional.first == "init" else {
            throw .usage(command: "share", message: "say what to do: planboard share init [PLAN.json]")
        }
        guard parsed.positional.count <= 2 else {
            throw .usage(command: "share", message: "unexpected argument '\(Excerpt.of(parsed.positional[2]))'")
        }
        let plan = parsed.positional.count == 2 ? parsed.positional[1] : "plan.json"
        let (folder, name) = SyncCommand.split(plan)
        try SyncCommand.requireWorkTree(folder, git: git, command: "share")
        let attributes = folder + "/.gitattributes"
        let line = "\(name) merge=planboard"
        let existing = FileAccess.exists(attributes) ? String(decoding: try FileAccess.read(attributes), as: UTF8.self) : ""
        if existing.split(separator: "\n").contains(where: { $0.trimmingWhitespace() == line }) {
            output("\(attributes) already has \"\(line)\".\n")
        } else {
            let text = existing.isEmpty || existing.hasSuffix("\n") ? existing + line + "\n" : existing + "\n" + line + "\n"
            try FileAccess.writeAtomically(Array(text.utf8), to: attributes)
            output("Added \"\(line)\" to \(attributes) (commit it so everyone has it).\n")
        }
        try ignoreOwnFiles(folder: folder, name: name, output: output)
        let driver = "planboard merge %O %A %B"
        let set = git.git(["config", "merge.planboard.driver", driver], in: folder)
        _ = git.git(["config", "merge.planboard.name", "planboard: merges plan files by meaning"], in: folder)
        guard set.status == 0 else {
            throw .file(path: folder, message: "git config failed: \(set.output.trimmingWhitespace())")
        }
        output("Set merge.planboard.driver to \"\(driver)\" in this copy's git settings.\n")
    }

    /// planboard's lock file, `.bak` and `.theirs` beside the plan are this officer's alone: they
    /// go in `.gitignore`, so `git add .` never shares them. Lines already there are kept.
    private static func ignoreOwnFiles(folder: String, name: String, output: (String) -> Void) throws(CommandError) {
        let path = folder + "/.gitignore"
        let wanted = [".\(name).lock", "\(name).bak", "\(name).theirs"]
        let existing = FileAccess.exists(path) ? String(decoding: try FileAccess.read(path), as: UTF8.self) : ""
        let present = Set(existing.split(separator: "\n").map { $0.trimmingWhitespace() })
        let missing = wanted.filter { !present.contains($0) }
        guard !missing.isEmpty else {
            output("\(path) already leaves out planboard's own files.\n")
            return
        }
        let start = existing.isEmpty || existing.hasSuffix("\n") ? existing : existing + "\n"
        try FileAccess.writeAtomically(Array((start + missing.map { $0 + "\n" }.joined()).utf8), to: path)
        output("Added \(missing.joined(separator: ", ")) to \(path), so git leaves planboard's lock and backups out "
               + "(commit it with .gitattributes).\n")
    }
}
