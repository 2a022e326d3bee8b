/// Builds outcomes and actions row by row, carrying merged (blank) cells down from above.
///
/// Besides action rows it reads the rows a pasted table has between them: an outcome's title,
/// its description on the row below, and priority-area sub-headings (`1.1 Work with carers…`).
/// Refs are left as the sheet gives them (blank ones carried down from a merged cell above);
/// `RefNumbering` makes them unique once every row is read.
struct PlanBuilder {
    let mapping: HeaderMapping
    let width: Int
    private(set) var outcomes: [Outcome] = []
    private(set) var warnings: [ImportWarning] = []
    private(set) var actionCount = 0
    /// The spreadsheet row each action came from, by id, for warnings made after the build.
    private(set) var rowOf: [Action.ID: Int] = [:]
    /// How many blank ref cells took the ref above them (merged cells).
    private(set) var refsCarriedDown = 0
    /// Actions with no status in the sheet, whose status was read from their rating.
    private(set) var statusesFromRating = 0
    /// The outcome cell text each outcome was made from, in step with `outcomes`.
    private var keys: [String] = []
    /// The row each outcome started on, in step with `outcomes`.
    private(set) var outcomeRows: [Int] = []
    private var current: Int?
    private var areaNumber = ""
    private var areaText = ""
    private var refAbove = ""
    private var warnedNoOutcome = false
    /// True once a heading row has made an outcome: refs then no longer group the rows.
    private var outcomesFromHeadings = false

    init(mapping: HeaderMapping, width: Int) {
        self.mapping = mapping
        self.width = width
    }

    /// The text of `field` in `row`: cleaned, and with the apostrophe `planboard export` puts
    /// before a would-be formula taken off again (`FormulaGuard`).
    private func cell(_ row: [String], _ field: PlanField) -> String {
        guard let i = mapping.column(for: field), i < row.count else { return "" }
        return FormulaGuard.restored(row[i])
    }

    private static let details: [PlanField] = [.lead, .deadline, .measure, .progress, .rag, .status]

    mutating func add(row: [String], number: Int) {
        guard row.contains(where: { !$0.isEmpty }) else { return }
        if row.count > width, row[width...].contains(where: { !$0.isEmpty }) {
            warnings.append(ImportWarning(row: number, message: "cells beyond the last header column were ignored"))
        }
        let text = cell(row, .action)
        let hasDetail = Self.details.contains { !cell(row, $0).isEmpty }
        let filled = row.indices.prefix(width).filter { !row[$0].isEmpty }
        if filled.count == 1, !hasDetail, readHeading(row[filled[0]], field: mapping.columns[filled[0]].field, number: number) {
            return
        }

        let outcomeText = cell(row, .outcome)
        let areaCell = cell(row, .area)
        let areaTextCell = cell(row, .areaText)
        if mapping.column(for: .outcome) != nil {
            if !outcomeText.isEmpty { selectOutcome(key: outcomeText, row: number) }
        } else if !outcomesFromHeadings {
            let ref = cell(row, .ref)
            let key = CellWords.leadingNumber(areaCell.isEmpty ? ref : areaCell).split(separator: ".").first.map(String.init) ?? ""
            if !key.isEmpty { selectOutcome(key: "Outcome \(key)", inferred: true, row: number) }
        }
        if !areaCell.isEmpty, areaCell != areaNumber {
            areaNumber = areaCell
            areaText = ""
            refAbove = ""
        }
        if !areaTextCell.isEmpty { areaText = areaTextCell }
        if let current, outcomes[current].description.isEmpty {
            outcomes[current].description = cell(row, .outcomeDescription)
        }
        var ref = cell(row, .ref)
        guard !text.isEmpty || hasDetail || !ref.isEmpty else { return }
        if text.isEmpty {
            warnings.append(ImportWarning(row: number, message: "no action text; imported with the other cells"))
        }
        if current == nil {
            if !warnedNoOutcome {
                warnings.append(ImportWarning(row: number, message: "no outcome above this row; put under 'Actions'"))
                warnedNoOutcome = true
            }
            selectOutcome(key: "Actions", row: number)
        }
        if mapping.column(for: .ref) != nil {
            if ref.isEmpty, !refAbove.isEmpty {
                ref = refAbove
                refsCarriedDown += 1
            }
            refAbove = ref
        }
        var action = Action(
            id: Action.ID("a\(actionCount + 1)"),
            ref: ref,
            text: text,
            area: [areaNumber, areaText].filter { !$0.isEmpty }.joined(separator: " "),
            leads: LeadList.split(cell(row, .lead)),
            deadline: cell(row, .deadline),
            measure: cell(row, .measure),
            progress: cell(row, .progress))
        let ragStatus = readRAG(cell(row, .rag), into: &action, row: number)
        readStatus(row: row, into: &action, number: number, fromRating: ragStatus)
        outcomes[current!].actions.append(action)
        rowOf[action.id] = number
        actionCount += 1
    }

