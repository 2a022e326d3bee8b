/// The performance framework in a plan's summary: each indicator's latest value against its
/// target and status, each risk's three levels, and the milestones' progress. Part of
/// `planboard summary` (`--json` keys `indicators`, `risks`, `milestones`).
public struct FrameworkSummary: Codable, Equatable, Sendable {
    public struct Latest: Codable, Equatable, Sendable {
        public var period: String
        /// Nil when the period is marked "not yet available" (JSON `null`, never 0).
        public var value: Double?

        // Written out as `null`, which scripts can rely on, rather than left out.
        public func encode(to encoder: any Encoder) throws {
            try JSONNulls.encode([(CodingKeys.period, period), (.value, value)], to: encoder)
        }
    }

    public struct IndicatorLine: Codable, Equatable, Sendable {
        public var ref: String
        public var name: String
        /// `number`, `percentage`, `rate`, `money`.
        public var unit: String
        public var latest: Latest?
        public var target: Double?
        /// `on-target`, `near-target`, `off-target`, `no-data` (the board's override when there is one).
        public var status: String
        /// The status worked out from the figures, whatever the board says.
        public var computedStatus: String
        /// The board's override and its reason, or nil (JSON `null`) when the status is computed.
        public var override: Override?

        public func encode(to encoder: any Encoder) throws {
            try JSONNulls.encode([(CodingKeys.ref, ref), (.name, name), (.unit, unit), (.latest, latest), (.target, target),
                                  (.status, status), (.computedStatus, computedStatus), (.override, override)], to: encoder)
        }
    }

    /// The board's own status for an indicator and why.
    public struct Override: Codable, Equatable, Sendable {
        public var status: String
        public var reason: String
    }

    public struct Level: Codable, Equatable, Sendable {
        public var likelihood: Int
        public var impact: Int
        public var score: Int
        public var band: String
    }

    public struct RiskLine: Codable, Equatable, Sendable {
        public var ref: String
        public var title: String
        public var inherent: Level?
        public var residual: Level?
        public var planned: Level?

        public func encode(to encoder: any Encoder) throws {
            try JSONNulls.encode([(CodingKeys.ref, ref), (.title, title), (.inherent, inherent), (.residual, residual),
                                  (.planned, planned)], to: encoder)
        }
    }

    public var indicators: [IndicatorLine]
    public var risks: [RiskLine]
    public var milestones: MilestoneCounts

    public struct MilestoneCounts: Codable, Equatable, Sendable {
        public var total: Int
        public var done: Int
        public var overdue: Int
    }

    public init(_ plan: Plan, today: Day) {
        indicators = plan.indicators.map { indicator in
            let assessment = IndicatorAssessment(indicator)
            return IndicatorLine(ref: indicator.ref, name: indicator.name, unit: indicator.unit.rawValue,
                                 latest: assessment.latest.map { Latest(period: $0.period, value: $0.actual) },
                                 target: assessment.target, status: assessment.status.rawValue,
                                 computedStatus: assessment.computedStatus.rawValue,
                                 override: assessment.overrideStanding.applying.map { Override(status: $0.status.rawValue, reason: $0.reason) })
        }
        let bands = plan.riskBands
        let level = { (level: RiskLevel?) in
            level.map { Level(likelihood: $0.likelihood, impact: $0.impact, score: $0.score, band: bands.band(for: $0.score).name) }
        }
        risks = plan.risks.map {
            RiskLine(ref: $0.ref, title: $0.title, inherent: level($0.inherent), residual: level($0.residual), planned: level($0.planned))
        }
        let progress = plan.milestoneProgress(today: today)
        milestones = MilestoneCounts(total: progress.total, done: progress.done, overdue: progress.overdue)
    }

    /// True when the plan has any of the framework.
    public var isEmpty: Bool { indicators.isEmpty && risks.isEmpty && milestones.total == 0 }

    /// Lines for the plain summary: status counts of the indicators, the risks by band of their
    /// current level, and the milestones; nothing for a plan without a framework.
    public func lines(_ plan: Plan) -> [String] {
        var lines: [String] = []
        if !indicators.isEmpty {
            let counts = IndicatorStatus.allCases.map { status in (status, indicators.filter { $0.status == status.rawValue }.count) }
            lines.append("\(indicators.count) indicator\(indicators.count == 1 ? "" : "s") against target: " + counts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0.word.lowercased())" }
                .joined(separator: ", ") + ".")
        }
        if !plan.risks.isEmpty {
            let bands = plan.riskBands
            var byBand: [(String, Int)] = []
            for band in bands.bands.reversed() {
                let n = plan.risks.filter { $0.currentLevel.map { bands.band(for: $0.score) == band } ?? false }.count
                if n > 0 { byBand.append((band.name, n)) }
            }
            let unscored = plan.risks.filter { $0.currentLevel == nil }.count
            if unscored > 0 { byBand.append(("not scored", unscored)) }
            lines.append("\(plan.risks.count) risk\(plan.risks.count == 1 ? "" : "s") by current level: " + byBand.map { "\($0.1) \($0.0)" }.joined(separator: ", ") + ".")
        }
        if milestones.total > 0 {
            lines.append("Milestones: \(milestones.done) of \(milestones.total) done, \(milestones.overdue) overdue.")
        }
        return lines
    }
}
