/// The register's 5×5 heat map for one level: how many risks sit in each cell of likelihood ×
/// impact, and which. Risks without that level are counted apart, so none silently vanish.
public struct RiskHeatMap: Equatable, Sendable {
    public let kind: RiskLevelKind
    /// Indices into `plan.risks`, by cell.
    private let cells: [HeatKey: [Int]]
    /// Risks with no level of this kind.
    public let unplaced: [Int]

    private struct HeatKey: Hashable {
        var likelihood: Int
        var impact: Int
    }

    public init(_ plan: Plan, kind: RiskLevelKind) {
        self.kind = kind
        var cells: [HeatKey: [Int]] = [:]
        var unplaced: [Int] = []
        for (i, risk) in plan.risks.enumerated() {
            guard let level = risk.level(kind) else {
                unplaced.append(i)
                continue
            }
            cells[HeatKey(likelihood: level.likelihood, impact: level.impact), default: []].append(i)
        }
        self.cells = cells
        self.unplaced = unplaced
    }

    /// The risks (indices into `plan.risks`) at likelihood `l`, impact `i`.
    public func risks(likelihood l: Int, impact i: Int) -> [Int] { cells[HeatKey(likelihood: l, impact: i)] ?? [] }

    /// How many risks sit at likelihood `l`, impact `i`.
    public func count(likelihood l: Int, impact i: Int) -> Int { risks(likelihood: l, impact: i).count }
}
