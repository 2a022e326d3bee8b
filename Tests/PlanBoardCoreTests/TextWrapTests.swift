import Testing
@testable import PlanBoardCore

@Suite struct TextWrapTests {
    @Test func breaksAtSpacesAndKeepsOffsets() {
        let lines = TextWrap.lines("Carers voice group meets quarterly", width: 12)
        #expect(lines.map(\.text) == ["Carers voice", "group meets", "quarterly"])
        #expect(lines.map(\.start) == [0, 13, 25])
        #expect(lines.last.map { $0.start + $0.length } == 34)
    }

    @Test func breaksInsideAWordOnlyWhenItCannotFit() {
        #expect(TextWrap.wrap("Supercalifragilistic", width: 8) == ["Supercal", "ifragili", "stic"])
    }

    @Test func newlinesAlwaysBreakAndEmptyLinesSurvive() {
        #expect(TextWrap.wrap("one\n\ntwo", width: 10) == ["one", "", "two"])
        #expect(TextWrap.lines("ab\ncd", width: 10).map(\.start) == [0, 3])
        #expect(TextWrap.wrap("", width: 5) == [""])
    }

    @Test func wideCharactersCountTwoCells() {
        #expect(TextWrap.wrap("漢字漢字漢", width: 4) == ["漢字", "漢字", "漢"])
        #expect(TextWrap.truncate("漢字漢字", width: 5) == "漢字…")
    }

    @Test func truncatesWithAnEllipsis() {
        #expect(TextWrap.truncate("Short breaks statement", width: 10) == "Short bre…")
        #expect(TextWrap.truncate("Fits", width: 10) == "Fits")
        #expect(TextWrap.wrap("one two three four", width: 7, maxLines: 2) == ["one two", "three…"])
        #expect(TextWrap.wrap("abcd efgh ijkl", width: 4, maxLines: 2) == ["abcd", "efg…"])
    }
}
