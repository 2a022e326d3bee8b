/// A risk as a register gives it, before it is added to a plan, with the row it came from.
struct ImportedRisk: Equatable {
    var risk: Risk
    var row: Int
    /// Which fields the sheet gave (a blank cell never wipes what the plan has).
    var given: Set<Field> = []

    enum Field: Hashable { case description, category, owner, inherent, residual, planned, mitigation, actions, recommendation, reviewDate }
}

/// Reads the risks of a register: levels as two numeric columns each or as committee-report text,
/// a stated score or band that disagrees with likelihood × impact (and the plan's bands) warned
/// with its row and column, and mitigating actions linked to the plan's actions by ref.
struct RiskRegisterReader {
    let sheet: FrameworkSheet
    let plan: Plan
    private(set) var risks: [ImportedRisk] = []
    private(set) var warnings: [ImportWarning] = []
    /// Band words the register states that the plan has no band of, warned once at the end.
    private var unknownBands = UnknownBandWords()

    init(sheet: FrameworkSheet, plan: Plan) throws(FrameworkImportError) {
        self.sheet = sheet
        self.plan = plan
        for (number, cells) in sheet.rows where cells.contains(where: { !$0.trimmingWhitespace().isEmpty }) {
            let ref = sheet.cell(.ref, in: cells)
            var title = sheet.cell(.riskTitle, in: cells).split(whereSeparator: \.isNewline).joined(separator: " ")
            guard !title.isEmpty || !ref.isEmpty else {
                warnings.append(ImportWarning(row: number, message: "no risk named; row left out"))
                continue
            }
            if title.isEmpty {
                // The ref is only a label for a new risk: one the plan has keeps its own title.
                if let existing = plan.risks.first(where: { FrameworkMatch.same(ref: ref, name: "", as: $0.ref, $0.title) }) {
                    title = existing.title
                } else {
                    warnings.append(ImportWarning(row: number, message: "risk \(ref) has no title; its ref is used as its title"))
                    title = ref
                }
            }
            var imported = ImportedRisk(risk: Risk(id: .init("new"), ref: ref, title: title), row: number)
            try read(cells, number: number, into: &imported)
            if risks.contains(where: { FrameworkMatch.same(ref: ref, name: title, as: $0.risk.ref, $0.risk.title) }) {
                warnings.append(ImportWarning(row: number, message: "the same risk as an earlier row (same ref or title); this row is left out"))
                continue
            }
            risks.append(imported)
        }
        guard !risks.isEmpty else { throw .noRows(kind: "a risk") }
        warnings += unknownBands.warnings(bands: plan.riskBands)
    }

    private mutating func read(_ cells: [String], number: Int, into imported: inout ImportedRisk) throws(FrameworkImportError) {
        let texts: [(FrameworkColumn, WritableKeyPath<Risk, String>, ImportedRisk.Field)] = [
            (.riskDescription, \.description, .description), (.category, \.category, .category), (.owner, \.owner, .owner),
            (.mitigation, \.mitigation, .mitigation), (.recommendation, \.recommendation, .recommendation),
            (.reviewDate, \.reviewDate, .reviewDate),
        ]
        for (use, path, field) in texts {
            let text = sheet.cell(use, in: cells)
            if !text.isEmpty { imported.risk[keyPath: path] = text; imported.given.insert(field) }
        }
        for kind in RiskLevelKind.allCases {
            if let level = try level(kind, cells, number: number) {
                imported.risk.setLevel(kind, to: level)
                imported.given.insert(kind == .inherent ? .inherent : kind == .residual ? .residual : .planned)
            }
        }
        var refs = sheet.cell(.linkedActions, in: cells)
        var refsColumn = sheet.column(.linkedActions)
        // A mitigation column holding nothing but refs (`1.2, 2.4`) links them too.
        if refs.isEmpty, Self.isRefList(imported.risk.mitigation) {
            refs = imported.risk.mitigation
            refsColumn = sheet.column(.mitigation)
        }
        if !refs.isEmpty, let column = refsColumn {
            let (ids, unknown) = FrameworkMatch.actions(refs, in: plan)
            imported.risk.actions = ids
            imported.given.insert(.actions)
            if !unknown.isEmpty {
                warnings.append(ImportWarning(row: number, message: "column \(column.letter) (\(Excerpt.of(column.header))): "
                    + "no action of the plan has the ref \(unknown.map { "'\(Excerpt.of($0))'" }.joined(separator: ", ")); not linked"))
            }
        }
        if !imported.risk.reviewDate.isEmpty, DeadlineParser.parse(imported.risk.reviewDate).due == nil, let column = sheet.column(.reviewDate) {
            warnings.append(ImportWarning(row: number, message: "column \(column.letter) (\(Excerpt.of(column.header))): "
                + "'\(Excerpt.of(imported.risk.reviewDate))' names no date, so the risk is never flagged as past its review"))
        }
    }

