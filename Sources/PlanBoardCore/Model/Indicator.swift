/// A measure the partnership reports to the board above: "Percentage of carers who feel supported
/// to continue caring", with a baseline, targets per period and the values actually reached.
///
/// Periods are kept as the plan writes them (`2007/8`, `Q3 2022/23`); `IndicatorPeriodOrder` reads
/// them with the deadline grammar to order them and say what is due next.
public struct Indicator: Equatable, Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Indicator>

    public var id: ID
    /// The plan's own reference (`NI135`, `PI 3`); may be empty.
    public var ref: String
    public var name: String
    public var unit: IndicatorUnit
    /// Whether a higher or a lower value is better (more carers supported; fewer delayed discharges).
    public var better: IndicatorDirection
    public var frequency: IndicatorFrequency
    /// Where the figures come from (`Health and Care Experience Survey`).
    public var source: String
    /// Who reports it: initials from the plan's key or a name.
    public var owner: String
    /// The outcomes it evidences.
    public var outcomes: [Outcome.ID]
    /// The starting point the targets were set against (`2017/18`: 37).
    public var baseline: IndicatorBaseline?
    /// How far from target, in percent of the target, still counts as "near target" (amber).
    public var tolerancePercent: Double
    /// One entry per period, with its target(s) and the value reached; kept in the order read.
    public var periods: [IndicatorPeriod]
    /// The board's own judgement of the status, replacing the computed one, with its reason.
    public var statusOverride: IndicatorStatusOverride?
    /// Every recorded value, target and status change, oldest first.
    public var history: [Change]
    /// Fields of the indicator in the file that this planboard does not know, written back as read.
    public var unknownFields = UnknownFields()

    /// Five percent either side of target is "near target" unless the plan says otherwise.
    public static let defaultTolerancePercent = 5.0

    public init(id: ID, ref: String = "", name: String, unit: IndicatorUnit = .number, better: IndicatorDirection = .higher,
                frequency: IndicatorFrequency = .annual, source: String = "", owner: String = "", outcomes: [Outcome.ID] = [],
                baseline: IndicatorBaseline? = nil, tolerancePercent: Double = Indicator.defaultTolerancePercent,
                periods: [IndicatorPeriod] = [], statusOverride: IndicatorStatusOverride? = nil, history: [Change] = []) {
        self.id = id
        self.ref = ref
        self.name = name
        self.unit = unit
        self.better = better
        self.frequency = frequency
        self.source = source
        self.owner = owner
        self.outcomes = outcomes
        self.baseline = baseline
        self.tolerancePercent = tolerancePercent
        self.periods = periods
        self.statusOverride = statusOverride
        self.history = history
    }
}

/// What an indicator's numbers count.
public enum IndicatorUnit: String, Equatable, Hashable, Sendable, CaseIterable {
    /// A count: `412` carers assessed.
    case number
    /// `29.1%`.
    case percentage
    /// A rate per population: `12.4 per 1,000`.
    case rate
    /// Pounds: `£1,250,000`.
    case money

    public var word: String {
        switch self {
        case .number: "Number"
        case .percentage: "Percentage"
        case .rate: "Rate"
        case .money: "Money"
        }
    }
}

/// Which way is better for an indicator.
public enum IndicatorDirection: String, Equatable, Hashable, Sendable, CaseIterable {
    case higher, lower

    public var word: String { self == .higher ? "Higher is better" : "Lower is better" }
}

/// How often an indicator is reported.
public enum IndicatorFrequency: String, Equatable, Hashable, Sendable, CaseIterable {
    case monthly, quarterly, annual, biennial

    public var word: String {
        switch self {
        case .monthly: "Monthly"
        case .quarterly: "Quarterly"
        case .annual: "Annual"
        case .biennial: "Biennial"
        }
    }

    /// Months between two reports.
    public var months: Int {
        switch self {
        case .monthly: 1
        case .quarterly: 3
        case .annual: 12
        case .biennial: 24
        }
    }
}

