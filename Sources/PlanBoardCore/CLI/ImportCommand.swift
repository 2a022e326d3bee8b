/// `planboard import SOURCE.csv|.docx|.xlsx [-o PLAN.json] [--map 'Column=field']... [--title TEXT] [--force]`.
enum ImportCommand {
    static let help = """
        Usage: planboard import SOURCE.csv|SOURCE.docx|SOURCE.xlsx [-o PLAN.json] [--map 'Column name=field']...
                                [--title TEXT] [--force]
               planboard import SHEET.csv|SHEET.xlsx --into PLAN.json [--name "Your Name"]

        Turns a spreadsheet saved as CSV (or tab-separated text), a Word document or an Excel
        workbook into a plan file, then prints which column became which field, the counts,
        and every warning with its row.

          -o, --output PLAN.json   where to write the plan (default: SOURCE with .json)
          --map 'Column=field'     use a column for a field, or 'Column=ignore'; may repeat.
                                   Fields: outcome, outcome-description, area, area-text, ref,
                                   action, lead, deadline, measure, progress, rag, status
          --title TEXT             the plan's title (default: a title row above the header,
                                   else the file's name as it is)
          --force                  replace PLAN.json if it exists; with --into, take the sheet's
                                   figures and levels over those the board or a meeting recorded
          --into PLAN.json         add an indicator sheet or a risk register to this existing
                                   plan instead (see below)
          --name "Your Name"       with --into, sign what it records as you (else
                                   PLANBOARD_NAME, git's user.name, the login name)
          -h, --help               show this help

        Word (.docx): the table that holds the plan (or several with the same columns, one per
        outcome, joined with the heading above each as its outcome):
          --table N[,M]            read these tables (numbered from 1 in the document)
          --lists                  read headings and lists instead: headings are outcomes, the
                                   paragraph under each its description, action lists its actions
          --heading-level N        with --lists: the heading level of the outcomes
          --action-lists WHICH     with --lists: auto (default), introduced, numbered or all
        Excel (.xlsx): the first sheet, dates shown day/month/year, formulas as their values:
          --sheet NAME             read this sheet
          --skip-hidden            leave hidden rows and columns out (they are read by default)

        Leads written together (`JB KM`, `AB/CD`, `Planning Group JB/KM`) become separate leads
        and the plan's key of leads; every action gets its own ref (`1.1a`, `1.1b` where the
        sheet's refs are a priority area's number); status words such as `In development` are
        read as statuses, not deadlines. Nothing is written when the file cannot be read; the
        error gives its row and column.

        --into: the sheet is recognised by its header. Indicators come wide (Indicator, Series
        with actual / target / stretch target, then one column per period: 2007/8, Q3 2022/23,
        March 2023) or long (Indicator, Period, Actual, Target, Stretch); Ref, Unit, Better,
        Frequency, Source, Owner, Outcome and Baseline columns are read when present. A risk
        register has a Risk column and its levels as two numbers each (Inherent likelihood,
        Inherent impact…) or as text ("Likelihood 3 x Impact 2 = Risk Scoring 6 (Moderate)");
        Mitigating actions, Linked actions (refs such as 1.2, 2.4), Recommendation and Review
        date are read too. An indicator or risk the plan has already (same ref, else same name)
        is updated, each change recorded in its history and listed from → to; the plan as it was
        is kept as .bak. A figure or level recorded on the board or in a meeting is kept, and
        listed, when the sheet differs (a blank or 'n/a' cell never replaces a value): the rest is
        written and the exit status is 3; --force takes the sheet's.
        Word documents are not read with --into yet: save the table as .xlsx or CSV.

        """

