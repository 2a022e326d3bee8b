import Testing
@testable import PlanBoardCore

@Suite struct GridTests {
    @Test func putStopsAtTheWidthGiven() {
        var grid = Grid(size: Size(width: 10, height: 1))
        #expect(grid.put("abcdefgh", x: 2, y: 0, maxWidth: 4) == 4)
        #expect(grid.lines == ["  abcd    "])
    }

    @Test func aWideCharacterTakesTwoCellsAndIsNeverCutInHalf() {
        var grid = Grid(size: Size(width: 5, height: 1))
        grid.put("漢字漢", x: 0, y: 0)
        #expect(grid[1, 0].isContinuation)
        #expect(grid.lines == ["漢字 "])
        #expect(TextWidth.of(grid.lines[0]) == 5)
    }

    @Test func combiningMarksJoinTheCellBefore() {
        var grid = Grid(size: Size(width: 4, height: 1))
        grid.put("e\u{301}x", x: 0, y: 0)
        #expect(grid[0, 0].text == "e\u{301}")
        #expect(grid[1, 0].text == "x")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(size: Size(width: 4, height: 1))
        grid.put("漢字", x: 0, y: 0)
        grid.put("a", x: 1, y: 0)
        #expect(grid.lines == [" a字"])
        #expect(TextWidth.of(grid.lines[0]) == 4)
    }

    @Test func controlCharactersAreDrawnAsSymbols() {
        var grid = Grid(size: Size(width: 8, height: 1))
        grid.put("a\u{1B}b\tc\u{7F}", x: 0, y: 0)
        #expect(grid.lines == ["a␛b␉c␡  "])
    }

    @Test func boxesHaveTitlesSetIntoTheirTopEdge() {
        var grid = Grid(size: Size(width: 12, height: 3))
        grid.box(Rect(x: 0, y: 0, width: 12, height: 3), title: "Outcome title")
        #expect(grid.lines == ["┌ Outcome… ┐", "│          │", "└──────────┘"])
    }
}

@Suite struct CardFooterTests {
    @Test func theDeadlineStaysWholeAndTheLeadsAreShortened() {
        #expect(CardView.footer(leads: "SMC, HSCP", deadline: "September 2026", width: 24) == "SMC, H… · September 2026")
        #expect(CardView.footer(leads: "Dundee Carers Centre Localities Team", deadline: "Autumn 2022", width: 26)
                == "Dundee Care… · Autumn 2022")
        #expect(CardView.footer(leads: "CC", deadline: "March 2026", width: 26) == "CC · March 2026")
        #expect(CardView.footer(leads: "", deadline: "On-going", width: 26) == "On-going")
        #expect(CardView.footer(leads: "Carers Centre", deadline: "", width: 8) == "Carers …")
        #expect(CardView.footer(leads: "ABCDEFGH", deadline: "A very long deadline text", width: 12) == "ABCDEFGH · …")
    }
}
