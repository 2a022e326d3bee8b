import Testing
@testable import PlanBoardCore

@Suite struct ViewportTests {
    @Test func itNeverScrollsAboveTheTopOrPastTheLastFullPage() {
        var viewport = Viewport(offset: 0, contentHeight: 10, visibleHeight: 4)
        viewport.scroll(by: -3)
        #expect(viewport.offset == 0)
        viewport.scroll(to: .max)
        #expect(viewport.offset == 6)
        #expect(viewport.visibleRange == 6..<10)
        #expect(viewport.hiddenBelow == 0)
        viewport.scroll(by: .max)
        #expect(viewport.offset == 6, "no overflow at the far end")
    }

    @Test func contentThatFitsNeverScrolls() {
        var viewport = Viewport(offset: 5, contentHeight: 3, visibleHeight: 10)
        #expect(viewport.offset == 0)
        viewport.scroll(pages: 2)
        #expect(viewport.offset == 0)
        #expect(!viewport.isScrollable)
        #expect(viewport.visibleRange == 0..<3)
    }

    @Test func aPageKeepsOneLineOfThePreviousPageInView() {
        var viewport = Viewport(contentHeight: 100, visibleHeight: 10)
        viewport.scroll(pages: 1)
        #expect(viewport.offset == 9)
        viewport.scroll(pages: -1)
        #expect(viewport.offset == 0)
    }

    @Test func showingALineMovesAsLittleAsPossible() {
        let viewport = Viewport(offset: 4, contentHeight: 20, visibleHeight: 5)
        #expect(viewport.showing(6).offset == 4, "already visible")
        #expect(viewport.showing(2).offset == 2, "above: it becomes the top line")
        #expect(viewport.showing(12).offset == 8, "below: it becomes the bottom line")
        #expect(viewport.showing(19).offset == 15)
    }

    @Test func fittingToShorterContentClampsTheTop() {
        let viewport = Viewport(offset: 15, contentHeight: 20, visibleHeight: 5)
        let fitted = viewport.fitted(contentHeight: 8, visibleHeight: 5)
        #expect(fitted.offset == 3)
        #expect(fitted.hiddenBelow == 0)
    }
}
