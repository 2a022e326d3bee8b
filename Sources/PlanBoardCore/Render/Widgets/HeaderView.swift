/// The top line: the plan's title and period on the left; on the right the merge conflicts to
/// resolve (`!2`), whole-plan counts and save state.
struct HeaderView: Widget {
    let state: BoardState

    func draw(into grid: inout Grid, in rect: Rect) {
        grid.fill(rect, style: .reverse)
        var right: StyledLine = []
        // First, so it shows at any width: the status line's "conflicts to resolve" is cut when narrow.
        if !state.plan.conflicts.isEmpty {
            right.append(Span("!\(state.plan.conflicts.count)", Style(foreground: .white, background: .red, bold: true)))
            right.append(Span(" ", .reverse))
        }
        if state.isPreview {
            // The counts need every action: they come with the whole plan, a moment later.
            right.append(Span("reading \(state.fileName)…", .reverse))
        } else {
            for rag in RAG.allCases where state.totals[rag] > 0 {
                right.append(Span("\(rag.letter)\(state.totals[rag]) ", Style(bold: true, reverse: true)))
            }
            right.append(Span("of \(state.totals.total)   ", .reverse))
            right.append(saveSpan)
        }
        let rightWidth = right.reduce(0) { $0 + TextWidth.of($1.text) } + 1

        var left = " " + state.plan.title
        if !state.plan.period.isEmpty { left += " " + state.plan.period }
        if !state.plan.owner.isEmpty { left += " · " + state.plan.owner }
        let leftRoom = rect.width - rightWidth - 2
        if leftRoom >= 8 {
            grid.put(TextWrap.truncate(left, width: leftRoom), x: rect.x, y: rect.y, style: Style(bold: true, reverse: true))
            grid.put(right, x: rect.maxX - rightWidth, y: rect.y, maxWidth: rightWidth)
        } else {
            grid.put(right, x: rect.x + 1, y: rect.y, maxWidth: rect.width - 1)
        }
    }

    private var saveSpan: Span {
        if state.readOnly != nil {
            return Span(state.fileName + " READ-ONLY", Style(foreground: .white, background: .blue, bold: true))
        }
        if state.syncing { return Span(state.fileName + " syncing…", Style(foreground: .black, background: .cyan, bold: true)) }
        return switch state.saveStatus {
        case .unchanged: Span(state.fileName, .reverse)
        case .saving: Span(state.fileName + " saving…", .reverse)
        case .saved(let at): Span(state.fileName + " saved " + at.clockText(utcOffset: state.utcOffset), .reverse)
        case .failed: Span(state.fileName + " NOT SAVED", Style(foreground: .white, background: .red, bold: true))
        }
    }
}
