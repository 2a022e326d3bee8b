import Testing
@testable import PlanBoardCore

/// The minutes state only what the board recorded, name a meeting so it cannot be mistaken for
/// another held the same day, and write risk levels as the committee papers do.
@Suite struct MinutesWordingTests {
    @Test func thePreviousMinutesAreNotSaidToBeAgreedAndASameDayMeetingIsNamedByTimeAndTitle() throws {
        let plan = OutputFileNameTests.twoMeetingsOneDay
        let minutes = try #require(MinutesReport.markdown(plan, meeting: Meeting.ID("m3"), today: MinutesFixtures.today))
        #expect(minutes.contains("## 2. Minutes of the previous meeting\n\nThe previous meeting was the meeting of "
            + "23 November 2026 at 14:00, ‘Carers Partnership — 23 November 2026’. "
            + "Whether its minutes were agreed is not recorded here.\n"), "\(minutes)")
        #expect(!minutes.contains("correct record"))
        let html = try #require(MinutesReport.html(plan, meeting: Meeting.ID("m3"), today: MinutesFixtures.today))
        #expect(html.contains("23 November 2026 at 14:00, ‘Carers Partnership — 23 November 2026’. Whether its minutes were agreed"))
    }

    @Test func aMeetingAloneOnItsDayIsNamedByDate() {
        let meetings = MinutesFixtures.meetings
        #expect(meetings[0].reference(among: meetings) == "the meeting of 14 September 2026")
        #expect(meetings[0].reference(among: meetings, dateText: \.shortText, alwaysTitled: true)
            == "the meeting of 14 Sep 2026, ‘Carers Partnership — 14 September 2026’")
    }

    @Test func anImportKeepingAFigureNamesTheMeetingByTitleAndTimeWhenTheDayHadTwo() {
        var meetings = MinutesFixtures.meetings
        var extra = meetings[1]
        extra.id = Meeting.ID("m3")
        extra.title = "Extra meeting"
        extra.startedAt = MinutesFixtures.at(17, 5)
        meetings.append(extra)
        let history = [Change(at: MinutesFixtures.at(17, 10), field: .actual, from: "2022/23: none", to: "2022/23: 432",
                              meeting: Meeting.ID("m3"))]
        let origin = RecordedOrigin.of(history, field: .actual, meetings: meetings, createdBySheet: true)
        #expect(origin.words == "recorded in the meeting of 23 Nov 2026 at 17:05, ‘Extra meeting’")
    }

    @Test func riskChangesAreWrittenInTheCommitteeForm() {
        let bands = RiskBands.standard
        let level = Change(at: Fixtures.now, field: .residual, from: "L3 × I2 = 6 Moderate", to: "L2 × I2 = 4 Moderate")
        #expect(MeetingRecord.riskWords(level, bands: bands)
            == "Residual risk changed from Likelihood 3 x Impact 2 = Risk Scoring 6 (Moderate) to "
            + "Likelihood 2 x Impact 2 = Risk Scoring 4 (Moderate)")
        let first = Change(at: Fixtures.now, field: .planned, from: "", to: "L3 × I3 = 9 High", reason: "First assessed")
        #expect(MeetingRecord.riskWords(first, bands: bands)
            == "Planned risk set to Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk). Reason: First assessed")
        let review = Change(at: Fixtures.now, field: .reviewDate, from: "February 2027", to: "May 2027")
        #expect(MeetingRecord.riskWords(review, bands: bands) == "Review date changed from February 2027 to May 2027")
    }

    @Test func aLevelKeepsTheBandItsEntryNamedWhenThePlanStillHasIt() {
        let bands = RiskBands(bands: [RiskBand(name: "Low", from: 1, severity: .low),
                                      RiskBand(name: "Significant", from: 6, severity: .high)])
        #expect(MeetingRecord.committeeLevel("L3 × I2 = 6 Significant", bands: bands)
            == "Likelihood 3 x Impact 2 = Risk Scoring 6 (Significant Risk)")
        #expect(MeetingRecord.committeeLevel("L2 × I2 = 4 Moderate", bands: bands)
            == "Likelihood 2 x Impact 2 = Risk Scoring 4 (Low)", "a band since renamed: today's band for the score")
    }
}