/// The value an indicator started from, and the period it was measured in.
public struct IndicatorBaseline: Equatable, Hashable, Sendable {
    public var period: String
    public var value: Double
    /// Fields of the baseline in the file that this planboard does not know, written back as read.
    public var unknownFields = UnknownFields()

    public init(period: String, value: Double) {
        self.period = period
        self.value = value
    }
}

/// One reporting period of an indicator: what was aimed for and what was reached.
public struct IndicatorPeriod: Equatable, Hashable, Sendable {
    /// The period as written: `2008/09`, `Q3 2022/23`, `March 2023`.
    public var period: String
    public var target: Double?
    /// A more ambitious target, when the plan sets one.
    public var stretch: Double?
    /// The value reached; nil while none has been recorded.
    public var actual: Double?
    /// True when the figures are known not to exist yet ("Data not yet available"), which is a
    /// state of its own, never a zero.
    public var notAvailable: Bool
    /// What was said about the value (`provisional`, `survey delayed to 2024`).
    public var note: String
    /// When the value (or "not available") was entered, in which meeting, and by whom.
    public var enteredAt: Timestamp?
    public var meeting: Meeting.ID?
    public var who: String?
    /// Fields of the period in the file that this planboard does not know, written back as read.
    public var unknownFields = UnknownFields()

    public init(period: String, target: Double? = nil, stretch: Double? = nil, actual: Double? = nil,
                notAvailable: Bool = false, note: String = "", enteredAt: Timestamp? = nil,
                meeting: Meeting.ID? = nil, who: String? = nil) {
        self.period = period
        self.target = target
        self.stretch = stretch
        self.actual = actual
        self.notAvailable = notAvailable
        self.note = note
        self.enteredAt = enteredAt
        self.meeting = meeting
        self.who = who
    }

    /// True when the period has a value to compare with its target.
    public var hasActual: Bool { actual != nil }
}

/// The board's own judgement of an indicator's status, which replaces the computed one.
public struct IndicatorStatusOverride: Equatable, Hashable, Sendable {
    public var status: IndicatorStatus
    public var reason: String
    public var at: Timestamp
    public var meeting: Meeting.ID?
    public var who: String?
    /// The period it was given for: the latest recorded then (`2022/23`), empty when none was; it
    /// lapses once a later period is recorded. Nil in files from before overrides were kept per
    /// period: then read as the latest period recorded by `at` (`IndicatorOverrideStanding`).
    public var period: String?
    /// Fields of the override in the file that this planboard does not know, written back as read.
    public var unknownFields = UnknownFields()

    public init(status: IndicatorStatus, reason: String, at: Timestamp, meeting: Meeting.ID? = nil, who: String? = nil,
                period: String? = nil) {
        self.status = status
        self.reason = reason
        self.at = at
        self.meeting = meeting
        self.who = who
        self.period = period
    }
}

/// Where an indicator stands against its target, shown with a letter and colour like a RAG.
public enum IndicatorStatus: String, Equatable, Hashable, Sendable, CaseIterable {
    /// The latest value meets or beats its target.
    case onTarget = "on-target"
    /// Short of target, but within the indicator's tolerance.
    case nearTarget = "near-target"
    /// Short of target by more than the tolerance.
    case offTarget = "off-target"
    /// No value to judge: none recorded, not yet available, or no target for the period.
    case noData = "no-data"

    public var word: String {
        switch self {
        case .onTarget: "On target"
        case .nearTarget: "Near target"
        case .offTarget: "Off target"
        case .noData: "No data"
        }
    }

    /// One letter that carries the status without colour.
    public var letter: String {
        switch self {
        case .onTarget: "G"
        case .nearTarget: "A"
        case .offTarget: "R"
        case .noData: "·"
        }
    }

    /// The RAG whose colour shows this status.
    public var rag: RAG {
        switch self {
        case .onTarget: .green
        case .nearTarget: .amber
        case .offTarget: .red
        case .noData: .unrated
        }
    }
}
