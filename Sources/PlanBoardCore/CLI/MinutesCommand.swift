/// `planboard minutes PLAN.json [--meeting DATE|ID] [--format markdown|html|docx] [-o FILE]`.
enum MinutesCommand {
    static let help = """
        Usage: planboard minutes PLAN.json [--meeting DATE|ID] [--format markdown|html|docx] [-o FILE] [--force]

        Writes the minutes of a meeting run on the board, from what it left in the plan file:
        title, date, present and apologies; each action discussed, in agenda order, with its
        decisions, notes, RAG changes and reasons, and field changes; new and removed actions;
        action points with owner and date; and the actions not reached.

          --meeting DATE|ID    the meeting held on DATE (YYYY-MM-DD; the later one if there were
                               two that day) or with id ID (m2); default: the most recent meeting
          --format FORMAT      markdown (or md, the default), html (one page that prints on A4)
                               or docx (a Word document in the numbered form, A4)
          -o, --output FILE    write to FILE (replaced atomically); default: standard output,
                               or for docx PLAN-minutes-DATE.docx beside the plan
                               (PLAN-minutes-DATE-2.docx for the second meeting that day)
          --force              replace that docx if it is already there (without --force an
                               existing file, perhaps edited since, is left alone)
          -h, --help           show this help

        """

    static func run(_ arguments: [String], today: Day, output: (String) -> Void,
                    notice: (String) -> Void) throws(CommandError) {
        if Subcommand.wantsHelp(arguments) { output(help); return }
        let command = "minutes"
        let parsed = try ParsedArguments(arguments, command: command, valued: ["--meeting", "--format", "--output"],
                                         flags: ["--force"], aliases: ["-o": "--output", "-f": "--format", "-m": "--meeting"])
        let path = try parsed.onlyPath("plan file", command: command)
        let format = try parsed.single("--format", command: command) ?? "markdown"
        if format.lowercased() == "docx" {
            try docx(parsed, path: path, today: today, output: output, notice: notice)
            return
        }
        let render: (Plan, Meeting.ID) -> String?
        switch format.lowercased() {
        case "markdown", "md": render = { MinutesReport.markdown($0, meeting: $1, today: today) }
        case "html": render = { MinutesReport.html($0, meeting: $1, today: today) }
        default: throw .usage(command: command, message: "--format '\(Excerpt.of(format))' is not markdown, html or docx")
        }
        let wanted = try parsed.single("--meeting", command: command)
        let target = try parsed.single("--output", command: command)
        let plan = try Subcommand.loadPlan(path)
        let meeting = try choose(wanted, from: plan.meetings, path: path, notice: notice)
        guard let text = render(plan, meeting.id) else {
            throw .file(path: path, message: "meeting \(meeting.id) could not be read back; nothing was written")
        }
        if let target {
            try WrittenFile.write(Array(text.utf8), to: target, notice: notice)
        } else {
            output(text)
        }
    }

    /// The minutes as a Word document, written to `-o FILE` or beside the plan.
    private static func docx(_ parsed: ParsedArguments, path: String, today: Day, output: (String) -> Void,
                             notice: (String) -> Void) throws(CommandError) {
        let command = "minutes"
        let wanted = try parsed.single("--meeting", command: command)
        let target = try parsed.single("--output", command: command)
        let plan = try Subcommand.loadPlan(path)
        let meeting = try choose(wanted, from: plan.meetings, path: path, notice: notice)
        guard let bytes = DocxMinutes.render(plan, meeting: meeting.id, today: today) else {
            throw .file(path: path, message: "meeting \(meeting.id) could not be read back; nothing was written")
        }
        try DocxOutput.write(bytes, target: target, plan: path, suffix: fileSuffix(meeting, among: plan.meetings, ext: "docx"),
                             force: parsed.flags.contains("--force"), notice: notice)
    }

    /// `-minutes-2026-11-29.docx` for the first or only meeting of a day, `-minutes-2026-11-29-2.docx`
    /// for the second: each meeting's minutes get their own file, the first keeping the plain name.
    static func fileSuffix(_ meeting: Meeting, among meetings: [Meeting], ext: String) -> String {
        let number = meeting.numberInDay(among: meetings)
        return "-minutes-\(meeting.date.isoText)\(number > 1 ? "-\(number)" : "").\(ext)"
    }

    /// The meeting `wanted` names (a date or an id), or the most recent when nil.
    ///
    /// Throws a file error naming `path` when the plan has no meetings, or none that matches
    /// (the message lists those it has). When two meetings share the date, picks the later and
    /// says so through `notice`.
    static func choose(_ wanted: String?, from meetings: [Meeting], path: String,
                       notice: (String) -> Void) throws(CommandError) -> Meeting {
        let ordered = meetings.enumerated().sorted { a, b in
            (a.element.date, a.element.startedAt, a.offset) < (b.element.date, b.element.startedAt, b.offset)
        }.map(\.element)
        guard let latest = ordered.last else {
            throw .file(path: path, message: "has no meetings yet, so there are no minutes to write. "
                + "Run a meeting on the board (planboard \(path)) and end it, then try again")
        }
        guard let wanted = wanted?.trimmingWhitespace() else { return latest }
        if let day = Day(isoText: wanted) {
            let thatDay = ordered.filter { $0.date == day }
            guard let chosen = thatDay.last else { throw unknown("no meeting on \(day.longText)", ordered, path) }
            if thatDay.count > 1 {
                let others = thatDay.dropLast().map { $0.id.rawValue }.joined(separator: ", ")
                notice("planboard minutes: \(thatDay.count) meetings were held on \(day.longText); writing the later one, "
                    + "\(chosen.id). Use --meeting \(others) for the other\(thatDay.count > 2 ? "s" : "").\n")
            }
            return chosen
        }
        guard let chosen = ordered.first(where: { $0.id.rawValue == wanted }) else {
            throw unknown("no meeting '\(Excerpt.of(wanted))'", ordered, path)
        }
        return chosen
    }

    /// The error for a meeting not found, listing the plan's meetings oldest first.
    private static func unknown(_ what: String, _ meetings: [Meeting], _ path: String) -> CommandError {
        let lines = meetings.map { meeting in
            let title = meeting.title.trimmingWhitespace()
            return "  \(meeting.id)  \(meeting.date.isoText)" + (title.isEmpty ? "" : "  \(Excerpt.of(title))")
        }
        return .file(path: path, message: "has \(what). Its meetings (pick one with --meeting DATE or ID):\n"
            + lines.joined(separator: "\n"))
    }
}
