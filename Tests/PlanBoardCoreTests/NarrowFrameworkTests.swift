import Testing
@testable import PlanBoardCore

/// The framework screens and the board's header at 120×36 down to 50×16, from a new user's trial at
/// 60×20: nothing cut mid-word, the highlighted item's whole name, footers from the keymap.
@Suite struct NarrowFrameworkTests {
    static let sizes = [Size(width: 120, height: 36), Size(width: 80, height: 24), Size(width: 60, height: 20), Size(width: 50, height: 16)]
    static let trial = Size(width: 60, height: 20)

    static func example(_ size: Size, _ change: (inout Plan) -> Void = { _ in }) -> BoardState {
        var plan = ExamplePlan.make()
        change(&plan)
        return BoardState(plan: plan, fileName: "plan.json", size: size, today: Fixtures.today)
    }

    // MARK: golden screens

    @Test(arguments: [Size(width: 120, height: 36), Size(width: 60, height: 20), Size(width: 50, height: 16)])
    func anActionsMilestones(size: Size) {
        var state = Self.example(size)
        send(&state, .move(.right), .milestone(.open), .milestone(.pick(offset: 1)))
        assertSnapshot(BoardView.render(state), named: "milestones-\(size.width)x\(size.height)")
    }

    @Test(arguments: [Size(width: 120, height: 36), Size(width: 60, height: 20), Size(width: 50, height: 16)])
    func theDetailPanes(size: Size) {
        var state = Self.example(size)
        send(&state, .indicator(.open), .indicator(.openDetail))
        state.flash = nil
        assertSnapshot(BoardView.render(state), named: "indicator-detail-\(size.width)x\(size.height)")
        var risk = Self.example(size)
        send(&risk, .risk(.open), .risk(.toggleDetail))
        risk.flash = nil
        assertSnapshot(BoardView.render(risk), named: "risk-detail-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes) func theOverrideChooserWithAnOverrideToClear(size: Size) {
        var state = Self.overridden(size)
        send(&state, .indicator(.chooseOverride))
        assertSnapshot(BoardView.render(state), named: "indicator-override-\(size.width)x\(size.height)")
    }

    @Test(arguments: [Size(width: 60, height: 20), Size(width: 50, height: 16)]) func endingAMeetingAsksAtEverySize(size: Size) {
        var state = Self.example(size)
        startMeeting(&state, title: "Strathmerrin Carers Partnership Board, quarterly performance review — 29 November 2026")
        send(&state, .startOrEndMeeting)
        let grid = BoardView.render(state)
        #expect(grid.text.contains("End the meeting?"))
        #expect(grid.text.contains("y  end the meeting") && grid.text.contains("n  keep it running"))
        assertSnapshot(grid, named: "confirm-end-meeting-\(size.width)x\(size.height)")
    }

    @Test func theBoardAtTheTrialsSize() {
        var state = Self.example(Self.trial)
        state.saveStatus = .saved(Timestamp(day: Fixtures.today, hour: 17, minute: 53))
        let grid = BoardView.render(state)
        #expect(grid.lines[0].hasPrefix(" Strathmerrin Carers Delivery… "), "the title cut at a word: \(grid.lines[0])")
        #expect(grid.lines[0].hasSuffix("saved 17:53 "), "the save state always shows: \(grid.lines[0])")
        assertSnapshot(grid, named: "example-60x20")
    }

    // MARK: the trial's findings

    @Test(arguments: sizes.prefix(3)) func theHighlightedIndicatorsWholeNameShowsUnderTheList(size: Size) throws {
        var state = Self.example(size)
        send(&state, .indicator(.open), .indicator(.pick(offset: 3)))
        let name = try #require(state.plan.indicators.dropFirst(3).first?.name)
        #expect(BoardView.render(state).text.contains("PI4 " + name), "\(size)")
        send(&state, .indicator(.pick(offset: 1)))
        #expect(BoardView.render(state).text.contains("PI5 " + state.plan.indicators[4].name))
    }

    @Test func aLongNameWrapsToTwoRowsUnderTheList() {
        let name = "Percentage of adults with intensive care needs receiving care at home rather than in a care home or hospital"
        var state = Self.example(Self.trial) { $0.indicators[0].name = name }
        send(&state, .indicator(.open))
        let lines = BoardView.render(state).lines
        #expect(lines.contains { $0.hasPrefix("│ PI1 Percentage of adults with intensive care needs ") }, "\(lines.joined(separator: "\n"))")
        #expect(lines.contains { $0.hasPrefix("│ receiving care at home rather than in a care home or ") })
        #expect(lines.contains { $0.hasPrefix("│ hospital ") })
    }

    @Test(arguments: [Kind.indicators, .register, .heatMap, .milestones])
    func everyCueOfTheScreensKeymapShowsOnceOnItsFooterOrTheBottomLine(kind: Kind) {
        for size in [Self.trial, Size(width: 80, height: 24), Size(width: 120, height: 36)] {
            var state = Self.example(size)
            kind.open(&state)
            let text = BoardView.render(state).text
            for hint in Keymap.hints(for: state) {
                let cue = hint.label + " " + hint.text
                #expect(text.components(separatedBy: cue).count == 2, "\(cue) once at \(size) in \(kind):\n\(text)")
            }
        }
    }

    @Test func aDetailPanesCuesTheKeyLineCannotHoldGoOnTheStatusLine() {
        for open in [[Message.indicator(.open), .indicator(.openDetail)], [.risk(.open), .risk(.toggleDetail)]] {
            var state = Self.example(Self.trial)
            for message in open { send(&state, message) }
            state.flash = nil
            let lines = BoardView.render(state).lines
            let bottom = lines.suffix(2).joined(separator: "\n")
            for hint in Keymap.hints(for: state) {
                let cue = hint.label + " " + hint.text
                #expect(bottom.components(separatedBy: cue).count == 2, "\(cue) once:\n\(bottom)")
            }
        }
    }

    @Test func aNewCueInTheKeymapReachesTheFooterWithoutTheScreenKnowingIt() {
        // The footer is given the cues the bottom line has no room for, whatever they are.
        var state = Self.example(Self.trial)
        send(&state, .indicator(.open))
        let leftOver = HintFitting.leftOver(for: state)
        #expect(!leftOver.isEmpty, "at 60 columns the bottom line cannot hold every cue of the indicators view")
        let shown = StatusBar.fitting(Keymap.hints(for: state), width: StatusBar.hintWidth(state))
        #expect(shown.count + leftOver.count == Keymap.hints(for: state).count)
        let footer = BoardView.render(state).lines[state.size.height - 4]
        for hint in leftOver { #expect(footer.contains(hint.label + " " + hint.text), "\(footer)") }
    }

    @Test func footersDropWholeItemsNeverCuttingAWord() {
        for size in Self.sizes {
            for kind in [Kind.indicators, .register, .heatMap, .milestones] {
                var state = Self.example(size)
                kind.open(&state)
                state.flash = nil
                let lines = BoardView.render(state).lines
                for line in [lines[size.height - 4], lines[size.height - 3], lines[size.height - 1]] {
                    #expect(!line.contains("…"), "\(kind) at \(size): \(line)")
                    #expect(!line.contains("meetin │") && !line.contains("(October │"), "\(kind) at \(size): \(line)")
                }
            }
        }
    }

    @Test func aPastReviewIsSaidWholeOrShorterNeverCut() {
        var state = Self.example(Self.trial)
        send(&state, .risk(.open), .risk(.pick(offset: 1)))
        let text = BoardView.render(state).text
        #expect(text.contains("R2 Carer support plans wait longer than 28 days"), "the whole title under the list")
        #expect(text.contains("Residual 8 High · ⚑ review overdue (October 2026)"))
        var narrow = Self.example(Size(width: 50, height: 16))
        send(&narrow, .risk(.open), .risk(.pick(offset: 1)))
        let line = BoardView.render(narrow).lines.first { $0.contains("Residual") && $0.contains("⚑") } ?? ""
        #expect(line.contains("· ⚑ review overdue") && !line.contains("…"), "shorter, not cut: \(line)")
    }

    @Test func theMilestonesKeepTheirDoneDayAtSixtyColumns() {
        for size in [Self.trial, Size(width: 50, height: 16)] {
            var state = Self.example(size)
            send(&state, .milestone(.open))
            let text = BoardView.render(state).text
            #expect(text.contains("done 30 Apr 2026"), "\(size):\n\(text)")
            #expect(text.contains("│ Training pack written with the Carers Voice "), "the highlighted milestone whole:\n\(text)")
        }
    }

    @Test func aWideRegisterGivesTheTitleTheFreeWidthAndNeverCutsABandWord() throws {
        // R2 at 4 × 4 = 16 Very high, the longest band word.
        var state = Self.example(Size(width: 120, height: 36)) { $0.risks[1].residual = RiskLevel(likelihood: 4, impact: 4) }
        send(&state, .risk(.open))
        let lines = BoardView.render(state).lines
        for risk in state.plan.risks {
            let row = try #require(lines.first { $0.contains(" \(risk.ref)  ") })
            #expect(row.contains(risk.title), "\(row)")
        }
        #expect(lines.contains { $0.contains("16 Very high") })
        for size in Self.sizes {
            var at = Self.example(size) { $0.risks[1].residual = RiskLevel(likelihood: 4, impact: 4) }
            send(&at, .risk(.open))
            let text = BoardView.render(at).text
            #expect(!text.contains("Very hi…") && !text.contains("Very h…") && !text.contains("Moder…"), "\(size):\n\(text)")
        }
    }

    @Test func theOverrideChoosersClearLineIsWholeAtSixtyAndWrappedAtFifty() {
        var state = Self.overridden(Self.trial)
        send(&state, .indicator(.chooseOverride))
        #expect(BoardView.render(state).text.contains("c  clear the override (computed: Near target)"))
        var narrow = Self.overridden(Size(width: 50, height: 16))
        send(&narrow, .indicator(.chooseOverride))
        let text = BoardView.render(narrow).text
        #expect(text.contains("c  clear the override  ") && text.contains("   (computed: Near target)"), "\(text)")
    }

    @Test func aDialogsQuestionShowsEvenWhenItIsLongerThanTheBorder() {
        var grid = Grid(size: Size(width: 40, height: 12))
        DialogView(title: "Purge 1.1 for good, with all of its history and notes?", message: String(repeating: "word ", count: 60),
                   hints: Keymap.hints(for: .confirmPurge)).draw(into: &grid, in: Rect(x: 0, y: 0, width: 40, height: 12))
        let text = grid.text
        #expect(text.contains("│ Purge 1.1 for good, with all of  │"), "\(text)")
        #expect(text.contains("│ its history and notes?  "))
        for hint in Keymap.hints(for: .confirmPurge) { #expect(text.contains(hint.label + "  " + hint.text), "\(text)") }
    }

    @Test func aPlanWithoutAFrameworkSaysHowToAddOneInWholeWords() {
        var state = Self.example(Self.trial) { $0.indicators = []; $0.risks = [] }
        send(&state, .indicator(.open))
        var text = BoardView.render(state).text
        #expect(text.contains("No indicators in this plan. planboard import SHEET"), "\(text)")
        #expect(text.contains("--into PLAN.json adds an indicator table."), "\(text)")
        send(&state, .indicator(.close), .risk(.open))
        text = BoardView.render(state).text
        #expect(text.contains("This plan has no risk register. planboard import SHEET "), "\(text)")
        #expect(text.contains("│ --into PLAN.json adds one. "), "\(text)")
    }

    @Test func aPromptsQuestionAtSixtyColumnsIsWholeOrShortenedByWholeWords() {
        var state = Self.example(Self.trial)
        send(&state, .startOrEndMeeting)
        for _ in 0..<6 { send(&state, .submit) }
        #expect(BoardView.render(state).lines[18].hasPrefix(" Date of the next meeting, for the minutes: "))
        var indicator = Self.example(Self.trial)
        send(&indicator, .indicator(.open))
        ValueFirstTests.press(&indicator, [.char("v")])
        #expect(BoardView.render(indicator).lines[18].hasPrefix(" PI1 value (498, 29.1%, £1,250, or n/a)? "), "the value asked first, whole")
        ValueFirstTests.press(&indicator, ValueFirstTests.chars("500") + [.enter])
        let period = BoardView.render(indicator).lines[18]
        #expect(period.hasPrefix(" PI1 500 for which period? "), "\(period)")
    }

    @Test func theHintLineDropsTheLeastImportantCueFirst() {
        let chooser = Keymap.hints(for: .chooseIndicatorStatus)
        let narrow = StatusBar.fitting(chooser, width: 55)
        #expect(narrow.map(\.text) == ["override, then why", "keep it as it was"], "the middle cue goes, not the first")
        let board = Keymap.hints(for: .board)
        let fitted = StatusBar.fitting(board, width: 40)
        #expect(fitted.first?.text == "move" && fitted.suffix(2).map(\.text) == ["help", "quit"])
        #expect(HintFitting.cells(fitted) <= 40)
        #expect(StatusBar.fitting(board, width: 3).isEmpty, "a cue that cannot fit whole is left out")
    }

    @Test func theHeaderGivesWayByWholeItemsAndCutsTheTitleOnlyAtAWord() {
        let title = "Strathmerrin Carers Delivery Plan"
        for width in stride(from: 40, through: 130, by: 1) {
            var state = Self.example(Size(width: width, height: 20))
            state.saveStatus = .saved(Timestamp(day: Fixtures.today, hour: 9, minute: 5))
            let header = BoardView.render(state).lines[0]
            #expect(header.contains("saved 09:05"), "\(width): \(header)")
            #expect(header.contains("R4 A7 G11 ·4"), "\(width): \(header)")
            guard header.contains("Strath") else { continue }
            let left = header.dropFirst().components(separatedBy: "  ")[0]
            if left.hasSuffix("…") {
                let kept = String(left.dropLast())
                #expect(title.hasPrefix(kept) && title.dropFirst(kept.count).first == " ", "\(width): \(header)")
            } else {
                #expect(left.hasPrefix(title), "\(width): \(header)")
                #expect(["", " 2025–2028", " 2025–2028 · Strathmerrin Carers Partnership"].contains(String(left.dropFirst(title.count))),
                        "\(width): \(header)")
            }
        }
    }

    // MARK: helpers

    /// The indicators view open on PI1, overridden to On target.
    static func overridden(_ size: Size) -> BoardState {
        var state = example(size)
        send(&state, .indicator(.open), .indicator(.chooseOverride), .indicator(.override(.onTarget)))
        type(&state, "Q3 figures already above target")
        send(&state, .submit)
        state.flash = nil
        return state
    }

    /// A screen of the framework, opened from the board.
    enum Kind: String, CustomStringConvertible, CaseIterable, Sendable {
        case indicators, register, heatMap, milestones
        var description: String { rawValue }

        func open(_ state: inout BoardState) {
            switch self {
            case .indicators: send(&state, .indicator(.open))
            case .register: send(&state, .risk(.open))
            case .heatMap: send(&state, .risk(.open), .risk(.toggleHeatMap))
            case .milestones: send(&state, .milestone(.open))
            }
        }
    }
}

/// Shortening a line for the status line and header without cutting a word.
@Suite struct WordCutTests {
    @Test func aLineThatFitsIsKept() {
        #expect(WordCut.line("PI1 target for which period?", width: 40) == "PI1 target for which period?")
        #expect(WordCut.cut("Nothing recorded.", width: 17) == "Nothing recorded.")
    }

    @Test func aQuestionLosesItsAsidesBeforeItsWords() {
        let question = "PI1 Q3 2026/27 value (498, 29.1%, £1,250 or n/a)?"
        #expect(WordCut.line(question, width: 40) == "PI1 Q3 2026/27 value?")
        #expect(WordCut.line("PI1 note on the Q3 2026/27 value (optional)?", width: 40) == "PI1 note on the Q3 2026/27 value?")
        #expect(WordCut.line("Review date of R1 Short Breaks Fund not renewed after March 2027:", width: 40)
                == "Review date of R1 Short Breaks Fund not…")
        #expect(WordCut.line("An aside (never closed goes on and on", width: 20) == "An aside (never…")
    }

    @Test func aCutFallsAfterAWholeWord() {
        #expect(WordCut.cut("PI1 Q3 2026/27 value 490 recorded (target 510, near target)", width: 50)
                == "PI1 Q3 2026/27 value 490 recorded (target 510,…")
        #expect(WordCut.words("Strathmerrin Carers Delivery Plan", width: 21) == "Strathmerrin Carers…")
        #expect(WordCut.words("Strathmerrin Carers Delivery Plan", width: 12) == nil, "not even one word fits")
        #expect(WordCut.cut("Supercalifragilistic", width: 8) == "Superca…", "one long word is cut where it must be")
    }
}
