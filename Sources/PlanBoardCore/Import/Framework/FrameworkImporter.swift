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

    public static func importInto(_ plan: Plan, csv bytes: [UInt8], stamp: Stamp, force: Bool = false) throws(FrameworkImportError) -> FrameworkImportResult {
        let table: CSVTable
        do { table = try CSVReader.read(bytes) } catch { throw .csv(error) }
        return try importInto(plan, table: table, stamp: stamp, force: force)
    }

    /// Reads `table` and adds what it holds to `plan`. Throws, changing nothing, when the sheet is
    /// not recognised or a cell that must hold a figure or a level cannot be read. A figure or level
    /// the board or a meeting recorded is kept, and reported, unless `force`; a blank or "not
    /// available" cell never replaces a recorded value without it.
    ///
    /// `numbers` holds the full numbers behind cells whose text rounds them (an Excel `0%` cell
    /// showing 0.316 as `32%`): figures are taken from them, so nothing is lost to the rounding.
    public static func importInto(_ plan: Plan, table: CSVTable, numbers: CellNumbers = CellNumbers(), stamp: Stamp,
                                  force: Bool = false) throws(FrameworkImportError) -> FrameworkImportResult {
        let sheet = try FrameworkSheet.read(table, numbers: numbers)
        var plan = plan
        var report = FrameworkImportReport(kind: sheet.kind, encoding: table.encoding, separator: table.separator,
                                           headerRow: sheet.headerIndex + 1, columns: sheet.columns)
        switch sheet.kind {
        case .indicatorsWide, .indicatorsLong:
            let reader = try IndicatorSheetReader(sheet: sheet, plan: plan)
            report.warnings = reader.warnings
            for imported in reader.indicators {
                report.entries.append(merge(imported, into: &plan, stamp: stamp, force: force))
            }
            report.periodsRead = Set(reader.indicators.flatMap { $0.indicator.periods.map(\.period) }).count
            report.exactFigures = sheet.roundedFigures()
        case .risks:
            let reader = try RiskRegisterReader(sheet: sheet, plan: plan)
            report.warnings = reader.warnings
            for imported in reader.risks {
                report.entries.append(merge(imported, into: &plan, stamp: stamp, force: force))
            }
        }
        return FrameworkImportResult(plan: plan, report: report)
    }

    private static func change(_ field: Change.Field, _ from: String, _ to: String, _ stamp: Stamp) -> Change {
        Change(at: stamp.at, field: field, from: from, to: to, reason: RecordedOrigin.importReasonPrefix + stamp.sourceName, who: stamp.who)
    }

    // MARK: Indicators

    private static func merge(_ imported: ImportedIndicator, into plan: inout Plan, stamp: Stamp, force: Bool) -> FrameworkImportReport.Entry {
        let new = imported.indicator
        let label = new.ref.isEmpty ? new.name : "\(new.ref) \(new.name)"
        guard let index = plan.indicators.firstIndex(where: { FrameworkMatch.same(ref: new.ref, name: new.name, as: $0.ref, $0.name) }) else {
            var indicator = new
            indicator.id = plan.nextIndicatorID()
            // A sheet without refs (wide or long): the next free PI<n>, so the board and reports can name it.
            if indicator.ref.isEmpty { indicator.ref = plan.nextIndicatorRef() }
            for i in indicator.periods.indices where indicator.periods[i].actual != nil || indicator.periods[i].notAvailable {
                indicator.periods[i].enteredAt = stamp.at
                indicator.periods[i].who = stamp.who
            }
            indicator.history = [change(.created, "", indicator.name, stamp)]
            plan.indicators.append(indicator)
            return .init(row: imported.row, name: "\(indicator.ref) \(indicator.name)", action: .added, changes: indicator.periods.count)
        }
        var old = plan.indicators[index]
        var changes: [Change] = []
        var applied: [String] = []
        var kept: [String] = []
        let shown = old.ref.isEmpty ? old.name : old.ref
        let fromSheet = RecordedOrigin.createdBySheet(old.history)
        let meetings = plan.meetings
        if old.name != new.name, !new.name.isEmpty, !new.ref.isEmpty {
            changes.append(change(.name, old.name, new.name, stamp)); applied.append("\(shown) name: \(old.name) → \(new.name)")
            old.name = new.name
        }
        if old.ref.isEmpty, !new.ref.isEmpty { old.ref = new.ref }
        let given = imported.given
        if given.contains(.unit) { old.unit = new.unit }
        if given.contains(.better) { old.better = new.better }
        if given.contains(.frequency) || old.periods.isEmpty { old.frequency = new.frequency }
        if given.contains(.source), !new.source.isEmpty { old.source = new.source }
        if given.contains(.owner), !new.owner.isEmpty, old.owner != new.owner {
            changes.append(change(.owner, old.owner, new.owner, stamp)); applied.append("\(shown) owner: \(old.owner.isEmpty ? "none" : old.owner) → \(new.owner)")
            old.owner = new.owner
        }
        if given.contains(.outcomes), !new.outcomes.isEmpty { old.outcomes = new.outcomes }
        if given.contains(.baseline), new.baseline != nil { old.baseline = new.baseline }
        if given.contains(.tolerance), old.tolerancePercent != new.tolerancePercent {
            let from = NumberText.plain(old.tolerancePercent) + "%", to = NumberText.plain(new.tolerancePercent) + "%"
            // Same rule as a target: a tolerance the board or a meeting set is kept unless forced;
            // one nobody recorded (the default, or an earlier sheet's) is the sheet's to replace.
            let recorded = old.history.contains { $0.field == .tolerance }
                ? RecordedOrigin.of(old.history, field: .tolerance, meetings: meetings, createdBySheet: fromSheet) : .sheet
            if force || recorded.isSheet {
                changes.append(change(.tolerance, from, to, stamp))
                applied.append("\(shown) tolerance: \(from) → \(to)" + (recorded.isSheet ? "" : " (replacing the value \(recorded.words), --force)"))
                old.tolerancePercent = new.tolerancePercent
            } else {
                kept.append("\(shown) tolerance: \(from) (\(recorded.words)) → \(to): kept; use --force to take the sheet's")
            }
        }
        let text = { (value: Double?) in value.map { IndicatorValueText.text($0, unit: old.unit) } ?? "none" }
        let valueText = { (q: IndicatorPeriod) in q.notAvailable ? "not yet available" : text(q.actual) }
        for period in new.periods {
            guard let p = old.periods.firstIndex(where: { FrameworkMatch.samePeriod($0.period, period.period) }) else {
                var added = period
                if added.actual != nil || added.notAvailable { added.enteredAt = stamp.at; added.who = stamp.who }
                old.periods.append(added)
                var figures: [(Change.Field, String, String)] = []
                if added.actual != nil || added.notAvailable { figures.append((.actual, "value", valueText(added))) }
                if let target = added.target { figures.append((.target, "target", text(target))) }
                if let stretch = added.stretch { figures.append((.stretch, "stretch target", text(stretch))) }
                for (field, word, to) in figures {
                    changes.append(change(field, "\(period.period): none", "\(period.period): \(to)", stamp))
                    applied.append("\(shown) \(period.period) \(word): none → \(to)")
                }
                continue
            }
            var mine = old.periods[p]
            let origin = { (field: Change.Field) in
                RecordedOrigin.of(old.history, field: field, meetings: meetings, createdBySheet: fromSheet) { entry in
                    RecordedOrigin.period(of: entry.to).map { FrameworkMatch.samePeriod($0, mine.period) } ?? false
                }
            }
            /// Applies a difference, or keeps the plan's and says so when the board or a meeting recorded it.
            func decide(_ field: Change.Field, _ word: String, from: String, to: String, hadValue: Bool, neverOver: Bool) -> Bool {
                guard hadValue else {
                    changes.append(change(field, "\(mine.period): \(from)", "\(mine.period): \(to)", stamp))
                    applied.append("\(shown) \(mine.period) \(word): \(from) → \(to)")
                    return true
                }
                let recorded = origin(field)
                guard force || (recorded.isSheet && !neverOver) else {
                    kept.append("\(shown) \(mine.period)\(field == .actual ? "" : " \(word)"): \(from) (\(recorded.words)) → \(to): kept; use --force to take the sheet's")
                    return false
                }
                changes.append(change(field, "\(mine.period): \(from)", "\(mine.period): \(to)", stamp))
                applied.append("\(shown) \(mine.period) \(word): \(from) → \(to)" + (recorded.isSheet ? "" : " (replacing the value \(recorded.words), --force)"))
                return true
            }
            if period.actual != nil || period.notAvailable, period.actual != mine.actual || period.notAvailable != mine.notAvailable,
               decide(.actual, "value", from: valueText(mine), to: valueText(period), hadValue: mine.actual != nil || mine.notAvailable,
                      neverOver: period.notAvailable && mine.actual != nil) {
                mine.actual = period.actual
                mine.notAvailable = period.notAvailable
                mine.enteredAt = stamp.at
                mine.who = stamp.who
                mine.meeting = nil
            }
            if let target = period.target, target != mine.target,
               decide(.target, "target", from: text(mine.target), to: text(target), hadValue: mine.target != nil, neverOver: false) {
                mine.target = target
            }
            if let stretch = period.stretch, stretch != mine.stretch,
               decide(.stretch, "stretch target", from: text(mine.stretch), to: text(stretch), hadValue: mine.stretch != nil, neverOver: false) {
                mine.stretch = stretch
            }
            if !period.note.isEmpty { mine.note = period.note }
            old.periods[p] = mine
        }
        old.history += changes
        plan.indicators[index] = old
        return .init(row: imported.row, name: label, action: changes.isEmpty ? .unchanged : .updated, changes: changes.count,
                     applied: applied, kept: kept)
    }

    // MARK: Risks

    private static func merge(_ imported: ImportedRisk, into plan: inout Plan, stamp: Stamp, force: Bool) -> FrameworkImportReport.Entry {
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
        var applied: [String] = []
        var kept: [String] = []
        let shown = old.ref.isEmpty ? old.title : old.ref
        let fromSheet = RecordedOrigin.createdBySheet(old.history)
        let meetings = plan.meetings
        let bands = plan.riskBands
        /// Applies a difference, or keeps the plan's and says so when the board or a meeting recorded it.
        func decide(_ field: Change.Field, _ word: String, from: String, to: String, hadValue: Bool) -> Bool {
            let recorded = hadValue ? RecordedOrigin.of(old.history, field: field, meetings: meetings, createdBySheet: fromSheet) : .sheet
            guard force || recorded.isSheet else {
                kept.append("\(shown) \(word): \(from) (\(recorded.words)) → \(to): kept; use --force to take the sheet's")
                return false
            }
            changes.append(change(field, from, to, stamp))
            applied.append("\(shown) \(word): \(from.isEmpty ? "none" : from) → \(to)"
                + (recorded.isSheet ? "" : " (replacing the one \(recorded.words), --force)"))
            return true
        }
        if old.title != new.title, !new.ref.isEmpty, !new.title.isEmpty {
            changes.append(change(.name, old.title, new.title, stamp)); applied.append("\(shown) title: \(old.title) → \(new.title)")
            old.title = new.title
        }
        if old.ref.isEmpty, !new.ref.isEmpty { old.ref = new.ref }
        let texts: [(ImportedRisk.Field, WritableKeyPath<Risk, String>, Change.Field)] = [
            (.description, \.description, .description), (.category, \.category, .category), (.owner, \.owner, .owner),
            (.mitigation, \.mitigation, .mitigation), (.recommendation, \.recommendation, .recommendation),
            (.reviewDate, \.reviewDate, .reviewDate),
        ]
        // A blank cell never clears what the plan has.
        for (given, path, field) in texts where imported.given.contains(given) && !new[keyPath: path].isEmpty
            && old[keyPath: path] != new[keyPath: path] {
            if decide(field, field.label.lowercased(), from: old[keyPath: path], to: new[keyPath: path], hadValue: !old[keyPath: path].isEmpty) {
                old[keyPath: path] = new[keyPath: path]
            }
        }
        for (kind, given, field) in [(RiskLevelKind.inherent, ImportedRisk.Field.inherent, Change.Field.inherent),
                                     (.residual, .residual, .residual), (.planned, .planned, .planned)]
            where imported.given.contains(given) && new.level(kind) != nil && old.level(kind) != new.level(kind) {
            if decide(field, "\(kind.word.lowercased()) level", from: old.level(kind)?.shortText(bands: bands) ?? "none",
                      to: new.level(kind)?.shortText(bands: bands) ?? "none", hadValue: old.level(kind) != nil) {
                old.setLevel(kind, to: new.level(kind))
            }
        }
        if imported.given.contains(.actions), !new.actions.isEmpty, old.actions != new.actions {
            let actions = plan.allActions
            let refs = { (ids: [Action.ID]) in
                ids.compactMap { id in actions.first { $0.id == id }?.ref }.joined(separator: ", ")
            }
            let from = "Linked actions: \(refs(old.actions).isEmpty ? "none" : refs(old.actions))"
            let to = "Linked actions: \(refs(new.actions).isEmpty ? "none" : refs(new.actions))"
            changes.append(change(.mitigation, from, to, stamp))
            applied.append("\(shown) linked actions: \(refs(old.actions).isEmpty ? "none" : refs(old.actions)) → \(refs(new.actions))")
            old.actions = new.actions
        }
        old.history += changes
        plan.risks[index] = old
        return .init(row: imported.row, name: label, action: changes.isEmpty ? .unchanged : .updated, changes: changes.count,
                     applied: applied, kept: kept)
    }
}

/// The plan with the sheet added, and the report of how it was read.
public struct FrameworkImportResult: Equatable, Sendable {
    public var plan: Plan
    public var report: FrameworkImportReport
}
