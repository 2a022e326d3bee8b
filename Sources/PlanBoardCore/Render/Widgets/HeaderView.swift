/// The top line: the plan's title and period on the left; on the right the merge conflicts to
/// resolve (`!2`), whole-plan counts and save state. When the line is short, whole items give way
/// rather than words being cut: the owner, then the period, then the total (`of 26`) and the file's
/// name; only then is the title shortened, at a word.
struct HeaderView: Widget {
    let state: BoardState

    func draw(into grid: inout Grid, in rect: Rect) {
        grid.fill(rect, style: .reverse)
        let rights = [right(total: true, file: true), right(total: false, file: true), right(total: false, file: false)]
        let lefts = leftForms
        let titleStyle = Style(bold: true, reverse: true)
        for right in rights {
            let room = rect.width - Self.width(right) - 4
            if let left = lefts.first(where: { TextWidth.of($0) <= room }) {
                grid.put(" " + left, x: rect.x, y: rect.y, style: titleStyle)
                grid.put(right, x: rect.maxX - Self.width(right) - 1, y: rect.y, maxWidth: Self.width(right))
                return
            }
        }
        let right = rights[rights.count - 1]
        let room = rect.width - Self.width(right) - 4
        if let title = lefts.last, let cut = WordCut.words(title, width: room) {
            grid.put(" " + cut, x: rect.x, y: rect.y, style: titleStyle)
            grid.put(right, x: rect.maxX - Self.width(right) - 1, y: rect.y, maxWidth: Self.width(right))
        } else {
            grid.put(right, x: rect.x + 1, y: rect.y, maxWidth: rect.width - 1)
        }
    }

    private static func width(_ line: StyledLine) -> Int { line.reduce(0) { $0 + TextWidth.of($1.text) } }

    /// The left side, the most said first: title, period and owner; title and period; the title.
    private var leftForms: [String] {
        let plan = state.plan
        let withPeriod = plan.period.isEmpty ? plan.title : plan.title + " " + plan.period
        var forms = [withPeriod, plan.title]
        if !plan.owner.isEmpty { forms.insert(withPeriod + " · " + plan.owner, at: 0) }
        return forms
    }

    /// The right side: conflicts first (they show at any width), the counts, the total, the save state.
    private func right(total: Bool, file: Bool) -> StyledLine {
        var right: StyledLine = []
        // First, so it shows at any width: the status line's "conflicts to resolve" is cut when narrow.
        if !state.plan.conflicts.isEmpty {
            right.append(Span("!\(state.plan.conflicts.count)", Style(foreground: .white, background: .red, bold: true)))
            right.append(Span(" ", .reverse))
        }
        if state.isPreview {
            // The counts need every action: they come with the whole plan, a moment later.
            right.append(Span("reading \(state.fileName)…", .reverse))
            return right
        }
        for rag in RAG.allCases where state.totals[rag] > 0 {
            right.append(Span("\(rag.letter)\(state.totals[rag]) ", Style(bold: true, reverse: true)))
        }
        let save = saveSpan(file: file)
        if total { right.append(Span("of \(state.totals.total)" + (save == nil ? "" : "   "), .reverse)) }
        if let save { right.append(Span(total ? "" : " ", .reverse)); right.append(save) }
        return right
    }

    /// The save state, after the file's name when `file`: `plan.json saved 14:02`, `saving…`, `NOT SAVED`.
    private func saveSpan(file: Bool) -> Span? {
        let name = file ? state.fileName + " " : ""
        if state.readOnly != nil {
            return Span(name + "READ-ONLY", Style(foreground: .white, background: .blue, bold: true))
        }
        if state.syncing { return Span(name + "syncing…", Style(foreground: .black, background: .cyan, bold: true)) }
        return switch state.saveStatus {
        case .unchanged: file ? Span(state.fileName, .reverse) : nil
        case .saving: Span(name + "saving…", .reverse)
        case .saved(let at): Span(name + "saved " + at.clockText(utcOffset: state.utcOffset), .reverse)
        case .failed: Span(name + "NOT SAVED", Style(foreground: .white, background: .red, bold: true))
        }
    }
}
