/// `planboard summary PLAN.json [--json] [--since YYYY-MM-DD]`.
enum SummaryCommand {
    static let help = """
        Usage: planboard summary PLAN.json [--json] [--since YYYY-MM-DD]

        Prints counts by RAG and status for each outcome, the overdue and due-soon actions, and
        the changes since a date.

          --json               print JSON for scripts: outcomes, actions, rag {red, amber, green,
                               blue, unrated}, perOutcome [{title, actions, rag}] in plan order, and more;
                               the framework as indicators [{name, unit, latest {period, value}
                               or null, target, status}], risks [{title, inherent, residual,
                               planned: {likelihood, impact, score, band} or null}] and
                               milestones {total, done, overdue}
          --since YYYY-MM-DD   list the changes made since that day
          -h, --help           show this help

        """

    static func run(_ arguments: [String], today: Day, output: (String) -> Void) throws(CommandError) {
        if Subcommand.wantsHelp(arguments) { output(help); return }
        let command = "summary"
        let parsed = try ParsedArguments(arguments, command: command, valued: ["--since"], flags: ["--json"])
        let path = try parsed.onlyPath("plan file", command: command)
        let options = ReportOptions(since: try parsed.since(command: command))
        let summary = PlanSummary(try Subcommand.loadPlan(path), today: today, options: options)
        output(parsed.flags.contains("--json") ? summary.json : summary.text + "\n")
    }
}
