/// An indicator as a sheet gives it, before it is added to a plan: the figures read, and which of
/// its details the sheet actually gave (a blank cell never wipes what the plan has).
struct ImportedIndicator: Equatable {
    enum Detail: Hashable { case unit, better, frequency, source, owner, outcomes, baseline, tolerance }

    var indicator: Indicator
    /// The first row the indicator was read from.
    var row: Int
    var given: Set<Detail> = []
}

/// Reads the indicators of a wide or long indicator sheet. Rows for the same indicator (same ref,
/// else same name; a blank name continues the indicator above, as merged cells do) are gathered
/// into one indicator with one entry per period.
struct IndicatorSheetReader {
    let sheet: FrameworkSheet
    let plan: Plan
    private(set) var indicators: [ImportedIndicator] = []
    private(set) var warnings: [ImportWarning] = []

    init(sheet: FrameworkSheet, plan: Plan) throws(FrameworkImportError) {
        self.sheet = sheet
        self.plan = plan
        var current: Int?
        for (number, cells) in sheet.rows where cells.contains(where: { !$0.trimmingWhitespace().isEmpty }) {
            let ref = sheet.cell(.ref, in: cells)
            let name = sheet.cell(.name, in: cells).split(whereSeparator: \.isNewline).joined(separator: " ")
            if name.isEmpty && ref.isEmpty {
                guard current != nil else {
                    warnings.append(ImportWarning(row: number, message: "no indicator named; row left out"))
                    continue
                }
            } else {
                current = index(ref: ref, name: name, row: number)
            }
            try read(row: cells, number: number, into: current!)
        }
        guard !indicators.isEmpty else { throw .noRows(kind: "an indicator") }
        for i in indicators.indices { finish(&indicators[i]) }
    }

    /// The indicator a row with this ref or name belongs to, added when new.
    private mutating func index(ref: String, name: String, row: Int) -> Int {
        if let found = indicators.firstIndex(where: { FrameworkMatch.same(ref: ref, name: name, as: $0.indicator.ref, $0.indicator.name) }) {
            if indicators[found].indicator.name.isEmpty { indicators[found].indicator.name = name }
            return found
        }
        var name = name
        if name.isEmpty {
            // The ref is only a label for a new indicator: one the plan has keeps its own name.
            if let existing = plan.indicators.first(where: { FrameworkMatch.same(ref: ref, name: "", as: $0.ref, $0.name) }) {
                name = existing.name
            } else {
                warnings.append(ImportWarning(row: row, message: "indicator \(ref) has no name; its ref is used as its name"))
                name = ref
            }
        }
        indicators.append(ImportedIndicator(indicator: Indicator(id: .init("new"), ref: ref, name: name), row: row))
        return indicators.count - 1
    }

    private mutating func read(row cells: [String], number: Int, into index: Int) throws(FrameworkImportError) {
        var imported = indicators[index]
        try readDetails(cells, number: number, into: &imported)
        indicators[index] = imported
        switch sheet.kind {
        case .indicatorsWide: try readWide(cells, number: number, into: index)
        default: try readLong(cells, number: number, into: index)
        }
    }

    private enum Series { case actual, target, stretch, baseline }

    /// A wide row: the series column says what the period columns hold.
    private mutating func readWide(_ cells: [String], number: Int, into index: Int) throws(FrameworkImportError) {
        let seriesText = sheet.cell(.series, in: cells)
        let words = Set(HeaderText.words(seriesText))
        let series: Series
        if words.contains("stretch") { series = .stretch }
        else if words.contains("target") || words.contains("targets") || words.contains("aim") { series = .target }
        else if words.contains("baseline") { series = .baseline }
        else if seriesText.isEmpty || words.contains("actual") || words.contains("actuals") || words.contains("value")
                    || words.contains("outturn") || words.contains("result") { series = .actual }
        else {
            let column = sheet.column(.series)!
            warnings.append(ImportWarning(row: number, message: "column \(column.letter) (\(column.header)): '\(Excerpt.of(seriesText))' "
                + "is not actual, target or stretch target; the row is read as actual values"))
            series = .actual
        }
        for column in sheet.columns {
            guard case .periodValues(let period) = column.use, column.index < cells.count else { continue }
            let cell = sheet.indicatorCell(cells, number: number, column: column)
            try put(cell, series: series, period: period, number: number, column: column, into: index)
        }
    }

