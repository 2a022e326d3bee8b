/// `planboard export PLAN.json --format csv|markdown|html|docx [-o FILE] [--since YYYY-MM-DD]`.
enum ExportCommand {
    static let help = """
        Usage: planboard export PLAN.json --format csv|markdown|html|docx [-o FILE] [--since YYYY-MM-DD] [--force]

        Writes the plan for people outside the meeting:
          csv        a spreadsheet that 'planboard import' reads back to the same plan
          markdown   a table per outcome, to paste into a committee paper
          html       one self-contained page that prints on A4: RAG chart, key, actions by
                     outcome with overdue ones highlighted
          docx       a Word document for the committee papers (A4): summary table, a table per
                     outcome, RAG as a word on its colour; 'planboard import' reads it back
        Markdown, HTML and Word add the performance framework after the actions when the plan
        has one: indicators (in HTML with a trend chart each), the risk assessment in the
        committee-report form, and milestones.

          --format FORMAT      csv, markdown (or md), html or docx
          -o, --output FILE    write to FILE (replaced atomically); default: standard output,
                               or for docx the plan's name with -report.docx
          --since YYYY-MM-DD   add the changes made since that day (markdown, html and docx)
          --force              replace PLAN-report.docx if it is already there (without --force
                               an existing file, perhaps edited since, is left alone)
          -h, --help           show this help

        """

    static func run(_ arguments: [String], today: Day, output: (String) -> Void, notice: (String) -> Void) throws(CommandError) {
        if Subcommand.wantsHelp(arguments) { output(help); return }
        let command = "export"
        let parsed = try ParsedArguments(arguments, command: command, valued: ["--format", "--output", "--since"],
                                         flags: ["--force"], aliases: ["-o": "--output", "-f": "--format"])
        let path = try parsed.onlyPath("plan file", command: command)
        guard let format = try parsed.single("--format", command: command) else {
            throw .usage(command: command, message: "choose --format csv, markdown, html or docx")
        }
        let options = ReportOptions(since: try parsed.since(command: command))
        if format.lowercased() == "docx" {
            let target = try parsed.single("--output", command: command)
            let bytes = DocxReport.render(try Subcommand.loadPlan(path), today: today, options: options)
            try DocxOutput.write(bytes, target: target, plan: path, suffix: "-report.docx",
                                 force: parsed.flags.contains("--force"), notice: notice)
            return
        }
        let render: (Plan) -> String
        switch format.lowercased() {
        case "csv": render = { CSVExporter.export($0) }
        case "markdown", "md": render = { MarkdownReport.render($0, today: today, options: options) }
        case "html": render = { HTMLReport.render($0, today: today, options: options) }
        default: throw .usage(command: command, message: "--format '\(Excerpt.of(format))' is not csv, markdown, html or docx")
        }
        let target = try parsed.single("--output", command: command)
        let text = render(try Subcommand.loadPlan(path))
        if let target {
            try WrittenFile.write(Array(text.utf8), to: target, notice: notice)
        } else {
            output(text)
        }
    }
}
