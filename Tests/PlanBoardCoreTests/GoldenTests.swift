import Testing
@testable import PlanBoardCore

/// The golden files' own rules: styles are recorded, and nothing but a match passes.
@Suite struct GoldenVerdictTests {
    @Test func aMatchPassesAndWritesNothing() {
        let verdict = GoldenVerdict(expected: "a\nb\n", actual: "a\nb\n", recording: false)
        #expect(verdict == .matches)
        #expect(!verdict.writesFile)
        #expect(verdict.problem(name: "x.txt", actual: "a\nb\n") == nil)
    }

    @Test func aDifferenceFailsNamingTheFirstLineThatDiffers() {
        let verdict = GoldenVerdict(expected: "a\nb\nc\n", actual: "a\nB\nc\n", recording: false)
        #expect(verdict == .differs(line: 2, expected: "b", actual: "B"))
        #expect(!verdict.writesFile, "a difference never overwrites the golden")
        #expect(verdict.problem(name: "x.txt", actual: "a\nB\nc\n")?.contains("at line 2") == true)
    }

    @Test func aMissingGoldenIsWrittenAndFails() {
        let verdict = GoldenVerdict(expected: nil, actual: "a\n", recording: false)
        #expect(verdict == .missing)
        #expect(verdict.writesFile)
        #expect(verdict.problem(name: "x.txt", actual: "a\n") != nil)
    }

    @Test(arguments: [true, false]) func recordingWritesAndFailsWhetherOrNotAnythingChanged(changed: Bool) {
        let verdict = GoldenVerdict(expected: "a\n", actual: changed ? "b\n" : "a\n", recording: true)
        #expect(verdict == .recorded(changed: changed))
        #expect(verdict.writesFile)
        let problem = verdict.problem(name: "x.txt", actual: "a\n")
        #expect(problem?.contains("RECORD_SNAPSHOTS=1: wrote x.txt") == true)
        #expect(problem?.contains(changed ? "it changed" : "unchanged") == true)
    }
}

@Suite struct GoldenStylesTests {
    @Test func everyCellGetsTheCharacterOfItsStyleWithAKeyOfThoseUsed() {
        var grid = Grid(size: Size(width: 8, height: 3))
        grid.put("Head", x: 0, y: 0, style: .bold)
        grid.put("A ●", x: 5, y: 0, style: .badge(.amber))
        grid.put("note", x: 1, y: 2, style: .dim)
        grid.put("x", x: 6, y: 2, style: Style(foreground: .cyan, underline: true))
        #expect(GoldenStyles.section(of: grid) == """
            \(GoldenStyles.heading)
            bbbb AAA

             dddd 1
            b  bold
            d  dim
            A  bold black on amber
            1  underline cyan
            cursor hidden

            """)
    }

    @Test func theCursorIsRecordedWithTheCellItReverses() {
        var grid = Grid(size: Size(width: 4, height: 1))
        grid.put("ab", x: 0, y: 0)
        grid.placeCursor(x: 1, y: 0)
        let section = GoldenStyles.section(of: grid)
        #expect(section.contains("\n i\n"))
        #expect(section.hasSuffix("i  reverse\ncursor at column 1, row 0 (counted from 0)\n"))
    }

    @Test func aChangeOfStyleAloneChangesTheGolden() {
        let grid = BoardView.render(Fixtures.state(size: Size(width: 80, height: 24)))
        var restyled = grid
        restyled.restyle(Rect(x: 2, y: 4, width: 1, height: 1)) { $0.reverse = false }
        #expect(restyled.text == grid.text)
        #expect(GoldenStyles.section(of: restyled) != GoldenStyles.section(of: grid))
    }
}
