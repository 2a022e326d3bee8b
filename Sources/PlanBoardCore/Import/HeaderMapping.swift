/// A `--map 'Column name=field'` choice made by the user, which beats any recognition or inference.
public struct ColumnOverride: Equatable, Sendable {
    public var header: String
    /// The field to fill, or nil to ignore the column.
    public var field: PlanField?

    public init(header: String, field: PlanField?) {
        self.header = header
        self.field = field
    }

    /// Parses `Column name=field` (the last `=` splits, so headers may contain one).
    /// Throws `ImportError.badMapping` when either side is missing or the field is unknown.
    public static func parse(_ text: String) throws(ImportError) -> ColumnOverride {
        guard let split = text.lastIndex(of: "=") else { throw .badMapping(text) }
        let header = text[..<split].trimmingWhitespace()
        let fieldText = text[text.index(after: split)...].trimmingWhitespace()
        guard !header.isEmpty, !fieldText.isEmpty else { throw .badMapping(text) }
        if ["ignore", "none", "skip"].contains(HeaderText.squashed(fieldText)) { return ColumnOverride(header: header, field: nil) }
        guard let field = PlanField.named(fieldText) else { throw .badMapping(text) }
        return ColumnOverride(header: header, field: field)
    }
}

/// Which field one column of the spreadsheet fills, and why.
public struct ColumnChoice: Equatable, Sendable {
    /// How the choice was made, for the import report.
    public enum Basis: Equatable, Sendable {
        /// The header is a known name for the field.
        case header
        /// The header was not recognised; the contents suggested the field (the reason says how).
        case contents(String)
        /// The user chose with `--map`.
        case mapped
        /// Not used; the reason says why.
        case ignored(String)
    }

    /// Column number from 0.
    public var index: Int
    public var header: String
    public var field: PlanField?
    public var basis: Basis

    /// The spreadsheet's column letter (`A`, `AB`).
    public var letter: String { ColumnLetters.of(index + 1) }
}

/// Decides which spreadsheet column fills which plan field: overrides, then known header names,
/// then a look at the contents of the columns left over.
public struct HeaderMapping: Equatable, Sendable {
    public var columns: [ColumnChoice]

    /// The column chosen for a field, if any.
    public func column(for field: PlanField) -> Int? {
        columns.first { $0.field == field }?.index
    }

    /// Maps `header` given the data `rows` below it. Throws when an override names a missing
    /// column or no column can hold the actions.
    public static func make(header: [String], rows: [[String]], overrides: [ColumnOverride] = []) throws(ImportError) -> HeaderMapping {
        let names = header.map { $0.trimmingWhitespace() }
        var columns = names.enumerated().map { ColumnChoice(index: $0.offset, header: $0.element, field: nil, basis: .ignored("")) }
        var decided = Set<Int>()
        var taken = Set<PlanField>()

        for override in overrides {
            let wanted = HeaderText.squashed(override.header)
            guard let i = names.firstIndex(where: { HeaderText.squashed($0) == wanted }) else {
                throw .unknownColumn(override.header, headers: names)
            }
            columns[i].field = override.field
            columns[i].basis = override.field == nil ? .ignored("--map") : .mapped
            decided.insert(i)
            if let field = override.field { taken.insert(field) }
        }
        for i in columns.indices where !decided.contains(i) {
            guard let field = PlanField.recognising(header: names[i]) else { continue }
            decided.insert(i)
            if taken.contains(field) {
                let first = columns.first { $0.field == field }!
                columns[i].basis = .ignored("column \(first.letter) is already the \(field.label)")
            } else {
                columns[i].field = field
                columns[i].basis = .header
                taken.insert(field)
            }
        }
        let undecided = columns.indices.filter { !decided.contains($0) }
        for (i, field, reason) in ColumnInference.infer(columns: undecided, rows: rows, taken: taken) {
            columns[i].field = field
            columns[i].basis = .contents(reason)
            taken.insert(field)
            decided.insert(i)
        }
        for i in columns.indices where !decided.contains(i) {
            let empty = rows.allSatisfy { i >= $0.count || $0[i].trimmingWhitespace().isEmpty }
            columns[i].basis = .ignored(empty ? "empty" : "not recognised; use --map '\(Excerpt.of(names[i]))=field' to use it")
        }
        guard taken.contains(.action) else { throw .noActionColumn(headers: names) }
        return HeaderMapping(columns: columns)
    }
}
