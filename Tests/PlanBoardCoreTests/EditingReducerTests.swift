import Testing
@testable import PlanBoardCore

/// Types text into whatever has the keys, as the keymap would turn characters into messages.
func type(_ state: inout BoardState, _ text: String) {
    for ch in text {
        let message = ch == "\n" ? Keymap.message(for: .enter, in: state.mode) : Keymap.message(for: .char(ch), in: state.mode)
        if let message { send(&state, message) }
    }
}

/// Opens field `field` of the selected action in the editing pane, through the chooser.
func openField(_ state: inout BoardState, _ field: EditableField) {
    send(&state, .editAction)
    let index = EditableField.allCases.firstIndex(of: field)!
    send(&state, .pickField(offset: index), .editField(nil))
}

extension BoardState {
    var fieldEdit: FieldEdit? {
        if case .editing(let edit) = mode { return edit }
        return nil
    }
}

@Suite struct EditingReducerTests {
    @Test func eOpensTheChooserOnTheSelectedActionAndArrowsPickAField() {
        var state = Fixtures.state()
        send(&state, .editAction)
        #expect(state.mode == .chooseField(FieldChoice(action: "a1", index: 0, returnTo: .board)))
        send(&state, .pickField(offset: -1))
        #expect(state.mode == .chooseField(FieldChoice(action: "a1", index: EditableField.allCases.count - 1, returnTo: .board)),
                "the highlight wraps round")
        send(&state, .cancel)
        #expect(state.mode == .board)
    }

    @Test func eFromTheDetailPaneReturnsThereAfterSaving() {
        var state = Fixtures.state()
        send(&state, .openDetail)
        openField(&state, .deadline)
        #expect(state.fieldEdit?.editor.text == "March 2026")
        send(&state, .editText(.deleteToLineStart))
        type(&state, "June 2027")
        let effects = send(&state, .submit)
        #expect(state.mode == .detail)
        #expect(state.plan.outcomes[0].actions[0].deadline == "June 2027")
        #expect(effects == [.save(state.plan)])
    }

    @Test func printableKeysInsertInsteadOfRunningCommands() {
        var state = Fixtures.state()
        openField(&state, .progress)
        type(&state, "rag q?")
        #expect(state.fieldEdit?.editor.text == "rag q?")
        #expect(state.plan.outcomes[0].actions[0].rag == .amber, "r did not rate")
        #expect(state.mode.kind == .editingText)
    }

    @Test func savingALongFieldRecordsTheFullOldAndNewTextAndUndoes() {
        var state = Fixtures.state()
        state.plan.outcomes[0].actions[0].progress = "Six practices signed up."
        openField(&state, .progress)
        type(&state, "\nTwo more in £ and café – 介護 work.")
        #expect(state.fieldEdit?.editor.text == "Six practices signed up.\nTwo more in £ and café – 介護 work.")
        send(&state, .submit)
        let action = state.plan.outcomes[0].actions[0]
        #expect(action.progress == "Six practices signed up.\nTwo more in £ and café – 介護 work.")
        let change = action.history.last
        #expect(change?.field == .progress)
        #expect(change?.from == "Six practices signed up.")
        #expect(change?.to == action.progress)
        #expect(state.flash?.text == "1.1 Progress / achievements to date changed")
        send(&state, .undo)
        #expect(state.plan.outcomes[0].actions[0].progress == "Six practices signed up.")
        #expect(state.plan.outcomes[0].actions[0].history.isEmpty)
    }

    @Test func enterSavesAOneLineFieldButStartsALineInALongOne() {
        var state = Fixtures.state()
        openField(&state, .ref)
        #expect(Keymap.message(for: .enter, in: state.mode) == .submit)
        send(&state, .submit)
        #expect(state.mode == .board)
        var long = Fixtures.state()
        openField(&long, .text)
        #expect(Keymap.message(for: .enter, in: long.mode) == .editText(.newline))
        #expect(Keymap.message(for: .ctrl("s"), in: long.mode) == .submit)
        #expect(Keymap.message(for: .alt("\r"), in: long.mode) == .submit)
    }

    @Test func helpFromTheEditorReturnsToItWithTheTextIntact() {
        var state = Fixtures.state()
        openField(&state, .progress)
        type(&state, "half a thought")
        let message = try! #require(Keymap.message(for: .function(1), in: state.mode))
        send(&state, message)
        let help = BoardView.render(state).text
        #expect(help.contains("Keys · "))
        #expect(help.contains(Mode.Kind.editingText.title), "help opens at the editing keys")
        send(&state, .closeHelp)
        #expect(state.fieldEdit?.editor.text == "half a thought")
    }

    @Test func anUnchangedFieldSavesNothing() {
        var state = Fixtures.state()
        openField(&state, .text)
        let effects = send(&state, .submit)
        #expect(effects.isEmpty)
        #expect(state.history.past.isEmpty)
        #expect(state.flash?.text == "Action of 1.1 unchanged.")
    }

    @Test func anEmptyRefIsRefusedAndTheEditorStaysOpen() {
        var state = Fixtures.state()
        openField(&state, .ref)
        send(&state, .editText(.deleteToLineStart), .submit)
        #expect(state.fieldEdit != nil)
        #expect(state.flash?.isError == true)
        #expect(state.plan.outcomes[0].actions[0].ref == "1.1")
    }

    @Test func leadsAreTidiedAndRecordedAsText() {
        var state = Fixtures.state()
        openField(&state, .leads)
        send(&state, .editText(.deleteToLineStart))
        type(&state, "cc ,GP;  NHS")
        send(&state, .submit)
        #expect(state.plan.outcomes[0].actions[0].leads == ["cc", "GP", "NHS"])
        #expect(state.plan.outcomes[0].actions[0].history.last == Change(at: Fixtures.now, field: .leads, from: "GP, CC", to: "cc, GP, NHS"))
    }

    @Test func tabCompletesLeadInitialsFromTheKey() {
        var state = Fixtures.state()
        openField(&state, .leads)
        send(&state, .editText(.deleteToLineStart))
        type(&state, "g")
        send(&state, .editText(.complete))
        #expect(state.fieldEdit?.editor.text == "GP, ")
        type(&state, "x")
        send(&state, .editText(.complete))
        #expect(state.fieldEdit?.editor.text == "GP, x", "nothing in the key starts with x")
    }

    @Test func completionStopsAtWhatSeveralInitialsShare() {
        var plan = Fixtures.plan()
        plan.leads = [Lead(initials: "NHSG", name: "NHS Grampian"), Lead(initials: "NHST", name: "NHS Tayside")]
        var state = Fixtures.state(plan)
        openField(&state, .leads)
        send(&state, .editText(.deleteToLineStart))
        type(&state, "n")
        send(&state, .editText(.complete))
        #expect(state.fieldEdit?.editor.text == "NHS")
        #expect(state.flash?.text == "NHS matches NHSG, NHST: type more")
    }

    @Test func tabWithSeveralMatchesAndNothingToAddSaysWhichMatch() {
        var plan = Fixtures.plan()
        plan.leads = ["DH&SCP", "DHSCP", "DHST", "DHSS", "DHA", "DHB", "DHC"].map { Lead(initials: $0, name: $0) }
        var state = Fixtures.state(plan)
        openField(&state, .leads)
        send(&state, .editText(.deleteToLineStart))
        type(&state, "DH")
        send(&state, .editText(.complete))
        #expect(state.fieldEdit?.editor.text == "DH")
        #expect(state.flash?.text == "DH matches DH&SCP, DHSCP, DHST, DHSS… (7): type more")
        type(&state, "S")
        send(&state, .editText(.complete))
        #expect(state.flash?.text == "DHS matches DHSCP, DHST, DHSS: type more")
        type(&state, "x")
        send(&state, .editText(.complete))
        #expect(state.flash?.text == "No lead in the key starts with DHSx: i on the board lists the leads.")
    }

    @Test func aNoteIsAddedDatedAndRecorded() {
        var state = Fixtures.state()
        openField(&state, .note)
        type(&state, "Board asked for figures by school.")
        send(&state, .submit)
        let action = state.plan.outcomes[0].actions[0]
        #expect(action.notes == [Note(at: Fixtures.now, text: "Board asked for figures by school.")])
        #expect(action.history.last?.field == .note)
        #expect(action.history.last?.to == "Board asked for figures by school.")
    }

    @Test func escapeLeavesAtOnceWhenNothingChangedAndAsksWhenItDid() {
        var state = Fixtures.state()
        openField(&state, .measure)
        send(&state, .cancel)
        #expect(state.mode == .board)

        openField(&state, .measure)
        type(&state, "All practices")
        send(&state, .cancel)
        guard case .confirmDiscard = state.mode else { Issue.record("expected to be asked"); return }
        send(&state, .cancel)
        #expect(state.fieldEdit?.editor.text == "All practices", "n keeps editing with the text intact")
        send(&state, .cancel, .discardEdit)
        #expect(state.mode == .board)
        #expect(state.plan.outcomes[0].actions[0].measure == "")
        #expect(state.history.past.isEmpty)
    }

    @Test func ctrlZUndoesTypingInsideTheFieldOnly() {
        var state = Fixtures.state()
        openField(&state, .progress)
        type(&state, "first ")
        send(&state, .editText(.left))
        type(&state, "x")
        send(&state, .editText(.undo))
        #expect(state.fieldEdit?.editor.text == "first ")
        #expect(state.plan == Fixtures.plan())
    }

    @Test func longTextScrollsToKeepTheCursorInView() {
        var state = Fixtures.state(size: Size(width: 50, height: 16))
        openField(&state, .progress)
        type(&state, (1...30).map { "line \($0)" }.joined(separator: "\n"))
        let edit = try! #require(state.fieldEdit)
        #expect(edit.scroll > 0)
        let grid = BoardView.render(state)
        #expect(grid.text.contains("line 30"))
        #expect(!grid.text.contains("line 1\n"))
        for _ in 0..<40 { send(&state, .editText(.up)) }
        #expect(state.fieldEdit?.scroll == 0)
        #expect(state.fieldEdit?.editor.cursor == 0)
    }

    @Test func theExternalEditorsTextReplacesTheFieldsAsOneUndoableStep() {
        var state = Fixtures.state()
        openField(&state, .progress)
        type(&state, "draft")
        let effects = send(&state, .openExternalEditor)
        #expect(effects == [.editExternally("draft")])
        send(&state, .externallyEdited(.edited("From vim\nsecond line\n", editor: "vim")))
        #expect(state.fieldEdit?.editor.text == "From vim\nsecond line")
        #expect(state.flash?.text == "Text from vim: Ctrl-S saves it, Ctrl-Z undoes it.")
        send(&state, .editText(.undo))
        #expect(state.fieldEdit?.editor.text == "draft")
        send(&state, .externallyEdited(.failed(editor: "vim")))
        #expect(state.flash?.isError == true)
        #expect(state.fieldEdit?.editor.text == "draft")
        send(&state, .externallyEdited(.noEditor))
        #expect(state.flash?.text == EditorChoice.howToSetOne, "no editor: says how to set one")
        #expect(state.fieldEdit?.editor.text == "draft")
    }

    @Test func theSessionHandsTheTextToTheTerminalsEditor() {
        final class EditingTerminal: TerminalScreen {
            func size() -> Size { Size(width: 120, height: 36) }
            func draw(_ grid: Grid) {}
            func nextEvent() -> TerminalEvent? { nil }
            func editExternally(_ text: String) -> ExternalEdit { .edited(text.uppercased(), editor: "nano") }
        }
        final class Store: PlanSaving {
            var displayName: String { "plan.json" }
            func save(_ plan: Plan) throws(StoreError) {}
            func overwrite(_ plan: Plan) throws(StoreError) {}
            func saveKeepingTheirs(_ plan: Plan) throws(StoreError) {}
            func reload() throws(StoreError) -> Plan { Fixtures.plan() }
        }
        let session = BoardSession(state: Fixtures.state(), store: Store(), clock: { Fixtures.now })
        let terminal = EditingTerminal()
        var calls = 0
        var edited: String?
        _ = session.run(on: terminal) {
            calls += 1
            switch calls {
            case 1: session.send(.editAction); session.send(.editField(.progress)); session.send(.editText(.insert("abc")))
                session.send(.openExternalEditor)
                return nil
            default:
                edited = session.state.fieldEdit?.editor.text
                return 15
            }
        }
        #expect(edited == "ABC")
    }
}
