/// Builds outcomes and actions row by row, carrying merged (blank) cells down from above.
struct PlanBuilder {
    let mapping: HeaderMapping
    let width: Int
    private(set) var outcomes: [Outcome] = []
    private(set) var warnings: [ImportWarning] = []
    private(set) var actionCount = 0
    /// The outcome cell text each outcome was made from, in step with `outcomes`.
    private var keys: [String] = []
    private var current: Int?
    private var areaNumber = ""
    private var areaText = ""
    private var warnedNoOutcome = false

    init(mapping: HeaderMapping, width: Int) {
        self.mapping = mapping
        self.width = width
    }

    /// The text of `field` in `row`: cleaned, and with the apostrophe `planboard export` puts
    /// before a would-be formula taken off again (`FormulaGuard`).
    private func cell(_ row: [String], _ field: PlanField) -> String {
        guard let i = mapping.column(for: field), i < row.count else { return "" }
        return FormulaGuard.restored(Self.clean(row[i]))
    }

    /// Trims the ends and writes line breaks as `\n` whatever the spreadsheet used.
    static func clean(_ text: String) -> String {
        text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n").trimmingWhitespace()
    }

    mutating func add(row: [String], number: Int) {
        guard row.contains(where: { !$0.trimmingWhitespace().isEmpty }) else { return }
        if row.count > width, row[width...].contains(where: { !$0.trimmingWhitespace().isEmpty }) {
            warnings.append(ImportWarning(row: number, message: "cells beyond the last header column were ignored"))
        }
        let outcomeText = cell(row, .outcome)
        let ref = cell(row, .ref)
        let areaCell = cell(row, .area)
        let areaTextCell = cell(row, .areaText)

        if mapping.column(for: .outcome) != nil {
            if !outcomeText.isEmpty { selectOutcome(key: outcomeText) }
        } else {
            let key = CellWords.leadingNumber(areaCell.isEmpty ? ref : areaCell).split(separator: ".").first.map(String.init) ?? ""
            if !key.isEmpty { selectOutcome(key: "Outcome \(key)", inferred: true, row: number) }
        }
        if !areaCell.isEmpty, areaCell != areaNumber {
            areaNumber = areaCell
            areaText = ""
        }
        if !areaTextCell.isEmpty { areaText = areaTextCell }
        if current != nil, outcomes[current!].description.isEmpty {
            outcomes[current!].description = cell(row, .outcomeDescription)
        }

        let text = cell(row, .action)
        let detail: [PlanField] = [.ref, .lead, .deadline, .measure, .progress, .rag, .status]
        guard !text.isEmpty || detail.contains(where: { !cell(row, $0).isEmpty }) else { return }
        if text.isEmpty {
            warnings.append(ImportWarning(row: number, message: "no action text; imported with the other cells"))
        }
        if current == nil {
            if !warnedNoOutcome {
                warnings.append(ImportWarning(row: number, message: "no outcome above this row; put under 'Actions'"))
                warnedNoOutcome = true
            }
            selectOutcome(key: "Actions")
        }
        var action = Action(
            id: Action.ID("a\(actionCount + 1)"),
            ref: mapping.column(for: .ref) != nil ? ref : areaNumber,
            text: text,
            area: [areaNumber, areaText].filter { !$0.isEmpty }.joined(separator: " "),
            leads: Self.splitLeads(cell(row, .lead)),
            deadline: cell(row, .deadline),
            measure: cell(row, .measure),
            progress: cell(row, .progress))
        readRAG(cell(row, .rag), into: &action, row: number)
        readStatus(row: row, into: &action, number: number)
        outcomes[current!].actions.append(action)
        actionCount += 1
    }

    private mutating func selectOutcome(key: String, inferred: Bool = false, row: Int = 0) {
        if let i = keys.firstIndex(of: key) {
            if i != current { areaNumber = ""; areaText = "" }
            current = i
            return
        }
        let (number, title) = inferred ? (String(key.dropFirst("Outcome ".count)), key) : PlanImporter.splitOutcome(key)
        if inferred && outcomes.isEmpty {
            warnings.append(ImportWarning(row: row, message: "no outcome column: actions grouped by the first number of their ref"))
        }
        keys.append(key)
        outcomes.append(Outcome(id: Outcome.ID("o\(outcomes.count + 1)"), number: number, title: title))
        current = outcomes.count - 1
        areaNumber = ""
        areaText = ""
    }

    private mutating func readRAG(_ text: String, into action: inout Action, row: Int) {
        switch CellWords.rag(text) {
        case .rating(let rag):
            action.rag = rag
        case .mapped(let rag, let because):
            action.rag = rag
            warnings.append(ImportWarning(row: row, message: "RAG '\(Excerpt.of(text))': \(because)"))
            if rag == .green, CellWords.status(text) == .complete || ["blue", "b"].contains(text.lowercased()) {
                action.status = .complete
            }
        case .unrecognised:
            action.rag = .unrated
            warnings.append(ImportWarning(row: row, message: "RAG '\(Excerpt.of(text))' is not Red, Amber or Green; imported as not rated"))
        }
    }

    private mutating func readStatus(row: [String], into action: inout Action, number: Int) {
        let statusText = cell(row, .status)
        if !statusText.isEmpty {
            if let status = CellWords.status(statusText) {
                action.status = status
            } else {
                warnings.append(ImportWarning(row: number, message: "status '\(Excerpt.of(statusText))' is not one planboard knows; imported as \(action.status.word)"))
            }
        } else if let status = CellWords.status(action.deadline) {
            action.status = status
        }
    }

    /// Leads as listed: split at commas, semicolons and line breaks; `/` is kept (`DH&SCP / CC`).
    static func splitLeads(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" }).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
