/// The `import` options for Word and Excel files, read from the arguments, and the import of
/// such a file once read.
struct OfficeImportArguments {
    static let valued: Set<String> = ["--sheet", "--table", "--heading-level", "--action-lists"]
    static let flags: Set<String> = ["--lists", "--skip-hidden"]

    var options = OfficeOptions()

    init(_ parsed: ParsedArguments, command: String) throws(CommandError) {
        options.sheet = try parsed.single("--sheet", command: command)
        if let text = try parsed.single("--table", command: command) {
            let numbers = text.split(separator: ",").map { Int($0.trimmingWhitespace()) }
            guard !numbers.isEmpty, numbers.allSatisfy({ ($0 ?? 0) >= 1 }) else {
                throw .usage(command: command, message: "--table '\(text)' is not table numbers like 2 or 2,3,4")
            }
            options.tables = numbers.compactMap { $0 }
        }
        if let text = try parsed.single("--heading-level", command: command) {
            guard let level = Int(text), (1...9).contains(level) else {
                throw .usage(command: command, message: "--heading-level '\(text)' is not a heading level from 1 to 9")
            }
            options.headingLevel = level
        }
        if let text = try parsed.single("--action-lists", command: command) {
            guard let choice = OfficeOptions.ActionLists(rawValue: text.lowercased()) else {
                throw .usage(command: command, message: "--action-lists '\(text)' is not auto, numbered, introduced or all")
            }
            options.actionLists = choice
        }
        options.lists = parsed.flags.contains("--lists")
        options.skipHidden = parsed.flags.contains("--skip-hidden")
    }

    /// The first option given that does not fit a file of this kind (nil kind: a CSV file).
    func misplaced(for kind: OfficeKind?, parsed: ParsedArguments) -> String? {
        let wordOnly = ["--table", "--heading-level", "--action-lists"].filter { parsed.values[$0] != nil }
            + ["--lists"].filter { parsed.flags.contains($0) }
        let excelOnly = ["--sheet"].filter { parsed.values[$0] != nil } + ["--skip-hidden"].filter { parsed.flags.contains($0) }
        switch kind {
        case .word: return excelOnly.first.map { "\($0) is for Excel workbooks (.xlsx)" }
        case .excel: return wordOnly.first.map { "\($0) is for Word documents (.docx)" }
        case nil: return (wordOnly + excelOnly).first.map { "\($0) is for Word and Excel files, not CSV" }
        }
    }

    /// Reads `bytes` (a file named `source`) as a Word or Excel file and imports its plan.
    func importPlan(_ bytes: [UInt8], source: String, options importOptions: ImportOptions, parsed: ParsedArguments,
                    command: String) throws(CommandError) -> ImportResult {
        if let kind = OfficeImporter.kind(ofName: source), let wrong = misplaced(for: kind, parsed: parsed) {
            throw .usage(command: command, message: wrong)
        }
        let table: OfficeTable
        do {
            table = try OfficeImporter.read(bytes, expected: OfficeImporter.kind(ofName: source), options: options)
        } catch {
            if case .noSuchSheet = error { throw .usage(command: command, message: error.description) }
            if case .noSuchTable = error { throw .usage(command: command, message: error.description) }
            throw .file(path: source, message: error.description + " Nothing was written.")
        }
        if let wrong = misplaced(for: table.kind, parsed: parsed) { throw .usage(command: command, message: wrong) }
        do {
            return try OfficeImporter.importPlan(table, options: importOptions)
        } catch {
            switch error {
            case .badMapping, .unknownColumn: throw .usage(command: command, message: error.description)
            default: throw .file(path: source, message: error.description + " Nothing was written.")
            }
        }
    }
}
