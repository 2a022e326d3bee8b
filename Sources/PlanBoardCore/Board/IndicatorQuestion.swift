/// A question asked while recording against an indicator: the steps of recording a value (value,
/// period, note), setting a target (target, period, stretch) or overriding the status (its reason),
/// with the answers given so far. The figure comes first, with nothing offered, so a chair typing
/// "498 Enter" at once records 498; the period is asked next with the one due offered.
public struct IndicatorQuestion: Equatable, Sendable {
    public enum Step: Equatable, Sendable {
        case value, valuePeriod, valueNote
        case target, targetPeriod, stretch
        /// The reason for overriding the status with this one (required).
        case overrideReason(IndicatorStatus)
        /// The tolerance, in percent of the target.
        case tolerance
    }

    /// What was typed for a value: a figure, or "data not yet available".
    public enum Entry: Equatable, Sendable {
        case figure(Double)
        case notAvailable
    }

    public var indicator: Indicator.ID
    public var step: Step
    /// The period being recorded (`Q3 2026/27`), once given.
    public var period = ""
    public var entry: Entry?
    public var target: Double?
    /// A new period with no date in it that the chair has been warned about: Enter on the same
    /// text again keeps it as written.
    public var unreadablePeriod: String?

    public init(indicator: Indicator.ID, step: Step) {
        self.indicator = indicator
        self.step = step
    }

    /// What Enter does at this step, for the hint line.
    var enterMeaning: String {
        switch step {
        case .value: "next: the period"
        case .valuePeriod: "next: a note"
        case .valueNote: "record (blank: no note)"
        case .target: "next: the period"
        case .targetPeriod: "next: stretch"
        case .stretch: "set the target"
        case .overrideReason: "override (a reason is required)"
        case .tolerance: "set tolerance"
        }
    }

    /// What Esc does, for the hint line.
    var escMeaning: String { "record nothing" }

    /// What the status line says after Esc.
    var cancelledMessage: String {
        switch step {
        case .overrideReason: "The status is as it was: nothing recorded."
        case .tolerance: "The tolerance is as it was."
        default: "Nothing recorded."
        }
    }
}

extension IndicatorQuestion.Entry {
    /// Reads a value as the chair types it: a figure (`498`, `29.1%`, `£1,250`), or `n/a` /
    /// `not available` for data not yet available; nil for anything else (never taken as 0).
    static func read(_ typed: String) -> Self? {
        let words = typed.trimmingWhitespace().lowercased()
            .replacingAll(".", with: "").replacingAll("-", with: " ")
        let notAvailable = ["n/a", "na", "not available", "not yet available", "data not yet available", "unavailable", "awaited"]
        if notAvailable.contains(words) { return .notAvailable }
        return IndicatorValueText.parse(typed).map { .figure($0) }
    }
}
