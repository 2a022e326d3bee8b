import Foundation

/// `planboard sync PLAN.json`: commits the plan's changes with a message summarising them, pulls
/// the others' (planboard merging the plan), and pushes. Offline or with no remote the commit
/// stays here and the output says so; nothing is lost.
enum SyncCommand {
    static let help = """
        Usage: planboard sync PLAN.json

        Shares your changes to the plan through git and takes in everyone else's:
          1. commits the plan, with a message listing the changes ("1.2 Amber → Red; new action 3.7")
          2. pulls from the shared copy; planboard merges the plan (set up by planboard share init)
          3. pushes your changes
        Offline, or with no shared copy, your commit stays here and goes with the next sync.
        While a board has the plan open, sync refuses: press Y on that board instead.
        Exit status: 0 done (or kept here), 1 conflicts to resolve on the board (press !) or the
        plan is open in a board, 2 not a git copy or bad arguments.

        """

    /// `lockingThePlan`: take the plan's lock for the whole sync, refusing while a board has the
    /// plan open (the command line); the board's own sync runs under the lock it holds.
    static func run(_ arguments: [String], git: GitRunning, lockingThePlan: Bool = false,
                    output: (String) -> Void) throws(CommandError) -> Int32 {
        if Subcommand.wantsHelp(arguments) { output(help); return 0 }
        let parsed = try ParsedArguments(arguments, command: "sync", valued: [], flags: [])
        let path = try parsed.onlyPath("plan file", command: "sync")
        let (folder, name) = split(path)
        try requireWorkTree(folder, git: git, command: "sync")
        let lock = lockingThePlan ? try takeLock(path) : nil
        defer { lock?.release() }
        let mine = try Subcommand.loadPlan(path)

        let status = git.git(["status", "--porcelain", "--", name], in: folder)
        if !status.output.trimmingWhitespace().isEmpty {
            let committed = git.git(["show", "HEAD:./\(name)"], in: folder)
            let before = committed.status == 0 ? (try? PlanFile.decode(Array(committed.output.utf8), path: path)) : nil
            let phrases = before.map { ChangeSummary.phrases(from: $0, to: mine) } ?? ["plan added"]
            let message = phrases.isEmpty ? "Plan updated" : ChangeSummary.line(phrases)
            _ = git.git(["add", "--", name], in: folder)
            let commit = git.git(["commit", "-m", message, "--", name], in: folder)
            guard commit.status == 0 else {
                throw .file(path: path, message: "git could not commit: \(commit.output.trimmingWhitespace())")
            }
            output("Committed here: \(message).\n")
        } else {
            output("No new changes of yours to commit.\n")
        }

        if git.git(["remote"], in: folder).output.trimmingWhitespace().isEmpty {
            output("No shared copy (git remote) is set up: your changes are committed here only.\n")
            return 0
        }
        let pull = git.git(["pull", "--no-rebase", "--no-edit"], in: folder)
        var conflicts = 0
        if pull.status != 0 {
            let unmerged = git.git(["diff", "--name-only", "--diff-filter=U"], in: folder).output
            guard unmerged.split(separator: "\n").contains(where: { $0 == name || $0.hasSuffix("/" + name) }) else {
                output(unreachable(pull, "Could not reach the shared copy"))
                return 0
            }
            // planboard merge records conflicts in the plan, which stays a valid plan. If the file is
            // not a plan, or is still just ours while theirs differs, the driver did not run (not set
            // up in this copy, or planboard not on git's PATH) or could not read a version:
            // committing it would drop the others' changes, so the merge is called off instead.
            let ours = git.git(["show", ":2:./\(name)"], in: folder)
            let theirs = git.git(["show", ":3:./\(name)"], in: folder)
            let working = try? FileAccess.read(path)
            let isPlan = working.flatMap { try? PlanFile.decode($0, path: path) } != nil
            let unmergedOurs = ours.status == 0 && theirs.status == 0 && working.map { Array(ours.output.utf8) == $0 } == true
                && ours.output != theirs.output
            if !isPlan || unmergedOurs {
                _ = git.git(["merge", "--abort"], in: folder)
                throw .file(path: path, message: "planboard could not merge the others' version into yours, so the merge "
                    + "was called off and nothing of theirs was taken; your changes stay committed here. Run "
                    + "planboard share init in this copy, check that git can run planboard, then sync again.")
            }
            _ = git.git(["add", "--", name], in: folder)
            let finish = git.git(["commit", "--no-edit"], in: folder)
            guard finish.status == 0 else {
                throw .file(path: path, message: "git could not finish the merge: \(finish.output.trimmingWhitespace())")
            }
        }
        let merged = try Subcommand.loadPlan(path)
        conflicts = merged.conflicts.count
        let incoming = ChangeSummary.phrases(from: mine, to: merged).filter { !$0.hasSuffix("to resolve") }
        if incoming.isEmpty {
            output("Nothing new from the others.\n")
        } else {
            let people = Set(merged.allActions.flatMap { action in
                action.history.filter { change in !(mine.action(action.id)?.history.contains(change) ?? false) }.compactMap(\.who)
            }).sorted()
            let from = people.isEmpty ? "" : " from " + people.joined(separator: ", ")
            output("\(incoming.count) change\(incoming.count == 1 ? "" : "s")\(from): \(ChangeSummary.line(incoming)).\n")
        }
        let push = git.git(["push"], in: folder)
        if push.status != 0 {
            output(unreachable(push, "Could not send your changes to the shared copy"))
        } else {
            output("Sent your changes to the shared copy.\n")
        }
        if conflicts > 0 {
            output("\(conflicts) conflict\(conflicts == 1 ? "" : "s") to resolve: open the plan and press ! to pick a side.\n")
            return 1
        }
        return 0
    }