    /// A long row: one period, with its actual, target and stretch columns.
    private mutating func readLong(_ cells: [String], number: Int, into index: Int) throws(FrameworkImportError) {
        let period = sheet.cell(.period, in: cells)
        guard !period.isEmpty else {
            warnings.append(ImportWarning(row: number, message: "no period given; the row's figures are left out"))
            return
        }
        if !FrameworkColumn.isPeriod(period) {
            warnings.append(ImportWarning(row: number, message: "'\(Excerpt.of(period))' is not a period planboard can date "
                + "(such as 2007/8, Q3 2022/23 or March 2023); kept as written, listed after the dated ones"))
        }
        for (use, series) in [(FrameworkColumn.actual, Series.actual), (.target, .target), (.stretch, .stretch)] {
            guard let column = sheet.column(use), column.index < cells.count else { continue }
            try put(sheet.indicatorCell(cells, number: number, column: column), series: series, period: period, number: number, column: column, into: index)
        }
        let note = sheet.cell(.note, in: cells)
        if !note.isEmpty, let p = periodIndex(period, in: index) { indicators[index].indicator.periods[p].note = note }
    }

    private mutating func put(_ cell: IndicatorCell, series: Series, period: String, number: Int,
                              column: FrameworkSheet.Column, into index: Int) throws(FrameworkImportError) {
        switch cell {
        case .empty:
            return
        case .unreadable(let text):
            throw .badFigure(row: number, column: column.letter, header: column.header, text: text)
        case .notAvailable(let note):
            guard series == .actual || series == .target else { return }
            if series == .target { return }  // no target set: nothing to record
            let p = ensurePeriod(period, in: index)
            indicators[index].indicator.periods[p].notAvailable = true
            indicators[index].indicator.periods[p].actual = nil
            if !note.isEmpty { indicators[index].indicator.periods[p].note = note }
        case .figure(let value, let unit, let isActual, let note):
            if let unit, !indicators[index].given.contains(.unit) {
                indicators[index].indicator.unit = unit
                indicators[index].given.insert(.unit)
            }
            if series == .baseline {
                indicators[index].indicator.baseline = IndicatorBaseline(period: period, value: value)
                indicators[index].given.insert(.baseline)
                return
            }
            let p = ensurePeriod(period, in: index)
            // `29.1% (actual)` in a target row is the value reached, as strategies write it.
            switch isActual ? .actual : series {
            case .actual:
                indicators[index].indicator.periods[p].actual = value
                indicators[index].indicator.periods[p].notAvailable = false
            case .target: indicators[index].indicator.periods[p].target = value
            case .stretch: indicators[index].indicator.periods[p].stretch = value
            case .baseline: break
            }
            if !note.isEmpty { indicators[index].indicator.periods[p].note = note }
        }
    }

    private func periodIndex(_ period: String, in index: Int) -> Int? {
        indicators[index].indicator.periods.firstIndex { FrameworkMatch.samePeriod($0.period, period) }
    }

    private mutating func ensurePeriod(_ period: String, in index: Int) -> Int {
        if let found = periodIndex(period, in: index) { return found }
        indicators[index].indicator.periods.append(IndicatorPeriod(period: period))
        return indicators[index].indicator.periods.count - 1
    }

    /// Unit, better, frequency, source, owner, outcome, baseline and tolerance, where the row gives them.
    private mutating func readDetails(_ cells: [String], number: Int, into imported: inout ImportedIndicator) throws(FrameworkImportError) {
        let unit = sheet.cell(.unit, in: cells)
        if !unit.isEmpty {
            if let read = Self.unit(unit) {
                imported.indicator.unit = read
                imported.given.insert(.unit)
            } else {
                warn(number, .unit, "'\(Excerpt.of(unit))' is not a unit planboard knows (number, percentage, rate, money); read as a number")
            }
        }
        let better = sheet.cell(.better, in: cells)
        if !better.isEmpty {
            let words = Set(HeaderText.words(better))
            if !words.isDisjoint(with: ["higher", "high", "up", "increase", "more", "bigger", "increasing"]) {
                imported.indicator.better = .higher
                imported.given.insert(.better)
            } else if !words.isDisjoint(with: ["lower", "low", "down", "decrease", "less", "fewer", "smaller", "reducing"]) {
                imported.indicator.better = .lower
                imported.given.insert(.better)
            } else {
                warn(number, .better, "'\(Excerpt.of(better))' says neither higher nor lower is better; higher is taken")
            }
        }
        let frequency = sheet.cell(.frequency, in: cells)
        if !frequency.isEmpty {
            if let read = Self.frequency(frequency) {
                imported.indicator.frequency = read
                imported.given.insert(.frequency)
            } else {
                warn(number, .frequency, "'\(Excerpt.of(frequency))' is not monthly, quarterly, annual or biennial; "
                    + "the frequency is read from the periods")
            }
        }
        for (use, path, detail) in [(FrameworkColumn.source, \Indicator.source, ImportedIndicator.Detail.source),
                                    (.owner, \Indicator.owner, .owner)] {
            let text = sheet.cell(use, in: cells)
            if !text.isEmpty { imported.indicator[keyPath: path] = text; imported.given.insert(detail) }
        }
        let outcomes = sheet.cell(.outcome, in: cells)
        if !outcomes.isEmpty {
            let (ids, unknown) = FrameworkMatch.outcomes(outcomes, in: plan)
            for id in ids where !imported.indicator.outcomes.contains(id) { imported.indicator.outcomes.append(id) }
            imported.given.insert(.outcomes)
            for name in unknown {
                warn(number, .outcome, "'\(Excerpt.of(name))' is not an outcome of the plan (by number or title); not linked")
            }
        }
        try readTolerance(cells, number: number, into: &imported)
        let baseline = sheet.cell(.baseline, in: cells)
        if !baseline.isEmpty {
            switch sheet.indicatorCell(.baseline, in: cells, number: number) {
            case .figure(let value, let unit, _, let note):
                var period = sheet.cell(.baselinePeriod, in: cells)
                if period.isEmpty, FrameworkColumn.isPeriod(note) { period = note }
                imported.indicator.baseline = IndicatorBaseline(period: period, value: value)
                imported.given.insert(.baseline)
                if let unit, !imported.given.contains(.unit) { imported.indicator.unit = unit; imported.given.insert(.unit) }
            case .empty, .notAvailable:
                break
            case .unreadable(let text):
                let column = sheet.column(.baseline)!
                throw .badFigure(row: number, column: column.letter, header: column.header, text: text)
            }
        }
    }

