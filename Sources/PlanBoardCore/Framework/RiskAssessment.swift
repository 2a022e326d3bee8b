/// A risk level read against the plan's bands, and the register's questions about a risk.
extension Risk {
    /// One of the three levels.
    public func level(_ kind: RiskLevelKind) -> RiskLevel? {
        switch kind {
        case .inherent: inherent
        case .residual: residual
        case .planned: planned
        }
    }

    /// Sets one of the three levels.
    public mutating func setLevel(_ kind: RiskLevelKind, to level: RiskLevel?) {
        switch kind {
        case .inherent: inherent = level
        case .residual: residual = level
        case .planned: planned = level
        }
    }

    /// True when the review date named a day that has passed.
    public func isPastReview(today: Day) -> Bool {
        guard let due = DeadlineParser.parse(reviewDate).due else { return false }
        return due < today
    }
}

extension RiskLevel {
    /// The committee-report wording: `Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk)`,
    /// `Likelihood 2 x Impact 2 = Risk Scoring 4 (Moderate)`.
    public func reportText(bands: RiskBands) -> String { reportText(band: bands.band(for: score)) }

    /// The committee-report wording with the band given: the one a history entry named.
    public func reportText(band: RiskBand) -> String {
        "Likelihood \(likelihood) x Impact \(impact) = Risk Scoring \(score) (\(band.committeeWords))"
    }

    /// `L3 × I3 = 9 High`, for cards, lists and history entries.
    public func shortText(bands: RiskBands) -> String { "\(shortText) \(bands.band(for: score).name)" }
}

extension Plan {
    /// The most serious band of the risks that name `action` among their mitigating actions; nil
    /// when no risk names it.
    public func riskSeverity(linkedTo action: Action.ID) -> RiskSeverity? {
        var worst: RiskSeverity?
        for risk in risks where risk.actions.contains(action) {
            guard let level = risk.currentLevel else { continue }
            let severity = riskBands.band(for: level.score).severity
            if worst.map({ severity > $0 }) ?? true { worst = severity }
        }
        return worst
    }
}

extension RiskBand {
    /// The band in a level's bracket as the committee papers write it: the serious bands in
    /// capitals with "Risk" (`High Risk`, `Very High Risk`), the others by name alone (`Moderate`, `Low`).
    public var committeeWords: String {
        guard severity.isSerious else { return name }
        let capitals = name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        return capitals.lowercased().hasSuffix("risk") ? capitals : capitals + " Risk"
    }
}
