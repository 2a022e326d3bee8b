/// `planboard import SHEET --into PLAN.json`: adds an indicator sheet or a risk register to an
/// existing plan, through the store (its lock, its crash-safe write and `plan.json.bak`).
enum ImportIntoCommand {
    /// The exit status when the sheet was added but some of its figures or levels were kept out
    /// because the board or a meeting recorded the plan's (each is listed; `--force` takes them).
    static let keptStatus: Int32 = 3

    /// Adds the sheet; returns 0, or `keptStatus` when differences were kept as the plan has them.
    static func run(_ parsed: ParsedArguments, source: String, office: OfficeImportArguments, now: Timestamp,
                    author: () -> String, output: (String) -> Void) throws(CommandError) -> Int32 {
        let command = "import"
        guard let target = try parsed.single("--into", command: command) else { return 0 }
        for option in ["--output", "--map", "--title"] where parsed.values[option] != nil {
            throw .usage(command: command, message: "\(option) is for making a new plan; --into adds to the plan named")
        }
        guard target != source else {
            throw .usage(command: command, message: "--into names the sheet itself; name the plan file to add it to")
        }
        guard FileAccess.exists(target) else {
            throw .file(path: target, message: "there is no plan here to add to. Make one first with "
                + "'planboard import PLAN.csv' or 'planboard \(target)', then add the sheet with --into.")
        }
        let bytes = try FileAccess.read(source)
        let table = try readTable(bytes, source: source, office: office, parsed: parsed)
        // The lock first: a board with this plan open would otherwise lose the sheet or its own work.
        let store: PlanStore
        let plan: Plan
        do {
            (store, plan, _) = try PlanStore.open(path: target, creatingWith: { Plan(title: "") })
        } catch {
            throw .file(path: target, message: withoutPath(error.description, target) + " Nothing was written.")
        }
        defer { store.close() }
        if let reason = store.readOnlyReason {
            throw .file(path: target, message: "\(reason); the sheet was not added. Nothing was written.")
        }
        let stamp = FrameworkImporter.Stamp(at: now, who: author(), sourceName: DiskFile.name(of: source))
        var result: FrameworkImportResult
        do {
            result = try FrameworkImporter.importInto(plan, table: table.table, numbers: table.numbers, stamp: stamp, force: parsed.flags.contains("--force"))
        } catch {
            throw .file(path: source, message: located(error, table: table) + " Nothing was written.")
        }
        if table.kind != nil {
            result.report.source = table.source + ", header on \(table.location(result.report.headerRow))."
            result.report.notes = table.notes
        }
        let status = result.report.kept.isEmpty ? 0 : keptStatus
        let keptNote = result.report.kept.isEmpty ? "" : "\(result.report.kept.count) of the sheet's figures or levels were "
            + "kept as the plan has them (listed above); use --force to take the sheet's.\n"
        guard result.plan != plan else {
            let opening = result.report.kept.isEmpty ? "Nothing to add: \(target) already has everything in \(source)."
                : "Nothing written: \(target) has everything else in \(source)."
            output(opening + "\n" + result.report.text + "\n" + keptNote)
            return status
        }
        do { try store.save(result.plan) } catch {
            throw .file(path: target, message: withoutPath(error.description, target) + " The sheet was not added.")
        }
        output("Added \(source) to \(target) (the plan as it was is kept as \(DiskFile.name(of: store.backupPath))).\n"
            + result.report.text + "\n" + keptNote)
        return status
    }

    /// The sheet as rows of cells, from CSV or from a Word or Excel file.
    struct SourceTable {
        var table: CSVTable
        var kind: OfficeKind?
        var source: String = ""
        var notes: [String] = []
        var rowLocations: [String]?
        /// The full numbers behind cells whose text rounds them (Excel only).
        var numbers = CellNumbers()

        func location(_ row: Int) -> String {
            guard let rowLocations, row >= 1, row <= rowLocations.count else { return "row \(row)" }
            return rowLocations[row - 1]
        }
    }

    static func readTable(_ bytes: [UInt8], source: String, office: OfficeImportArguments,
                                  parsed: ParsedArguments) throws(CommandError) -> SourceTable {
        let command = "import"
        guard OfficeImporter.kind(ofName: source) != nil || OfficeImporter.recognises(bytes) else {
            if let wrong = office.misplaced(for: nil, parsed: parsed) { throw .usage(command: command, message: wrong) }
            do { return SourceTable(table: try CSVReader.read(bytes)) } catch {
                throw .file(path: source, message: error.description + " Nothing was written.")
            }
        }
        if let kind = OfficeImporter.kind(ofName: source), let wrong = office.misplaced(for: kind, parsed: parsed) {
            throw .usage(command: command, message: wrong)
        }
        if OfficeImporter.kind(ofName: source) == .word { throw .file(path: source, message: notFromWord) }
        let read: OfficeTable
        do {
            read = try OfficeImporter.read(bytes, expected: OfficeImporter.kind(ofName: source), options: office.options)
        } catch {
            if case .noSuchSheet = error { throw .usage(command: command, message: error.description) }
            if case .noSuchTable = error { throw .usage(command: command, message: error.description) }
            throw .file(path: source, message: error.description + " Nothing was written.")
        }
        // The Word reader finds and reshapes a plan's table; an indicator or risk table is not one.
        guard read.kind == .excel else { throw .file(path: source, message: notFromWord) }
        return SourceTable(table: read.table, kind: read.kind, source: read.source, notes: read.notes, rowLocations: read.rowLocations,
                           numbers: read.numbers)
    }

    static let notFromWord = "indicator sheets and risk registers are read from CSV or Excel (.xlsx), not yet from Word. "
        + "Copy the table into a spreadsheet and save it as .xlsx or CSV. Nothing was written."

    /// Rows named as the reader names them when they are not the file's own rows.
    private static func located(_ error: FrameworkImportError, table: SourceTable) -> String {
        guard table.rowLocations != nil else { return error.description }
        var text = error.description
        for row in (1...max(1, table.table.rows.count)).reversed() where text.hasPrefix("row \(row),") {
            text = table.location(row) + text.dropFirst("row \(row)".count)
            break
        }
        return text
    }

    private static func withoutPath(_ message: String, _ path: String) -> String {
        guard message.hasPrefix(path) else { return message }
        var rest = message.dropFirst(path.count)
        while let first = rest.first, first == ":" || first == " " { rest = rest.dropFirst() }
        return String(rest)
    }
}
