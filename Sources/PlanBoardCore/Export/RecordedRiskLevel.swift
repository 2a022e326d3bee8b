/// One rule for a risk level a history entry recorded (`L3 × I2 = 6 Medium`): every output words it
/// afresh from likelihood × impact with the plan's current bands, so minutes, reports, changes since
/// and the board never give one score two band words. The band named at the time is not repeated.
enum RecordedRiskLevel {
    /// `Likelihood 3 x Impact 2 = Risk Scoring 6 (Moderate)`, as committee papers and minutes write
    /// it; the text as written when it names no likelihood and impact.
    static func committee(_ text: String, bands: RiskBands) -> String {
        guard let read = RiskLevelText.read(text) else { return text }
        return read.level.reportText(bands: bands)
    }

    /// `L3 × I2 = 6 Moderate`, for the board's history; the text as written when it names no level.
    static func short(_ text: String, bands: RiskBands) -> String {
        guard let read = RiskLevelText.read(text) else { return text }
        return read.level.shortText(bands: bands)
    }

    /// True for the fields whose history entries hold a level.
    static func holdsLevel(_ field: Change.Field) -> Bool {
        field == .inherent || field == .residual || field == .planned
    }
}
