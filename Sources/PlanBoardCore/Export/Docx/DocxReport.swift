/// The plan as a Word document a committee clerk can put straight into the papers.
///
/// A4 landscape: the title, a summary with the RAG counts of each outcome in a table and a bar
/// chart, a key,
/// then each outcome under its heading with its description and a table of its actions (the
/// header row repeated on every page, rows kept whole, RAG as a word on its colour, overdue
/// and due-soon deadlines marked in words), and the changes since `--since`. Every field of
/// an action has its own column, so `planboard import` reads the document back to the same
/// plan. Pure: the same plan, day and options always give the same bytes.
public enum DocxReport {
    public static func render(_ plan: Plan, today: Day, options: ReportOptions = ReportOptions()) -> [UInt8] {
        DocxPackage(title: plan.title, body: body(plan, today: today, options: options),
                    footer: "\(plan.title) — progress report, \(today.longText)", orientation: .landscape).bytes()
    }

    static func body(_ plan: Plan, today: Day, options: ReportOptions) -> String {
        let urgency = { (action: Action) in action.urgency(today: today, soonDays: options.soonDays) }
        let active = plan.outcomes.flatMap(\.activeActions)
        let overdue = active.filter { urgency($0) == .overdue }.count
        let soon = active.filter { urgency($0) == .dueSoon }.count

        var xml = WordML.paragraphs(plan.title, style: "Title")
        let about = [plan.owner, plan.period.isEmpty ? "" : "Plan period \(plan.period)"].filter { !$0.isEmpty }
        if !about.isEmpty { xml += WordML.paragraphs(about.joined(separator: " · "), style: "Subtitle") }
        xml += WordML.paragraphs("Progress report, \(today.longText)", style: "Subtitle")

        xml += WordML.paragraphs("Summary", style: "Heading1")
        xml += WordML.paragraph([
            ("\(active.count) action\(active.count == 1 ? "" : "s")", .bold),
            (" across \(plan.outcomes.count) outcome\(plan.outcomes.count == 1 ? "" : "s"): \(RAGCounts(active).text). ", .plain),
            ("\(overdue) overdue", .bold),
            (", \(soon) due in the next \(options.soonDays) days.", .plain),
        ])
        let brag = active.contains { $0.rag == .blue }
        xml += summaryTable(plan, brag: brag, urgency: urgency)
        xml += WordML.paragraphs("RAG ratings of the actions in each outcome", style: "Note", look: .bold)
        xml += DocxRAGChart.table(labels: plan.outcomes.enumerated().map { $1.number.isEmpty ? "Outcome \($0 + 1)" : "Outcome \($1.number)" },
                                  counts: plan.outcomes.map { RAGCounts($0.activeActions) }, width: DocxPackage.textWidth(.landscape))
        xml += WordML.paragraph([("Key. ", .bold), ("Red: off track, needs the partnership’s attention. Amber: some slippage "
            + "or risk, being managed. Green: on track\(brag ? ". Blue: complete" : " or complete"). Not rated: no rating given yet. "
            + "Overdue: the deadline has passed and the action is not complete. Due soon: due within \(options.soonDays) days.", .plain)],
            style: "Note")

        let columns = ActionColumns(plan)
        for outcome in plan.outcomes {
            xml += WordML.paragraphs(outcome.reportHeading, style: "Heading1")
            if !outcome.description.isEmpty { xml += WordML.paragraphs(outcome.description) }
            let actions = outcome.activeActions
            xml += columns.table(actions, urgency: urgency)
            if actions.isEmpty { xml += WordML.paragraphs("No actions yet.", style: "Note", look: .italic) }
            // After the actions, so reading the report back finds each actions table under its heading.
            xml += WorkstreamMilestoneReport.docx(outcome, today: today, width: DocxPackage.textWidth(.landscape))
        }
        xml += framework(plan, today: today)
        if let since = options.since { xml += changes(plan.changes(since: since), since: since) }
        xml += WordML.paragraphs("Produced with planboard on \(today.longText). RAG ratings are as agreed by the partnership; "
            + "deadlines are shown as written in the plan.", style: "Note", look: .italic)
        return xml
    }

