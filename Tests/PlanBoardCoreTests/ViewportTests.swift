import Foundation
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

@Suite struct BoardLayoutTests {
    @Test func theOverlayIsCentredAndAtMost84Wide() {
        let wide = BoardLayout(size: Size(width: 120, height: 36), laneCount: 3, paneOpen: false)
        #expect(wide.overlay == Rect(x: 18, y: 1, width: 84, height: 33))
        let narrow = BoardLayout(size: Size(width: 60, height: 20), laneCount: 3, paneOpen: false)
        #expect(narrow.overlay == Rect(x: 0, y: 1, width: 60, height: 17))
    }

    @Test func theEditorsTextSitsInsideThePaneAndLeadsKeepRoomForMatches() {
        let layout = BoardLayout(size: Size(width: 120, height: 36), laneCount: 3, paneOpen: true)
        let pane = layout.pane!
        let text = layout.editorText(for: .progress)
        #expect(text == Rect(x: pane.x + 2, y: pane.y + 2, width: pane.width - 4, height: pane.height - 5))
        #expect(layout.editorText(for: .leads).height == 2)
    }

    @Test func cardsStackDownTheLaneInsideItsBorders() {
        let layout = BoardLayout(size: Size(width: 120, height: 36), laneCount: 3, paneOpen: false)
        let lane = layout.laneRect(slot: 1)
        let second = layout.cardRect(slot: 1, inLane: lane)
        #expect(second.x == lane.x + 1 && second.width == lane.width - 2)
        #expect(second.y == layout.cardsTop + layout.cardHeight)
        #expect(second.height == layout.cardTextLines + 2)
    }

    @Test func theReducerClampsThePaneWhereTheDrawnTextEnds() {
        var state = Fixtures.state(size: Size(width: 80, height: 24))
        send(&state, .openDetail, .scrollPaneToBottom)
        let pane = BoardLayout(state, paneOpen: true).pane!
        let text = BoardLayout.scrollingText(in: pane)
        let lines = DetailText.lines(for: state.selectedAction!, in: state, width: text.width)
        #expect(state.paneScroll.offset == lines.count - text.height)
        let screen = BoardView.render(state).lines
        let last = lines.last!.map(\.text).joined()
        #expect(screen[text.maxY - 1].contains(last), "the last line of the text is on the pane's last row")
        #expect(!screen[pane.maxY - 1].contains("▼ more"))
    }
}

/// Render reads the state; nothing below it (the reducer, layout, text, model, store) may use a
/// widget, the grid or the frame.
@Suite struct DependencyDirectionTests {
    @Test func nothingBelowRenderNamesATypeOfRender() throws {
        let core = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/PlanBoardCore").standardized
        let render = core.appendingPathComponent("Render")
        let declared = try swiftFiles(in: render).flatMap { file in
            try String(contentsOf: file, encoding: .utf8).split(separator: "\n").compactMap { line -> String? in
                let words = line.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" })
                // Top-level declarations only (nested names such as CardMarks.Context are not unique).
                guard !line.hasPrefix(" "), !line.hasPrefix("//"),
                      let kind = words.firstIndex(where: { ["struct", "enum", "class", "protocol"].contains($0) }),
                      kind + 1 < words.count else { return nil }
                return String(words[kind + 1])
            }
        }
        #expect(declared.contains("Grid") && declared.contains("Widget") && declared.contains("DetailView"))
        for folder in ["Board", "Layout", "Geometry", "Text", "Edit", "Model", "Store", "Deadline"] {
            for file in try swiftFiles(in: core.appendingPathComponent(folder)) {
                let code = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
                    .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
                for line in code {
                    let words = Set(line.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).map(String.init))
                    let used = declared.filter(words.contains)
                    #expect(used.isEmpty, "\(folder)/\(file.lastPathComponent) uses \(used): \(line)")
                }
            }
        }
    }

    private func swiftFiles(in folder: URL) throws -> [URL] {
        let items = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (items?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
    }
}
