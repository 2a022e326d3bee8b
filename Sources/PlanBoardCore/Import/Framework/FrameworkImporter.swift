/// Adds an indicator sheet or a risk register to an existing plan (`planboard import SHEET --into
/// PLAN.json`): the sheet is recognised by its header, read, and each indicator or risk is added,
/// or updated when the plan already has it (same ref, else same name or title). Every figure or
/// level that changes is recorded in the indicator's or risk's history, as a change on the board is.
public enum FrameworkImporter {
    /// When and by whom the import is recorded, and the file named in the history.
    public struct Stamp: Equatable, Sendable {
        public var at: Timestamp
        public var who: String?
        public var sourceName: String

        public init(at: Timestamp, who: String?, sourceName: String) {
            self.at = at
            self.who = who
            self.sourceName = sourceName
        }
    }

    public static func importInto(_ plan: Plan, csv bytes: [UInt8], stamp: Stamp) throws(FrameworkImportError) -> FrameworkImportResult {
        let table: CSVTable
        do { table = try CSVReader.read(bytes) } catch { throw .csv(error) }
        return try importInto(plan, table: table, stamp: stamp)
    }

    /// Reads `table` and adds what it holds to `plan`. Throws, changing nothing, when the sheet is
    /// not recognised or a cell that must hold a figure or a level cannot be read.
    public static func importInto(_ plan: Plan, table: CSVTable, stamp: Stamp) throws(FrameworkImportError) -> FrameworkImportResult {
        let sheet = try FrameworkSheet.read(table)
        var plan = plan
        var report = FrameworkImportReport(kind: sheet.kind, encoding: table.encoding, separator: table.separator,
                                           headerRow: sheet.headerIndex + 1, columns: sheet.columns)
        switch sheet.kind {
        case .indicatorsWide, .indicatorsLong:
            let reader = try IndicatorSheetReader(sheet: sheet, plan: plan)
            report.warnings = reader.warnings
            for imported in reader.indicators {
                report.entries.append(merge(imported, into: &plan, stamp: stamp))
            }
            report.periodsRead = Set(reader.indicators.flatMap { $0.indicator.periods.map(\.period) }).count
        case .risks:
            let reader = try RiskRegisterReader(sheet: sheet, plan: plan)
            report.warnings = reader.warnings
            for imported in reader.risks {
                report.entries.append(merge(imported, into: &plan, stamp: stamp))
            }
        }
        return FrameworkImportResult(plan: plan, report: report)
    }

    private static func change(_ field: Change.Field, _ from: String, _ to: String, _ stamp: Stamp) -> Change {
        Change(at: stamp.at, field: field, from: from, to: to, reason: "Imported from \(stamp.sourceName)", who: stamp.who)
    }

    // MARK: Indicators

    private static func merge(_ imported: ImportedIndicator, into plan: inout Plan, stamp: Stamp) -> FrameworkImportReport.Entry {
        let new = imported.indicator
        let label = new.ref.isEmpty ? new.name : "\(new.ref) \(new.name)"
        guard let index = plan.indicators.firstIndex(where: { FrameworkMatch.same(ref: new.ref, name: new.name, as: $0.ref, $0.name) }) else {
            var indicator = new
            indicator.id = plan.nextIndicatorID()
            for i in indicator.periods.indices where indicator.periods[i].actual != nil || indicator.periods[i].notAvailable {
                indicator.periods[i].enteredAt = stamp.at
                indicator.periods[i].who = stamp.who
            }
            indicator.history = [change(.created, "", indicator.name, stamp)]
            plan.indicators.append(indicator)
            return .init(row: imported.row, name: label, action: .added, changes: indicator.periods.count)
        }
        var old = plan.indicators[index]
        var changes: [Change] = []
        if old.name != new.name, !new.name.isEmpty, !new.ref.isEmpty {
            changes.append(change(.name, old.name, new.name, stamp)); old.name = new.name
        }
        if old.ref.isEmpty, !new.ref.isEmpty { old.ref = new.ref }
        let given = imported.given
        if given.contains(.unit) { old.unit = new.unit }
        if given.contains(.better) { old.better = new.better }
        if given.contains(.frequency) || old.periods.isEmpty { old.frequency = new.frequency }
        if given.contains(.source) { old.source = new.source }
        if given.contains(.owner), old.owner != new.owner { changes.append(change(.owner, old.owner, new.owner, stamp)); old.owner = new.owner }
        if given.contains(.outcomes) { old.outcomes = new.outcomes }
        if given.contains(.baseline) { old.baseline = new.baseline }
        let text = { (value: Double?) in value.map { IndicatorValueText.text($0, unit: old.unit) } ?? "none" }
        for period in new.periods {
            guard let p = old.periods.firstIndex(where: { FrameworkMatch.samePeriod($0.period, period.period) }) else {
                var added = period
                if added.actual != nil || added.notAvailable { added.enteredAt = stamp.at; added.who = stamp.who }
                old.periods.append(added)
                if let actual = added.actual { changes.append(change(.actual, "\(period.period): none", "\(period.period): \(text(actual))", stamp)) }
                if let target = added.target { changes.append(change(.target, "\(period.period): none", "\(period.period): \(text(target))", stamp)) }
                if let stretch = added.stretch { changes.append(change(.stretch, "\(period.period): none", "\(period.period): \(text(stretch))", stamp)) }
                if added.notAvailable { changes.append(change(.actual, "\(period.period): none", "\(period.period): not yet available", stamp)) }
                continue
            }
            var mine = old.periods[p]
            let valueText = { (q: IndicatorPeriod) in q.notAvailable ? "not yet available" : text(q.actual) }
            if (period.actual != nil || period.notAvailable), period.actual != mine.actual || period.notAvailable != mine.notAvailable {
                changes.append(change(.actual, "\(mine.period): \(valueText(mine))", "\(mine.period): \(valueText(period))", stamp))
                mine.actual = period.actual
                mine.notAvailable = period.notAvailable
                mine.enteredAt = stamp.at
                mine.who = stamp.who
                mine.meeting = nil
            }
            if let target = period.target, target != mine.target {
                changes.append(change(.target, "\(mine.period): \(text(mine.target))", "\(mine.period): \(text(target))", stamp))
                mine.target = target
            }
            if let stretch = period.stretch, stretch != mine.stretch {
                changes.append(change(.stretch, "\(mine.period): \(text(mine.stretch))", "\(mine.period): \(text(stretch))", stamp))
                mine.stretch = stretch
            }
            if !period.note.isEmpty { mine.note = period.note }
            old.periods[p] = mine
        }
        old.history += changes
        plan.indicators[index] = old
        return .init(row: imported.row, name: label, action: changes.isEmpty ? .unchanged : .updated, changes: changes.count)
    }

