import Testing
@testable import PlanBoardCore

@Suite struct ReducerNavigationTests {
    @Test func arrowsMoveBetweenCardsAndLanes() {
        var state = Fixtures.state()
        send(&state, .move(.down), .move(.down))
        #expect(state.selectedAction?.ref == "1.3")
        send(&state, .move(.right))
        #expect(state.selectedAction?.ref == "2.2", "lands at the same height, clamped to the lane")
        send(&state, .move(.right))
        #expect(state.laneIndex == 2)
        #expect(state.selectedAction == nil, "an empty lane can be focused")
        send(&state, .move(.right))
        #expect(state.laneIndex == 2, "no lane beyond the last")
        send(&state, .move(.left), .move(.up), .move(.up), .move(.up))
        #expect(state.selectedAction?.ref == "2.1")
    }

    @Test func firstLastAndPageMoves() {
        var state = Fixtures.state()
        send(&state, .moveToLastCard)
        #expect(state.selectedAction?.ref == "1.4")
        send(&state, .moveToFirstCard)
        #expect(state.selectedAction?.ref == "1.1")
        send(&state, .pageDown)
        #expect(state.selectedAction?.ref == "1.4")
        send(&state, .pageUp)
        #expect(state.selectedAction?.ref == "1.1")
    }

    @Test func cardsScrollWithinALaneToKeepTheSelectionVisible() {
        let plan = PlanGenerator.make(actions: 200, outcomes: 2)
        var state = Fixtures.state(plan, size: Size(width: 80, height: 24))
        let visible = BoardLayout(size: state.size, laneCount: 2, paneOpen: false).visibleCards
        for _ in 0..<visible { send(&state, .move(.down)) }
        #expect(state.laneScroll[state.lanes[0].key] == 1)
        let text = BoardView.render(state).text
        #expect(text.contains("▲ 1 more"))
        #expect(text.contains("▶" + state.selectedAction!.ref))
    }

    @Test func lanesScrollSidewaysWhenTheyDoNotAllFit() {
        let plan = PlanGenerator.make(actions: 60, outcomes: 8)
        var state = Fixtures.state(plan, size: Size(width: 100, height: 30))
        let visible = BoardLayout(size: state.size, laneCount: 8, paneOpen: false).visibleLaneCount
        #expect(visible == 3)
        for _ in 0..<4 { send(&state, .move(.right)) }
        #expect(state.firstVisibleLane == 2)
        let text = BoardView.render(state).text
        #expect(text.contains(state.lanes[4].title.prefix(10)))
        #expect(!text.contains(state.lanes[0].title.prefix(12)))
    }

    @Test func narrowTerminalsShowOneLaneWithAStripOfTheOthers() {
        var state = Fixtures.state(size: Size(width: 60, height: 20))
        send(&state, .move(.right))
        let lines = BoardView.render(state).lines
        #expect(lines[1].hasPrefix("Lane 2 of 3"))
        #expect(lines[2].contains("2 Information and advice"))
        #expect(!lines[2].contains("1 Identified"))
    }

    @Test func resizingKeepsTheSelectedCardOnScreen() {
        let plan = PlanGenerator.make(actions: 100, outcomes: 2)
        var state = Fixtures.state(plan)
        for _ in 0..<5 { send(&state, .move(.down)) }
        send(&state, .resize(Size(width: 60, height: 14)))
        let ref = state.selectedAction!.ref
        #expect(BoardView.render(state).text.contains("▶" + ref))
    }

    @Test func theDetailPaneScrollsAndWalksTheActions() {
        var state = Fixtures.state(size: Size(width: 80, height: 24))
        send(&state, .openDetail)
        #expect(state.mode == .detail)
        send(&state, .scrollPane(lines: 3))
        #expect(state.paneScroll.offset == 3)
        send(&state, .scrollPane(lines: 1000))
        let atBottom = state.paneScroll.offset
        send(&state, .scrollPane(lines: 1))
        #expect(state.paneScroll.offset == atBottom, "stops at the last page")
        send(&state, .showAdjacentAction(offset: 4))
        #expect(state.selectedAction?.ref == "2.1", "walks on into the next lane")
        #expect(state.paneScroll.offset == 0)
        send(&state, .closePane)
        #expect(state.mode == .board)
    }

    @Test func helpReturnsToWhereItWasOpened() {
        var state = Fixtures.state()
        send(&state, .openDetail, .showHelp)
        #expect(state.mode == .help(returnTo: .detail))
        send(&state, .closeHelp)
        #expect(state.mode == .detail)
    }
}

