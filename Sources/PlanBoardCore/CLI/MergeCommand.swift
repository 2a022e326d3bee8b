/// `planboard merge BASE OURS THEIRS`: git's merge driver for plan files (`%O %A %B`). Writes the
/// merged plan into OURS; exit 0 when clean, 1 when conflicts are recorded in the plan for the
/// chair to resolve, 2 when an input cannot be read as a plan (OURS is then left as it was).
enum MergeCommand {
    static let help = """
        Usage: planboard merge [--name "Your Name"] BASE OURS THEIRS

        Merges two copies of a plan edited apart (OURS and THEIRS) from the version both started
        from (BASE), by meaning: every change, note and new action from both is kept. Git runs
        this for you once `planboard share init` has set it up (as "planboard merge %O %A %B").

        The merged plan is written into OURS. Where both copies set the same field differently,
        OURS's value stays on the board and the plan records both ("2 conflicts to resolve" on the
        board, where the chair picks a side).

        What the merge records is signed with --name, else PLANBOARD_NAME, else git's user.name,
        else the login name.

        Exit status: 0 merged cleanly, 1 merged with conflicts recorded, 2 a file could not be read.

        """

    static func run(_ arguments: [String], now: Timestamp, author: () -> String,
                    output: (String) -> Void, errors: (String) -> Void) throws(CommandError) -> Int32 {
        if Subcommand.wantsHelp(arguments) { output(help); return 0 }
        let parsed = try ParsedArguments(arguments, command: "merge", valued: ["--name"], flags: [])
        let named = try SignedName.option(parsed, command: "merge")
        guard parsed.positional.count == 3 else {
            throw .usage(command: "merge", message: "name three plan files: BASE OURS THEIRS (git gives %O %A %B)")
        }
        let paths = parsed.positional
        var plans: [Plan] = []
        for path in paths {
            do {
                plans.append(try Subcommand.loadPlan(path))
            } catch {
                errors(error.description + "\nplanboard merge: nothing was merged; \(paths[1]) is as it was.\n")
                return 2
            }
        }
        let merged = PlanMerge.merge(base: plans[0], ours: plans[1], theirs: plans[2], at: now, by: named ?? author())
        try FileAccess.writeAtomically(PlanFile.encode(merged.plan), to: paths[1])
        for notice in merged.notices { errors("planboard merge: \(notice)\n") }
        guard !merged.conflicts.isEmpty else { return 0 }
        let count = merged.conflicts.count
        errors("planboard merge: \(count) conflict\(count == 1 ? "" : "s") recorded in the plan (open it to pick a side):\n")
        for c in merged.conflicts {
            errors("  \(c.subjectPhrase), \(c.fieldPhrase): kept \"\(Excerpt.of(c.kept))\", other copy \"\(Excerpt.of(c.other))\"\n")
        }
        return 1
    }
}
