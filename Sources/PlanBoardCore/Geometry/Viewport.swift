/// A window onto a column of lines or cards: which one is at the top, how many there are and how
/// many show at once. It keeps itself in range on every change (the top never goes above the
/// first line or below the last full page), so no caller clamps by hand.
public struct Viewport: Equatable, Hashable, Sendable {
    /// The first line shown.
    public private(set) var offset: Int
    /// How many lines there are.
    public private(set) var contentHeight: Int
    /// How many lines show at once (at least 1 counts when clamping).
    public private(set) var visibleHeight: Int

    /// A viewport at `offset`, clamped to the content.
    public init(offset: Int = 0, contentHeight: Int = 0, visibleHeight: Int = 0) {
        self.contentHeight = max(0, contentHeight)
        self.visibleHeight = max(0, visibleHeight)
        self.offset = 0
        scroll(to: offset)
    }

    /// The top line of the last full page (0 when everything fits).
    public var maxOffset: Int { max(0, contentHeight - max(1, visibleHeight)) }

    /// The lines shown.
    public var visibleRange: Range<Int> { offset..<max(offset, min(contentHeight, offset + visibleHeight)) }

    /// How many lines are scrolled out below the window.
    public var hiddenBelow: Int { max(0, contentHeight - offset - visibleHeight) }

    /// True when not every line fits.
    public var isScrollable: Bool { contentHeight > visibleHeight }

    /// Moves the top to `target`, kept in range.
    public mutating func scroll(to target: Int) {
        offset = min(max(0, target), maxOffset)
    }

    /// Moves the top by `lines` (negative is up).
    public mutating func scroll(by lines: Int) {
        scroll(to: offset.addingReportingOverflow(lines).overflow ? (lines < 0 ? 0 : .max) : offset + lines)
    }

    /// Moves by whole pages, keeping one line of the previous page in view.
    public mutating func scroll(pages: Int) {
        scroll(by: pages * max(1, visibleHeight - 1))
    }

    /// The same top line over content of another size or a window of another height, clamped again.
    public func fitted(contentHeight: Int, visibleHeight: Int) -> Viewport {
        Viewport(offset: offset, contentHeight: contentHeight, visibleHeight: visibleHeight)
    }

    /// Scrolled as little as possible so line `index` shows (when it exists).
    public func showing(_ index: Int) -> Viewport {
        var copy = self
        let visible = max(1, visibleHeight)
        if index < copy.offset { copy.scroll(to: index) }
        if index >= copy.offset + visible { copy.scroll(to: index - visible + 1) }
        return copy
    }
}