@Suite struct ReducerChangeTests {
    @Test func settingARatingRecordsHistoryAndAsksForASave() {
        var state = Fixtures.state()
        let effects = send(&state, .setRAG(.green))
        let action = state.plan.outcomes[0].actions[0]
        #expect(action.rag == .green)
        #expect(action.history.last == Change(at: Fixtures.now, field: .rag, from: "Amber", to: "Green"))
        #expect(effects == [.save(state.plan)])
        #expect(state.saveStatus == .saving)
        #expect(state.flash?.text == "1.1 RAG Amber → Green · y: why?")
        #expect(state.mode == .board, "no question waits for text: the next key is a command")
        #expect(state.totals.green == 3)
    }

    @Test func settingTheSameRatingChangesNothing() {
        var state = Fixtures.state()
        let before = state.plan
        #expect(send(&state, .setRAG(.amber)).isEmpty)
        #expect(state.plan == before)
        #expect(state.flash?.text == "1.1 is already Amber.")
    }

    @Test func aStatusIsChosenAndRecordedAsOneChange() {
        var state = Fixtures.state()
        send(&state, .chooseStatus)
        #expect(state.mode == .chooseStatus(StatusChoice(action: "a1", highlighted: .inProgress, returnTo: .board)))
        let effects = send(&state, .setStatus(.complete))
        #expect(state.mode == .board)
        #expect(state.selectedAction?.status == .complete)
        #expect(state.selectedAction?.history == [Change(at: Fixtures.now, field: .status, from: "In progress", to: "Complete")],
                "one change, from the status before to the one chosen: no steps in between")
        #expect(effects == [.save(state.plan)])
    }

    @Test func undoAndRedoGoManyLevelsAndTheFileFollows() {
        var state = Fixtures.state()
        let original = state.plan
        send(&state, .setRAG(.red), .move(.down), .setRAG(.red), .chooseStatus, .setStatus(.delayed))
        let changed = state.plan
        var effects = send(&state, .undo, .undo, .undo)
        #expect(state.plan == original)
        #expect(state.selectedAction?.ref == "1.1", "undo goes back to the card it changed")
        #expect(effects.count == 3 && effects.last == .save(original))
        #expect(send(&state, .undo).isEmpty)
        #expect(state.flash?.text == "Nothing to undo.")
        effects = send(&state, .redo, .redo, .redo)
        #expect(state.plan == changed)
        #expect(effects.last == .save(changed))
    }

    @Test func aNewChangeClearsRedo() {
        var state = Fixtures.state()
        send(&state, .setRAG(.red), .undo, .setRAG(.green))
        #expect(send(&state, .redo).isEmpty)
        #expect(state.selectedAction?.rag == .green)
    }

    @Test func ratingAnEmptyLaneSaysThereIsNothingToRate() {
        var state = Fixtures.state()
        send(&state, .move(.right), .move(.right))
        #expect(send(&state, .setRAG(.red)).isEmpty)
        #expect(state.flash?.text == "No action selected to rate.")
    }

    @Test func savesAreConfirmedWithTheTime() {
        var state = Fixtures.state()
        send(&state, .setRAG(.red), .saved)
        #expect(state.saveStatus == .saved(Fixtures.now))
        #expect(BoardView.render(state).lines[0].hasSuffix("plan.json saved 14:02 "))
    }
}

@Suite struct ReducerFileTests {
    @Test func aFailedSaveIsShownAndQuittingAsksFirst() {
        var state = Fixtures.state()
        send(&state, .setRAG(.red), .saveFailed(.io(path: "plan.json", operation: "write", reason: "No space left on device")))
        #expect(state.hasUnsavedChanges)
        #expect(state.flash?.isError == true)
        #expect(send(&state, .quit).isEmpty)
        #expect(state.mode == .confirmQuit)
        send(&state, .cancel)
        #expect(state.mode == .board)
        send(&state, .quit)
        #expect(send(&state, .quitWithoutSaving) == [.quit])
    }

    @Test func quittingWithEverythingSavedJustQuits() {
        var state = Fixtures.state()
        send(&state, .setRAG(.red), .saved)
        #expect(send(&state, .quit) == [.quit])
    }

    @Test func aFileChangedOnDiskOffersReloadOrOverwrite() {
        var state = Fixtures.state()
        send(&state, .setRAG(.red), .saveFailed(.changedOnDisk(path: "plan.json")))
        #expect(state.mode == .conflict)
        #expect(send(&state, .reloadFromDisk) == [.reload])
        var theirs = Fixtures.plan()
        theirs.title = "Their title"
        send(&state, .reloaded(theirs))
        #expect(state.plan == theirs)
        #expect(state.saveStatus == .unchanged)
        #expect(state.selectedAction?.ref == "1.1")
        send(&state, .undo)
        #expect(state.plan.outcomes[0].actions[0].rag == .red, "undo brings your version back")
    }

    @Test func overwritingIsAnExplicitChoice() {
        var state = Fixtures.state()
        send(&state, .setRAG(.red), .saveFailed(.changedOnDisk(path: "plan.json")))
        #expect(send(&state, .overwriteDisk) == [.overwrite(state.plan)])
        #expect(state.mode == .board)
    }
}