    /// Reads a row holding one piece of text, in the column of `field`: an outcome's title
    /// (`Outcome 2: …` even in the action column), its description, or a priority area. False
    /// when the row is something else, such as an action with no other cells.
    private mutating func readHeading(_ text: String, field: PlanField?, number: Int) -> Bool {
        if field == .action {
            guard isKeywordOutcome(text) else { return false }
            startOutcome(key: text, number: number)
            return true
        }
        guard field == nil || field == .outcome || (field == .ref && !CellWords.looksLikeRef(text)) else { return false }
        switch HeadingRow.kind(of: text) {
        case .area(let number, let title):
            guard current != nil else { return false }
            areaNumber = number
            areaText = title
            refAbove = ""
            return true
        case .prose:
            if let current, outcomes[current].actions.isEmpty, outcomes[current].description.isEmpty,
               keys[current] != text, HeadingRow.readsAsDescription(text) {
                outcomes[current].description = text
                return true
            }
            startOutcome(key: text, number: number)
            return true
        case .outcome:
            startOutcome(key: text, number: number)
            return true
        }
    }

    /// True for `Outcome 2: …`, `Priority 3 - …`: a title wherever it sits in the row.
    private func isKeywordOutcome(_ text: String) -> Bool {
        let first = HeaderText.words(text).first ?? ""
        return ["outcome", "priority", "theme", "objective", "aim", "goal", "workstream"].contains(first)
            && !PlanImporter.splitOutcome(text).number.isEmpty
    }

    /// An outcome met as a heading row: made current, and from then on the outcome of the rows below.
    private mutating func startOutcome(key: String, number: Int) {
        if mapping.column(for: .outcome) == nil { outcomesFromHeadings = true }
        selectOutcome(key: key, row: number)
    }

    private mutating func selectOutcome(key: String, inferred: Bool = false, row: Int) {
        if let i = keys.firstIndex(of: key) {
            if i != current { areaNumber = ""; areaText = ""; refAbove = "" }
            current = i
            return
        }
        if inferred && outcomes.isEmpty {
            warnings.append(ImportWarning(row: row, message: "no outcome column: actions grouped by the first number of their ref"))
        }
        // A title cell with line breaks carries the description below its first line.
        let lines = key.split(separator: "\n", maxSplits: 1).map(String.init)
        let (number, title) = inferred ? (String(key.dropFirst("Outcome ".count)), key) : PlanImporter.splitOutcome(lines[0])
        keys.append(key)
        outcomeRows.append(row)
        outcomes.append(Outcome(id: Outcome.ID("o\(outcomes.count + 1)"), number: number, title: title,
                                description: lines.count > 1 ? lines[1].trimmingWhitespace() : ""))
        current = outcomes.count - 1
        areaNumber = ""
        areaText = ""
        refAbove = ""
    }

    /// Reads the rating; returns the status it implies (Blue and `Complete` mean complete).
    private mutating func readRAG(_ text: String, into action: inout Action, row: Int) -> Status? {
        switch CellWords.rag(text) {
        case .rating(let rag):
            action.rag = rag
            return rag == .blue ? .complete : nil
        case .mapped(let rag, let because):
            action.rag = rag
            warnings.append(ImportWarning(row: row, message: "RAG '\(Excerpt.of(text))': \(because)"))
            return StatusWords.word(text) == .complete ? .complete : nil
        case .unrecognised:
            action.rag = .unrated
            warnings.append(ImportWarning(row: row, message: "RAG '\(Excerpt.of(text))' is not Red, Amber, Green or Blue; imported as not rated"))
            return nil
        }
    }

    /// Reads the status from a status column, or from status words in the deadline column
    /// (`In development`, which is then no deadline). The plan's words are kept beside the status
    /// unless they are planboard's own; with no status at all, a rated action is In progress.
    private mutating func readStatus(row: [String], into action: inout Action, number: Int, fromRating: Status?) {
        let statusCell = cell(row, .status)
        var known = false
        if let fromRating {
            action.status = fromRating
            known = true
        }
        if !statusCell.isEmpty {
            if let status = StatusWords.phrase(statusCell) {
                action.status = status
                action.statusText = StatusWords.asWritten(statusCell, for: status)
            } else {
                action.status = known ? action.status : Self.status(rated: action.rag)
                action.statusText = statusCell
                warnings.append(ImportWarning(row: number, message: "status '\(Excerpt.of(statusCell))' is not one planboard knows; "
                    + "shown as written and counted as \(action.status.word) until a status is chosen"))
            }
            known = true
        }
        let deadline = action.deadline
        if !deadline.isEmpty, !known {
            if StatusWords.isTimescaleWord(deadline) {
                action.status = .ongoing
                known = true
            } else if DeadlineParser.parse(deadline).due == nil, let status = StatusWords.phrase(deadline, maxWords: 8) {
                action.deadline = ""
                action.status = status
                action.statusText = StatusWords.asWritten(deadline, for: status)
                known = true
            }
        }
        if !known, action.rag != .unrated {
            action.status = Self.status(rated: action.rag)
            statusesFromRating += 1
        }
    }

    /// The status an action with no status words has, going by its rating: a rated action is
    /// under way, a Blue one complete, an unrated one not started.
    static func status(rated rag: RAG) -> Status {
        switch rag {
        case .red, .amber, .green: .inProgress
        case .blue: .complete
        case .unrated: .notStarted
        }
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
