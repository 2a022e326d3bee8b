import Testing
@testable import PlanBoardCore

/// A prompt's answer scrolled to keep the cursor in view shows `…` where text is hidden, at both ends.
@Suite struct PromptWindowTests {
    private func shown(_ text: String, cursor: Int? = nil, room: Int) -> String {
        let chars = Array(text)
        let window = PromptWindow(chars, cursor: cursor ?? chars.count, room: room)
        return (window.hiddenBefore ? "…" : "") + String(chars[window.start..<window.end]) + (window.hiddenAfter ? "…" : "")
    }

    @Test func aShortAnswerHasNoMarker() {
        #expect(shown("Board", room: 10) == "Board")
    }

    @Test func theCursorAtTheEndHidesTheStartBehindAMarker() {
        let text = "A Caring Dundee 2 – Delivery Plan — 29 November 2026"
        let line = shown(text, room: 20)
        #expect(line.hasPrefix("…") && line.hasSuffix("November 2026"), "\(line)")
        #expect(TextWidth.of(line) == 19, "one cell stays for the cursor")
        let window = PromptWindow(Array(text), cursor: text.count, room: 20)
        #expect(window.cursorColumn == 19)
    }

    @Test func theCursorAtTheStartHidesTheEndBehindAMarker() {
        let line = shown("A Caring Dundee 2 – Delivery Plan", cursor: 0, room: 12)
        #expect(line == "A Caring Du…", "\(line)")
    }

    @Test func theCursorInTheMiddleShowsBothMarkers() {
        let text = "0123456789abcdefghijklmnopqrstuvwxyz"
        let line = shown(text, cursor: 20, room: 10)
        #expect(line.hasPrefix("…") && line.hasSuffix("…"), "\(line)")
        #expect(TextWidth.of(line) == 10)
        let window = PromptWindow(Array(text), cursor: 20, room: 10)
        #expect(window.start <= 20 && 20 < window.end, "the cursor's character is shown")
    }

    @Test func theMeetingTitleAt60x20ShowsItIsScrolled() throws {
        var plan = ExamplePlan.make()
        plan.title = "A Caring Dundee 2 – Delivery Plan"
        var state = Fixtures.state(plan, size: Size(width: 60, height: 20))
        send(&state, .startOrEndMeeting)
        let bottom = try #require(BoardView.render(state).lines.last { $0.contains("Start a meeting") })
        #expect(bottom.contains("title: …"), "\(bottom)")
        #expect(bottom.contains("2026"), "\(bottom)")
    }
}