    /// Returns the exit status: 0, or `ImportIntoCommand.keptStatus` when `--into` kept some of the plan's figures.
    static func run(_ arguments: [String], now: Timestamp, author: () -> String, output: (String) -> Void) throws(CommandError) -> Int32 {
        if Subcommand.wantsHelp(arguments) { output(help); return 0 }
        let command = "import"
        let parsed = try ParsedArguments(arguments, command: command,
                                         valued: Set(["--output", "--map", "--title", "--into", "--name"]).union(OfficeImportArguments.valued),
                                         flags: Set(["--force"]).union(OfficeImportArguments.flags),
                                         aliases: ["-o": "--output", "-f": "--force"])
        let source = try parsed.onlyPath("file to import", command: command)
        let office = try OfficeImportArguments(parsed, command: command)
        let named = try SignedName.option(parsed, command: command)
        if parsed.values["--into"] != nil {
            return try ImportIntoCommand.run(parsed, source: source, office: office, now: now, author: { named ?? author() }, output: output)
        }
        if named != nil {
            throw .usage(command: command, message: "--name signs what --into adds to a plan; a new plan records no names. "
                + "Leave --name out, or add the sheet with --into")
        }
        let target = try parsed.single("--output", command: command) ?? defaultTarget(for: source)
        var overrides: [ColumnOverride] = []
        for text in parsed.values["--map"] ?? [] {
            do { overrides.append(try ColumnOverride.parse(text)) } catch {
                throw .usage(command: command, message: error.description)
            }
        }
        guard target != source else {
            throw .usage(command: command, message: "the plan would overwrite the file it is imported from; name another with -o")
        }
        if FileAccess.exists(target) && !parsed.flags.contains("--force") {
            throw .file(path: target, message: "already exists; not replaced. Use --force to replace it, or -o to write elsewhere")
        }
        let bytes = try FileAccess.read(source)
        let options = ImportOptions(overrides: overrides, title: try parsed.single("--title", command: command),
                                    sourceName: name(of: source))
        try refuseFrameworkSheet(bytes, source: source, office: office, parsed: parsed, mapped: !overrides.isEmpty)
        let result: ImportResult
        if OfficeImporter.kind(ofName: source) != nil || OfficeImporter.recognises(bytes) {
            result = try office.importPlan(bytes, source: source, options: options, parsed: parsed, command: command)
        } else if let wrong = office.misplaced(for: nil, parsed: parsed) {
            throw .usage(command: command, message: wrong)
        } else { do {
            result = try PlanImporter.importPlan(csv: bytes, options: options)
        } catch {
            switch error {
            case .badMapping, .unknownColumn: throw .usage(command: command, message: error.description)
            default: throw .file(path: source, message: error.description + " Nothing was written.")
            }
        } }
        // A board with this plan open holds its lock: replacing the file under it would lose work.
        let lock: PlanLock
        do {
            lock = try PlanLock.acquire(for: DiskFile.planTarget(for: target, reportingAs: target), reportingAs: target)
        } catch {
            throw .file(path: target, message: "\(error) Nothing was written.")
        }
        defer { lock.release() }
        try FileAccess.writeAtomically(PlanFile.encode(result.plan), to: target)
        output("Imported \(source) into \(target).\n" + result.report.text + "\n")
        return 0
    }

    /// A risk register or an indicator sheet imported as a plan would make an "action" of every
    /// risk or indicator: refused, saying to add it to a plan with --into. Columns mapped by hand
    /// (--map) say the user means a plan.
    private static func refuseFrameworkSheet(_ bytes: [UInt8], source: String, office: OfficeImportArguments,
                                             parsed: ParsedArguments, mapped: Bool) throws(CommandError) {
        guard !mapped, let table = try? ImportIntoCommand.readTable(bytes, source: source, office: office, parsed: parsed),
              let sheet = try? FrameworkSheet.read(table.table) else { return }
        let what = sheet.kind == .risks ? "a risk register" : "an indicator sheet"
        throw .file(path: source, message: "this looks like \(what), not a delivery plan: add it to a plan with "
            + "planboard import \(source) --into PLAN.json. Nothing was written.")
    }

    /// `plans/dundee.csv` → `plans/dundee.json`.
    static func defaultTarget(for source: String) -> String {
        let name = source.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? source
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            return String(source.dropLast(name.distance(from: dot, to: name.endIndex))) + ".json"
        }
        return source + ".json"
    }

    /// `plans/portsmouth-2015-17.csv` → `portsmouth-2015-17`: the file's name without its
    /// extension, exactly as written (a reworded name reads as a mangled title).
    static func name(of source: String) -> String {
        let target = defaultTarget(for: source)
        return target.split(separator: "/").last.map { String($0.dropLast(".json".count)) } ?? ""
    }
}
