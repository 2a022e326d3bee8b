/// A change of the plan's risk bands made in the meeting, minuted first in the risk register
/// section: `Risk bands changed from 1-3 Low, … to 1-3 Low, …, by Morag Chair`, since every level
/// in the papers is worded with the bands of the day they are produced.
extension MeetingRecord {
    /// The bands' changes in this meeting, several collapsed into one from the first to the last.
    var riskBandMinutes: [RiskMinute] {
        MinuteEntry.collapsed(plan.riskBandsHistory.filter { $0.meeting == meeting.id }).map { change in
            let who = MinuteEntry.nonEmpty(change.who).map { ", by \($0.trimmingWhitespace())" } ?? ""
            return RiskMinute(risk: "Risk scoring", text: "Risk bands changed from \(change.from) to \(change.to)\(who)")
        }
    }
}
