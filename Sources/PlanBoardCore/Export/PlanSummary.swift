import Foundation

/// Counts for a quick look at a plan: RAG and status per outcome, what is overdue or due soon,
/// and what changed since a date. Removed actions are not counted (except in `removed`).
public struct PlanSummary: Equatable, Sendable {
    /// One action named in a list (overdue, due soon).
    public struct Item: Codable, Equatable, Sendable {
        public var outcome: String
        public var ref: String
        public var text: String
        public var deadline: String
    }

    /// One outcome's counts.
    public struct OutcomeCounts: Codable, Equatable, Sendable {
        public var number: String
        public var title: String
        public var actions: Int
        public var rag: RAGCounts
        /// Counts keyed by status as stored in the plan file (`not-started`, `complete`…).
        public var status: [String: Int]
        public var overdue: Int
        public var dueSoon: Int
    }

    public var title: String
    public var today: Day
    public var since: Day?
    public var perOutcome: [OutcomeCounts]
    public var rag: RAGCounts
    public var status: [String: Int]
    public var overdue: [Item]
    public var dueSoon: [Item]
    public var removed: Int
    public var changes: [PlanChange]
    /// Indicators, risks and milestones; lines in the text only when the plan has some.
    public var framework: FrameworkSummary
    private var frameworkLines: [String]

    /// Works out the counts for `plan` as of `today`.
    public init(_ plan: Plan, today: Day, options: ReportOptions = ReportOptions()) {
        title = plan.title
        self.today = today
        since = options.since
        var overdue: [Item] = [], dueSoon: [Item] = []
        perOutcome = plan.outcomes.map { outcome in
            let actions = outcome.activeActions
            var counts = OutcomeCounts(number: outcome.number, title: outcome.title, actions: actions.count,
                                       rag: RAGCounts(actions), status: Self.statusCounts(actions), overdue: 0, dueSoon: 0)
            for action in actions {
                let item = Item(outcome: outcome.number, ref: action.ref, text: action.text, deadline: action.deadline)
                switch action.urgency(today: today, soonDays: options.soonDays) {
                case .overdue: counts.overdue += 1; overdue.append(item)
                case .dueSoon: counts.dueSoon += 1; dueSoon.append(item)
                case .none: break
                }
            }
            return counts
        }
        let active = plan.outcomes.flatMap(\.activeActions)
        rag = RAGCounts(active)
        status = Self.statusCounts(active)
        self.overdue = overdue
        self.dueSoon = dueSoon
        removed = plan.allActions.count - active.count
        changes = options.since.map { plan.changes(since: $0) } ?? []
        framework = FrameworkSummary(plan, today: today)
        frameworkLines = framework.lines(plan)
    }

    private static func statusCounts(_ actions: [Action]) -> [String: Int] {
        var counts = Dictionary(uniqueKeysWithValues: Status.allCases.map { ($0.rawValue, 0) })
        for action in actions { counts[action.status.rawValue, default: 0] += 1 }
        return counts
    }

    /// Actions on the plan, removed ones excluded.
    public var actions: Int { rag.total }

    /// The summary for people: totals, a table per outcome, the overdue and due-soon lists, changes.
    public var text: String {
        var lines = ["\(title): summary on \(today.longText)",
                     "\(actions) actions in \(perOutcome.count) outcomes: \(rag.text). "
                        + "\(overdue.count) overdue, \(dueSoon.count) due soon" + (removed > 0 ? "; \(removed) removed." : "."),
                     "Status: " + Status.allCases.map { "\(status[$0.rawValue] ?? 0) \($0.word.lowercased())" }.joined(separator: ", ") + "."]
            + frameworkLines + [""]
        let brag = rag.blue > 0  // a Blue column only for plans that rate with BRAG
        let rows = perOutcome.enumerated().map { i, o in
            [o.number.isEmpty ? "\(i + 1)" : o.number, o.title.count > 34 ? String(o.title.prefix(33)) + "…" : o.title,
             "\(o.actions)", "\(o.rag.red)", "\(o.rag.amber)", "\(o.rag.green)"] + (brag ? ["\(o.rag.blue)"] : [])
            + ["\(o.rag.unrated)", "\(o.status[Status.complete.rawValue] ?? 0)", "\(o.overdue)", "\(o.dueSoon)"]
        }
        lines += Self.table(header: ["", "Outcome", "Actions", "Red", "Amber", "Green"] + (brag ? ["Blue"] : [])
                                + ["Unrated", "Complete", "Overdue", "Due soon"],
                            rows: rows)
        for (name, items) in [("Overdue", overdue), ("Due soon", dueSoon)] where !items.isEmpty {
            lines += ["", "\(name):"]
            lines += items.map { "  \($0.ref.isEmpty ? "-" : $0.ref)  \($0.deadline)  \(Self.oneLine($0.text, 70))" }
        }
        if let since {
            lines += ["", "Changes since \(since.longText): \(changes.count)"]
            // An indicator's or a risk's change as a committee sentence (`PI3 Carers feeling supported: 2023/24 actual 31.6% recorded`).
            lines += changes.map { entry in
                let what = entry.kind == .action ? "\(entry.ref)  \(Self.oneLine(entry.summary, 80))" : Self.oneLine(entry.sentence, 100)
                return "  \(entry.change.at.day().isoText)  \(what)\(entry.who.map { " (\($0))" } ?? "")"
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func oneLine(_ text: String, _ limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }

    private static func table(header: [String], rows: [[String]]) -> [String] {
        let widths = header.indices.map { c in ([header] + rows).map { $0[c].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let joined = cells.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return c <= 1 ? cell + pad : pad + cell
            }.joined(separator: "  ")
            return String(joined.reversed().drop { $0 == " " }.reversed())
        }
        return [line(header)] + rows.map(line)
    }

    /// The machine-readable form: `outcomes`, `actions`, `rag`, `perOutcome` (in plan order)
    /// and more; keys sorted so the output is stable.
    public var json: String {
        struct Change: Codable {
            var date: String, ref: String, action: String, field: String, from: String, to: String, reason: String?
            var who: String?
            /// `action`, `workstream`, `indicator` or `risk`, with the change as a report words it.
            var kind: String, summary: String
        }
        struct Document: Codable {
            var title: String, today: String, since: String?
            var outcomes: Int, actions: Int, removed: Int
            var rag: RAGCounts, status: [String: Int]
            var overdue: Int, dueSoon: Int, overdueActions: [Item], dueSoonActions: [Item]
            var perOutcome: [OutcomeCounts]
            var changes: [Change]?
            var indicators: [FrameworkSummary.IndicatorLine]
            var risks: [FrameworkSummary.RiskLine]
            var milestones: FrameworkSummary.MilestoneCounts
        }
        let document = Document(
            title: title, today: today.isoText, since: since?.isoText, outcomes: perOutcome.count, actions: actions,
            removed: removed, rag: rag, status: status, overdue: overdue.count, dueSoon: dueSoon.count,
            overdueActions: overdue, dueSoonActions: dueSoon, perOutcome: perOutcome,
            changes: since == nil ? nil : changes.map {
                Change(date: $0.change.at.description, ref: $0.ref, action: $0.actionText, field: $0.change.field.rawValue,
                       from: $0.change.from, to: $0.change.to, reason: $0.change.reason, who: $0.who,
                       kind: $0.isWorkstream ? "workstream" : $0.kind.rawValue, summary: $0.summary)
            }, indicators: framework.indicators, risks: framework.risks, milestones: framework.milestones)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
