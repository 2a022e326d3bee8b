/// An entry of the risk register: what could go wrong, how likely and how bad at three levels
/// (before mitigation, now, and once the planned mitigation is done), and what is being done.
///
/// Committee reports write a level as "Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk)"; the
/// score and band are always worked out from likelihood × impact (`RiskBands`), never stored.
public struct Risk: Equatable, Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Risk>

    public var id: ID
    /// The register's reference (`R1`); may be empty.
    public var ref: String
    /// The risk in a line: "Funding for short breaks is not renewed".
    public var title: String
    /// The fuller description, cause and effect.
    public var description: String
    /// `Financial`, `Workforce`, `Reputational`…
    public var category: String
    /// Who manages it: initials from the plan's key or a name.
    public var owner: String
    /// Before any mitigation.
    public var inherent: RiskLevel?
    /// Now, with the mitigation in place.
    public var residual: RiskLevel?
    /// The target once the planned mitigation is done.
    public var planned: RiskLevel?
    /// The mitigating actions, as written.
    public var mitigation: String
    /// The plan's actions that mitigate it (their ids; shown by ref).
    public var actions: [Action.ID]
    /// The approval recommendation put to the board ("Accept the residual risk").
    public var recommendation: String
    /// When it is next reviewed, as written (`March 2027`); read with the deadline grammar.
    public var reviewDate: String
    /// Every change of a level, the review date or the mitigation, oldest first.
    public var history: [Change]
    /// Fields of the risk in the file that this planboard does not know, written back as read.
    public var unknownFields = UnknownFields()

    public init(id: ID, ref: String = "", title: String, description: String = "", category: String = "",
                owner: String = "", inherent: RiskLevel? = nil, residual: RiskLevel? = nil, planned: RiskLevel? = nil,
                mitigation: String = "", actions: [Action.ID] = [], recommendation: String = "", reviewDate: String = "",
                history: [Change] = []) {
        self.id = id
        self.ref = ref
        self.title = title
        self.description = description
        self.category = category
        self.owner = owner
        self.inherent = inherent
        self.residual = residual
        self.planned = planned
        self.mitigation = mitigation
        self.actions = actions
        self.recommendation = recommendation
        self.reviewDate = reviewDate
        self.history = history
    }

    /// The level that describes the risk today: residual, else inherent, else planned.
    public var currentLevel: RiskLevel? { residual ?? inherent ?? planned }
}

/// A likelihood and an impact, each 1 (rare; negligible) to 5 (almost certain; extreme).
public struct RiskLevel: Equatable, Hashable, Sendable {
    public var likelihood: Int
    public var impact: Int
    /// Fields of the level in the file that this planboard does not know, written back as read.
    public var unknownFields = UnknownFields()

    /// The range both scales take.
    public static let scale = 1...5

    public init(likelihood: Int, impact: Int) {
        self.likelihood = likelihood
        self.impact = impact
    }

    /// Likelihood × impact, 1 to 25.
    public var score: Int { likelihood * impact }

    /// `L3 × I3 = 9`, short enough for a card or a history entry.
    public var shortText: String { "L\(likelihood) × I\(impact) = \(score)" }
}

/// Which of a risk's three levels.
public enum RiskLevelKind: String, Equatable, Hashable, Sendable, CaseIterable {
    case inherent, residual, planned

    public var word: String {
        switch self {
        case .inherent: "Inherent"
        case .residual: "Residual"
        case .planned: "Planned"
        }
    }
}

/// The bands a score falls in, lowest first; a plan may set its own (`riskBands` in the file).
public struct RiskBands: Equatable, Hashable, Sendable {
    public var bands: [RiskBand]

    public init(bands: [RiskBand]) { self.bands = bands.sorted { $0.from < $1.from } }

    /// The common 5×5 matrix: 1–3 Low, 4–6 Moderate, 8–12 High, 15–25 Very high.
    public static let standard = RiskBands(bands: [
        RiskBand(name: "Low", from: 1, severity: .low),
        RiskBand(name: "Moderate", from: 4, severity: .moderate),
        RiskBand(name: "High", from: 8, severity: .high),
        RiskBand(name: "Very high", from: 15, severity: .veryHigh),
    ])

    /// The band `score` falls in: the highest band starting at or below it (the lowest for a score
    /// below every band).
    public func band(for score: Int) -> RiskBand {
        bands.last { $0.from <= score } ?? bands.first ?? RiskBand(name: "Not banded", from: 0, severity: .low)
    }
}

/// A named range of scores, starting at `from` and running up to the next band's start.
public struct RiskBand: Equatable, Hashable, Sendable {
    public var name: String
    public var from: Int
    /// How serious the band is, which sets its colour and whether linked cards are marked.
    public var severity: RiskSeverity
    /// Fields of the band in the file that this planboard does not know, written back as read.
    public var unknownFields = UnknownFields()

    public init(name: String, from: Int, severity: RiskSeverity) {
        self.name = name
        self.from = from
        self.severity = severity
    }
}

/// How serious a band is; High and Very high risks mark the cards of the actions linked to them.
public enum RiskSeverity: String, Equatable, Hashable, Sendable, CaseIterable, Comparable {
    case low, moderate, high
    case veryHigh = "very-high"

    public static func < (lhs: RiskSeverity, rhs: RiskSeverity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// True for the bands that mark linked actions' cards.
    public var isSerious: Bool { self >= .high }
}