    /// Outcome | Actions | Red | Amber | Green | (Blue) | Not rated | Overdue, with a total row;
    /// Blue only for plans that rate with it. The RAG columns are headed by their colour; counts
    /// above zero are shaded in it too.
    static func summaryTable(_ plan: Plan, brag: Bool, urgency: (Action) -> Urgency) -> String {
        let order: [RAG] = brag ? [.red, .amber, .green, .blue, .unrated] : [.red, .amber, .green, .unrated]
        let width = DocxPackage.textWidth(.landscape)
        let widths = WordML.fit([5200, 1100] + order.map { _ in 1100 } + [1100], to: width)
        let header = [WordML.Cell("Outcome", style: "TableHeading"), WordML.Cell("Actions", style: "TableHeading")]
            + order.map { rag in WordML.Cell(rag.word, look: WordML.Look(bold: true, colour: rag.wordInk), fill: rag.wordFill, style: "TableHeading") }
            + [WordML.Cell("Overdue", style: "TableHeading")]
        func row(_ name: String, _ actions: [Action], look: WordML.Look) -> [WordML.Cell] {
            let counts = RAGCounts(actions)
            return [WordML.Cell(name, look: look), WordML.Cell("\(actions.count)", look: look)]
                + order.map { rag in
                    counts[rag] > 0
                        ? WordML.Cell("\(counts[rag])", look: WordML.Look(bold: true, colour: rag.wordInk), fill: rag.wordFill)
                        : WordML.Cell("0", look: look)
                }
                + [WordML.Cell("\(actions.filter { urgency($0) == .overdue }.count)", look: look)]
        }
        var rows = plan.outcomes.map { row($0.reportHeading, $0.activeActions, look: .plain) }
        rows.append(row("All outcomes", plan.outcomes.flatMap(\.activeActions), look: .bold))
        return WordML.table(widths: widths, header: header, rows: rows)
    }

    static func changes(_ changes: [PlanChange], since: Day) -> String {
        let xml = WordML.paragraphs("Changes since \(since.longText)", style: "Heading1")
        guard !changes.isEmpty else { return xml + WordML.paragraphs("No changes recorded.", look: .italic) }
        // "Changed on", not "Date": this table lists changes, and must not read as a plan table.
        let who = changes.sayWho
        let widths = WordML.fit([1300, 900, 5200, 4400] + (who ? [1500] : []) + [3000], to: DocxPackage.textWidth(.landscape))
        let header = (["Changed on", "Ref", changes.itemHeading, "Change"] + (who ? ["By"] : []) + ["Reason"])
            .map { WordML.Cell($0, style: "TableHeading") }
        let rows = changes.map { entry in
            [WordML.Cell(entry.change.at.day().shortText), WordML.Cell(entry.ref), WordML.Cell(entry.actionText),
             WordML.Cell(entry.summary)] + (who ? [WordML.Cell(entry.who ?? "")] : []) + [WordML.Cell(entry.change.reason ?? "")]
        }
        return xml + WordML.table(widths: widths, header: header, rows: rows)
    }
}

/// The columns of the outcome tables: every field of an action, with the priority area and
/// measure of success only when some action in the plan has one.
struct ActionColumns {
    enum Column: CaseIterable {
        case ref, area, action, lead, deadline, flag, measure, progress, rag, status

        var title: String {
            switch self {
            case .ref: "Ref"
            case .area: "Priority area"
            case .action: "Action"
            case .lead: "Lead"
            case .deadline: "Deadline"
            case .flag: "Overdue / due soon"
            case .measure: "Measure of success"
            case .progress: "Progress"
            case .rag: "RAG"
            case .status: "Status"
            }
        }

        var weight: Int {
            switch self {
            case .ref: 800
            case .area: 1700
            case .action: 3400
            case .lead: 1300
            case .deadline: 1300
            case .flag: 1250
            case .measure: 2100
            case .progress: 3000
            case .rag: 1100
            case .status: 1350
            }
        }
    }

    let columns: [Column]
    let widths: [Int]

    init(_ plan: Plan) {
        let actions = plan.outcomes.flatMap(\.activeActions)
        columns = Column.allCases.filter { column in
            switch column {
            case .area: actions.contains { !$0.area.isEmpty }
            case .measure: actions.contains { !$0.measure.isEmpty }
            default: true
            }
        }
        widths = WordML.fit(columns.map(\.weight), to: DocxPackage.textWidth(.landscape))
    }

    func table(_ actions: [Action], urgency: (Action) -> Urgency) -> String {
        let header = columns.map { WordML.Cell($0.title, style: "TableHeading") }
        let rows = actions.map { action in columns.map { cell($0, action, urgency: urgency(action)) } }
        return WordML.table(widths: widths, header: header, rows: rows)
    }

    private func cell(_ column: Column, _ action: Action, urgency: Urgency) -> WordML.Cell {
        switch column {
        case .ref: WordML.Cell(action.ref)
        case .area: WordML.Cell(action.area)
        case .action: WordML.Cell(action.text)
        case .lead: WordML.Cell(action.leadsText)
        case .deadline: WordML.Cell(action.deadline)
        case .flag:
            switch urgency {
            case .overdue: WordML.Cell("Overdue", look: WordML.Look(bold: true, colour: "B3261E"))
            case .dueSoon: WordML.Cell("Due soon", look: .bold)
            case .none: WordML.Cell("")
            }
        case .measure: WordML.Cell(action.measure)
        case .progress: WordML.Cell(action.progress)
        case .rag: action.rag.wordCell
        case .status: WordML.Cell(action.statusWord)
        }
    }
}
