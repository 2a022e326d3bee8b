/// A deadline as a plan writes it, with the due date it stands for when it names one.
///
/// `text` is kept exactly as written (`by end of Autumn 2022`); `due` is derived from it by
/// `DeadlineParser` and is nil for deadlines that name no date (`On-going`, `TBC`, free text).
public struct Deadline: Equatable, Hashable, Sendable {
    /// What sort of deadline the text is, which says how `due` was worked out.
    public enum Kind: String, Equatable, Hashable, Sendable, CaseIterable {
        /// A day: `31 March 2026`, `05/10/15`, `2026-03-31`.
        case date
        /// A month, or a range of months (the end of the later one): `March 2023`, `March–June 2023`.
        case month
        /// A UK meteorological season, or a range of them: `Autumn 2022`, `Spring/Summer 2023`.
        case season
        /// A quarter of a financial year (`Q3 2022/23`) or of a calendar year (`Q1 2023`).
        case quarter
        /// A UK financial year, ending 31 March: `2019/20`, `2020/2021`.
        case financialYear
        /// A calendar year: `2023`.
        case year
        /// Work that has no end: `On-going`, `Continuous`. No due date.
        case ongoing
        /// Already done: `Complete`, `Completed`. No due date.
        case complete
        /// Not set yet: `TBC`, `TBA`, `In development`, `Development work`, blank. No due date.
        case unscheduled
        /// Text the parser does not understand. No due date.
        case unknown
    }

    /// The deadline exactly as written.
    public var text: String
    /// The last day the deadline allows, when the text names one.
    public var due: Day?
    public var kind: Kind

    public init(text: String, due: Day?, kind: Kind) {
        self.text = text
        self.due = due
        self.kind = kind
    }
}
