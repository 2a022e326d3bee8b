import Testing
@testable import PlanBoardCore

@Suite struct KeymapTests {
    @Test(arguments: Mode.Kind.allCases) func everyHintNamesKeysThatAreBound(kind: Mode.Kind) {
        let bound = Set(Keymap.bindings(for: kind).flatMap(\.keys))
        for hint in Keymap.hints(for: kind) {
            for key in hint.keys {
                #expect(bound.contains(key), "hint '\(hint.label) \(hint.text)' shows \(key) but it is not bound in \(kind)")
            }
        }
    }

    @Test(arguments: Mode.Kind.allCases) func noKeyIsBoundTwiceInAMode(kind: Mode.Kind) {
        var seen: [Key: String] = [:]
        for binding in Keymap.bindings(for: kind) {
            for key in binding.keys {
                #expect(seen[key] == nil, "\(key) is bound to both '\(seen[key] ?? "")' and '\(binding.summary)' in \(kind)")
                seen[key] = binding.summary
            }
        }
    }

    /// The kinds where `?` types a question mark; everywhere else it must show the keys.
    static let typingKinds: Set<Mode.Kind> = [.editingText, .editingLine, .prompt]

    @Test(arguments: Mode.Kind.allCases.filter { !typingKinds.contains($0) && $0 != .help })
    func questionMarkShowsHelpInEveryModeThatIsNotTyping(kind: Mode.Kind) {
        let bound = Keymap.bindings(for: kind).first { $0.keys.contains(.char("?")) }?.message
        #expect(bound == .showHelp, "? does not show help in \(kind)")
    }

    @Test func questionMarkClosesHelpAndTypesInTextModes() {
        #expect(Keymap.bindings(for: .help).first { $0.keys.contains(.char("?")) }?.message == .closeHelp)
        for kind in Self.typingKinds {
            #expect(!Keymap.bindings(for: kind).contains { $0.keys.contains(.char("?")) }, "? must type itself in \(kind)")
        }
    }

    @Test func helpListsEveryBindingOfEveryMode() {
        let help = HelpText.lines(width: 100).map { $0.map(\.text).joined() }.joined(separator: "\n")
        for kind in Mode.Kind.allCases {
            #expect(help.contains(kind.title))
            for binding in Keymap.bindings(for: kind) {
                #expect(help.contains(binding.keyLabel + " "), "help is missing \(binding.keyLabel)")
                #expect(help.contains(binding.summary), "help is missing '\(binding.summary)'")
            }
        }
    }

    @Test func theMeetingKeysDoWhatTheHintLineSays() {
        #expect(Keymap.message(for: .char("r"), in: .board) == .setRAG(.red))
        #expect(Keymap.message(for: .char("a"), in: .board) == .setRAG(.amber))
        #expect(Keymap.message(for: .char("g"), in: .board) == .setRAG(.green))
        #expect(Keymap.message(for: .char("x"), in: .board) == .setRAG(.unrated))
        #expect(Keymap.message(for: .char("G"), in: .board) == .moveToLastCard)
        #expect(Keymap.message(for: .ctrl("r"), in: .board) == .redo)
        #expect(Keymap.message(for: .char("j"), in: .board) == .move(.down))
        #expect(Keymap.message(for: .char("j"), in: .detail) == .scrollPane(lines: 1))
        #expect(Keymap.message(for: .char("q"), in: .help(returnTo: .board)) == .closeHelp)
        #expect(Keymap.message(for: .char("z"), in: .board) == nil)
    }

    @Test func anUnboundKeyOnTheBoardOrInThePaneSaysItDoesNothing() {
        var state = Fixtures.state()
        #expect(Keymap.message(for: .char("z"), in: state) == .unboundKey("z"))
        send(&state, .unboundKey("z"))
        #expect(state.flash?.text == "z does nothing here — the keys typed after it were ignored · ? shows the keys")
        #expect(state.plan == Fixtures.plan())
        send(&state, .openDetail)
        #expect(Keymap.message(for: .ctrl("z"), in: state) == .unboundKey("Ctrl-Z"))
        send(&state, .editAction)
        #expect(Keymap.message(for: .char("z"), in: state) == nil, "the field chooser is not the board")
        send(&state, .editField(.progress))
        #expect(Keymap.message(for: .char("z"), in: state) == .editText(.insert("z")), "typing text is never an unbound key")
    }

    @Test func theBottomLineKeepsHelpAndQuitWhenNarrow() {
        let hints = StatusBar.fitting(Keymap.hints(for: .board), width: 40)
        #expect(hints.map(\.text).suffix(2) == ["help", "quit"])
        #expect(hints.first?.text == "move")
    }
}

/// A terminal too small to draw the board must not let keys change the plan unseen.
@Suite struct TooSmallScreenKeyTests {
    @Test func onlyHelpAndQuitActWhileTheBoardCannotBeDrawn() {
        let state = Fixtures.state(size: Size(width: 20, height: 5))
        #expect(Keymap.message(for: .char("r"), in: state) == nil)
        #expect(Keymap.message(for: .char("d"), in: state) == nil)
        #expect(Keymap.message(for: .char("j"), in: state) == nil)
        #expect(Keymap.message(for: .char("?"), in: state) == .showHelp)
        #expect(Keymap.message(for: .char("q"), in: state) == .quit)
    }

    @Test func keysActAgainOnceTheScreenIsBigEnough() {
        let state = Fixtures.state(size: Size(width: 40, height: 12))
        #expect(Keymap.message(for: .char("r"), in: state) == .setRAG(.red))
    }
}

/// The "too small" message reads whole even on a tiny terminal.
@Suite struct TooSmallScreenMessageTests {
    @Test func theMessageWrapsAt20By5() {
        let text = BoardView.render(Fixtures.state(size: Size(width: 20, height: 5))).text
        let joined = text.split(separator: "\n").map { $0.trimmingWhitespace() }.joined(separator: " ")
        #expect(joined.contains("Needs 40×12"), "\(text)")
        #expect(joined.contains("Too small: 20×5"), "\(text)")
        #expect(joined.contains("q quits"), "\(text)")
        #expect(joined.contains("? shows the keys"), "the short form names ? when it fits: \(text)")
        let tiny = BoardView.render(Fixtures.state(size: Size(width: 20, height: 3))).text
        #expect(tiny.contains("q quits") && !tiny.contains("? shows"), "with no room left, quitting comes first: \(tiny)")
    }
}