    /// One level, from its two numeric columns, else from a column that writes it whole; nil when
    /// the row gives none. Every level, score and band column of the kind is then checked against it.
    private mutating func level(_ kind: RiskLevelKind, _ cells: [String], number: Int) throws(FrameworkImportError) -> RiskLevel? {
        let l = sheet.cell(.likelihood(kind), in: cells), i = sheet.cell(.impact(kind), in: cells)
        let stated: [(column: FrameworkSheet.Column, text: String)] = [FrameworkColumn.level(kind), .score(kind), .band(kind)].compactMap { use in
            let text = sheet.cell(use, in: cells)
            guard let column = sheet.column(use), !text.isEmpty, !["-", "–", "n/a", "na", "tbc"].contains(text.lowercased()) else { return nil }
            return (column, text)
        }
        var level: RiskLevel?
        if !l.isEmpty || !i.isEmpty {
            level = RiskLevel(likelihood: try scale(l, .likelihood(kind), number: number), impact: try scale(i, .impact(kind), number: number))
        } else {
            for (column, text) in stated {
                guard let read = RiskLevelText.read(text) else { continue }
                for value in [read.level.likelihood, read.level.impact] where !RiskLevel.scale.contains(value) {
                    throw .badScale(row: number, column: column.letter, header: column.header, text: String(value))
                }
                level = read.level
                break
            }
        }
        guard let level else {
            // A score or band alone cannot give a likelihood and an impact.
            if let (column, text) = stated.first { throw .badLevel(row: number, column: column.letter, header: column.header, text: text) }
            return nil
        }
        for (column, text) in stated { check(text, in: column, against: level, number: number) }
        return level
    }

    /// Warns, naming row, column and both values, when a cell states another level, a score other
    /// than likelihood × impact, or a band other than the plan's band for that score.
    private mutating func check(_ text: String, in column: FrameworkSheet.Column, against level: RiskLevel, number: Int) {
        let score = level.score
        let band = plan.riskBands.band(for: score)
        let at = "column \(column.letter) (\(Excerpt.of(column.header)))"
        let statedScore: Int?, statedBand: String?
        if let read = RiskLevelText.read(text) {
            if read.level != level {
                warnings.append(ImportWarning(row: number, message: "\(at): '\(Excerpt.of(text))' is likelihood \(read.level.likelihood) "
                    + "x impact \(read.level.impact), not the likelihood \(level.likelihood) x impact \(level.impact) of its likelihood "
                    + "and impact columns; \(score) (\(band.name)) is kept. Check the register"))
                return
            }
            (statedScore, statedBand) = (read.statedScore, read.statedBand)
        } else {
            (statedScore, statedBand) = RiskLevelText.stated(text)
        }
        if let stated = statedScore, stated != score {
            warnings.append(ImportWarning(row: number, message: "\(at): the score \(stated) is not likelihood \(level.likelihood) "
                + "x impact \(level.impact) = \(score); \(score) (\(band.name)) is kept. Check the register"))
        } else if let stated = statedBand, !plan.riskBands.bands.contains(where: { HeaderText.squashed($0.name) == HeaderText.squashed(stated) }) {
            unknownBands.add(stated, row: number, column: column.letter)
        } else if let stated = statedBand, HeaderText.squashed(stated) != HeaderText.squashed(band.name) {
            warnings.append(ImportWarning(row: number, message: "\(at): '\(Excerpt.of(stated))' is not the band of score \(score) "
                + "in this plan's bands (\(band.name)); \(band.name) is kept. Check the register, or the plan's bands"))
        }
    }

    private func scale(_ text: String, _ use: FrameworkColumn, number: Int) throws(FrameworkImportError) -> Int {
        let column = sheet.column(use)
        guard let value = Int(text.trimmingWhitespace()), RiskLevel.scale.contains(value) else {
            // A missing partner column: name the column that should hold it.
            let letter = column?.letter ?? "(none)"
            throw .badScale(row: number, column: letter, header: column?.header ?? use.label, text: text)
        }
        return value
    }

    /// `1.2, 2.4`, `3.1`: only refs, separated by commas or `and`.
    static func isRefList(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { ", ;/".contains($0) }).filter { $0.lowercased() != "and" }
        return !parts.isEmpty && parts.allSatisfy { part in
            part.first?.isNumber == true && part.allSatisfy { $0.isNumber || $0 == "." || $0.isLetter } && part.count <= 8
        }
    }
}
