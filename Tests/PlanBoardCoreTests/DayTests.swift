import Testing
@testable import PlanBoardCore

@Suite struct DayTests {
    @Test func roundTripsThroughDaysSince1970() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(Day(daysSince1970: n).daysSince1970 == n)
        }
        #expect(Day(year: 1970, month: 1, day: 1)!.daysSince1970 == 0)
        #expect(Day(year: 2026, month: 11, day: 23)!.daysSince1970 == 20_780)
    }

    @Test func refusesDaysThatDoNotExist() {
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2026, month: 6, day: 31) == nil)
        #expect(Day(year: 2026, month: 13, day: 1) == nil)
    }

    @Test func formatsTheWayUKPapersDo() {
        let day = Day(year: 2026, month: 3, day: 5)!
        #expect(day.isoText == "2026-03-05")
        #expect(day.shortText == "5 Mar 2026")
        #expect(day.longText == "5 March 2026")
        #expect(Day.endOf(month: 2, year: 2028) == Day(year: 2028, month: 2, day: 29))
    }

    @Test func timestampsRoundTripAsISOText() {
        let t = Timestamp(day: Day(year: 2026, month: 11, day: 23)!, hour: 14, minute: 2, second: 5)
        #expect(t.description == "2026-11-23T14:02:05Z")
        #expect(Timestamp(isoText: t.description) == t)
        #expect(t.clockText(utcOffset: 3600) == "15:02")
        #expect(Timestamp(isoText: "2026-11-23T25:00:00Z") == nil)
    }
}
