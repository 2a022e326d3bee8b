import Testing
@testable import PlanBoardCore

/// Ctrl-E never drops a newcomer into vi: $VISUAL, $EDITOR, else nano when installed, else a message.
@Suite struct EditorChoiceTests {
    static func choose(_ environment: [String: String], executables: Set<String> = []) -> EditorChoice {
        EditorChoice.choose(variable: { environment[$0] }, isExecutable: { executables.contains($0) })
    }

    @Test func visualComesFirstThenEditor() {
        #expect(Self.choose(["VISUAL": "code --wait", "EDITOR": "vim"]) == .command("code --wait", chosenFor: .visual))
        #expect(Self.choose(["EDITOR": "vim", "PATH": "/usr/bin"], executables: ["/usr/bin/nano"]) == .command("vim", chosenFor: .editor))
        #expect(Self.choose(["VISUAL": "  ", "EDITOR": "emacs"]) == .command("emacs", chosenFor: .editor), "a blank value is not set")
    }

    @Test func withNeitherSetNanoIsFoundOnThePath() {
        let choice = Self.choose(["PATH": "/home/me/bin:/usr/local/bin:/usr/bin"], executables: ["/usr/bin/nano", "/usr/bin/vi"])
        #expect(choice == .command("'/usr/bin/nano'", chosenFor: .nanoFound))
        #expect(Self.choose(["PATH": "/opt/my tools/"], executables: ["/opt/my tools/nano"])
                == .command("'/opt/my tools/nano'", chosenFor: .nanoFound), "quoted for the shell")
    }

    @Test func neverViUnasked() {
        #expect(Self.choose(["PATH": "/usr/bin:/bin"], executables: ["/usr/bin/vi", "/bin/vi", "/usr/bin/vim"]) == .none)
        #expect(EditorChoice.howToSetOne.contains("export EDITOR=nano"))
    }

    @Test func relativePathFoldersAreNotSearched() {
        #expect(Self.choose(["PATH": ".:bin"], executables: ["./nano", "bin/nano"]) == .none)
    }

    @Test func withNoPathTheUsualFoldersAreLookedIn() {
        #expect(Self.choose([:], executables: ["/bin/nano"]) == .command("'/bin/nano'", chosenFor: .nanoFound))
    }
}