    /// The tolerance column: percent of the target (`5`, `5%`, an Excel `0%` cell holding 0.05).
    private mutating func readTolerance(_ cells: [String], number: Int, into imported: inout ImportedIndicator) throws(FrameworkImportError) {
        guard let column = sheet.column(.tolerance) else { return }
        switch sheet.indicatorCell(cells, number: number, column: column) {
        case .figure(let value, _, _, _) where (0...100).contains(value):
            imported.indicator.tolerancePercent = value
            imported.given.insert(.tolerance)
        case .figure(let value, _, _, _):
            warn(number, .tolerance, "'\(NumberText.plain(value))' is not from 0 to 100; a tolerance is how far from target still "
                + "counts as near target, in percent of the target (such as 5 or 5%); left as the plan has it")
        case .empty, .notAvailable:
            break
        case .unreadable(let text):
            throw .badFigure(row: number, column: column.letter, header: column.header, text: text)
        }
    }

    private mutating func warn(_ row: Int, _ use: FrameworkColumn, _ message: String) {
        let column = sheet.column(use)!
        warnings.append(ImportWarning(row: row, message: "column \(column.letter) (\(Excerpt.of(column.header))): \(message)"))
    }

    /// Frequency read from the periods when the sheet gave none: quarters, months, or years a
    /// year or two apart.
    private func finish(_ imported: inout ImportedIndicator) {
        guard !imported.given.contains(.frequency) else { return }
        let kinds = imported.indicator.periods.map { DeadlineParser.parse($0.period).kind }
        if !kinds.isEmpty, kinds.allSatisfy({ $0 == .quarter }) { imported.indicator.frequency = .quarterly }
        else if !kinds.isEmpty, kinds.allSatisfy({ $0 == .month }) { imported.indicator.frequency = .monthly }
        else {
            let ends = ReportingPeriod.ordered(imported.indicator.periods.filter { $0.actual != nil }, by: \.period)
                .compactMap { ReportingPeriod($0.period).end }
            let gaps = zip(ends, ends.dropFirst()).map { $1.year - $0.year }
            imported.indicator.frequency = !gaps.isEmpty && gaps.allSatisfy({ $0 == 2 }) ? .biennial : .annual
        }
    }

    static func unit(_ text: String) -> IndicatorUnit? {
        let words = Set(HeaderText.words(text))
        if text.contains("%") || !words.isDisjoint(with: ["percentage", "percent", "pct", "proportion"]) { return .percentage }
        if text.contains("£") || !words.isDisjoint(with: ["money", "pounds", "gbp", "cost", "spend", "k"]) { return .money }
        if !words.isDisjoint(with: ["rate", "per", "ratio"]) { return .rate }
        if !words.isDisjoint(with: ["number", "count", "no", "num", "people", "days", "total"]) { return .number }
        return nil
    }

    static func frequency(_ text: String) -> IndicatorFrequency? {
        let squashed = HeaderText.squashed(text)
        if squashed.hasPrefix("month") { return .monthly }
        if squashed.hasPrefix("quarter") { return .quarterly }
        if squashed.hasPrefix("bienn") || squashed.hasPrefix("biann") || squashed.contains("twoyear") || squashed.contains("2year")
            || squashed.contains("everyotheryear") { return .biennial }
        if squashed.hasPrefix("annual") || squashed.hasPrefix("year") || squashed == "everyyear" { return .annual }
        return nil
    }
}