    // MARK: Risks

    private static func merge(_ imported: ImportedRisk, into plan: inout Plan, stamp: Stamp) -> FrameworkImportReport.Entry {
        let new = imported.risk
        let label = new.ref.isEmpty ? new.title : "\(new.ref) \(new.title)"
        guard let index = plan.risks.firstIndex(where: { FrameworkMatch.same(ref: new.ref, name: new.title, as: $0.ref, $0.title) }) else {
            var risk = new
            risk.id = plan.nextRiskID()
            risk.history = [change(.created, "", risk.title, stamp)]
            plan.risks.append(risk)
            return .init(row: imported.row, name: label, action: .added, changes: 0)
        }
        var old = plan.risks[index]
        var changes: [Change] = []
        let bands = plan.riskBands
        if old.title != new.title, !new.ref.isEmpty, !new.title.isEmpty {
            changes.append(change(.name, old.title, new.title, stamp)); old.title = new.title
        }
        if old.ref.isEmpty, !new.ref.isEmpty { old.ref = new.ref }
        let texts: [(ImportedRisk.Field, WritableKeyPath<Risk, String>, Change.Field)] = [
            (.description, \.description, .description), (.category, \.category, .category), (.owner, \.owner, .owner),
            (.mitigation, \.mitigation, .mitigation), (.recommendation, \.recommendation, .recommendation),
            (.reviewDate, \.reviewDate, .reviewDate),
        ]
        for (given, path, field) in texts where imported.given.contains(given) && old[keyPath: path] != new[keyPath: path] {
            changes.append(change(field, old[keyPath: path], new[keyPath: path], stamp))
            old[keyPath: path] = new[keyPath: path]
        }
        for (kind, given, field) in [(RiskLevelKind.inherent, ImportedRisk.Field.inherent, Change.Field.inherent),
                                     (.residual, .residual, .residual), (.planned, .planned, .planned)]
            where imported.given.contains(given) && old.level(kind) != new.level(kind) {
            changes.append(change(field, old.level(kind)?.shortText(bands: bands) ?? "none", new.level(kind)?.shortText(bands: bands) ?? "none", stamp))
            old.setLevel(kind, to: new.level(kind))
        }
        if imported.given.contains(.actions), old.actions != new.actions {
            let actions = plan.allActions
            let refs = { (ids: [Action.ID]) in
                ids.compactMap { id in actions.first { $0.id == id }?.ref }.joined(separator: ", ")
            }
            changes.append(change(.mitigation, "Linked actions: \(refs(old.actions).isEmpty ? "none" : refs(old.actions))",
                                  "Linked actions: \(refs(new.actions).isEmpty ? "none" : refs(new.actions))", stamp))
            old.actions = new.actions
        }
        old.history += changes
        plan.risks[index] = old
        return .init(row: imported.row, name: label, action: changes.isEmpty ? .unchanged : .updated, changes: changes.count)
    }
}

/// The plan with the sheet added, and the report of how it was read.
public struct FrameworkImportResult: Equatable, Sendable {
    public var plan: Plan
    public var report: FrameworkImportReport
}