    /// The plan's lock, so no board opens it (or saves it) while git rewrites it. A board that has
    /// the plan open must sync it itself: a sync here would change the file under it, and the
    /// board could then only keep one side.
    private static func takeLock(_ path: String) throws(CommandError) -> PlanLock {
        do {
            let target = try DiskFile.planTarget(for: path, reportingAs: path)
            return try PlanLock.acquire(for: target, reportingAs: path)
        } catch {
            if case .locked(_, let holder) = error {
                throw .file(path: path, message: "this plan is open in planboard (\(holder)). Press Y on the board that has it "
                    + "open to sync it from there, or quit that board first. Nothing was committed or pulled.")
            }
            throw .file(path: path, message: "\(error)")
        }
    }

    /// The plan's folder and file name.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    static func requireWorkTree(_ folder: String, git: GitRunning, command: String) throws(CommandError) {
        let check = git.git(["rev-parse", "--is-inside-work-tree"], in: folder)
        guard check.status == 0, check.output.trimmingWhitespace() == "true" else {
            throw .usage(command: command, message: "\(folder) is not in a git copy of the plan: clone the shared plan with git first (see the README, \"Several officers, one plan\")")
        }
    }

    /// Why git could not reach the shared copy, in whole sentences: a shared folder that is not
    /// there and a git that did not answer are said as such; git's own first lines follow.
    private static func unreachable(_ result: (status: Int32, output: String), _ what: String) -> String {
        let text = result.output
        var lines: [String]
        if text.contains("does not appear to be a git repository") || text.contains("No such file or directory") {
            lines = ["The shared folder is not there: check that the shared drive is connected (git remote -v shows "
                     + "where it should be). Your commit goes with the next sync."]
        } else {
            lines = ["\(what): your commit goes with the next sync."]
        }
        if result.status == SpawnedGit.timedOut, let first = text.split(separator: "\n").first {
            // "git did not answer within 60 seconds and was stopped." as its own sentence.
            lines.append(String(first))
            return lines.map { $0 + "\n" }.joined() + indented(text.split(separator: "\n").dropFirst().joined(separator: "\n"))
        }
        return lines.map { $0 + "\n" }.joined() + indented(text)
    }

    private static func indented(_ text: String) -> String {
        let lines = text.split(separator: "\n").prefix(3)
        return lines.isEmpty ? "" : lines.map { "  git: \($0)\n" }.joined()
    }
}
