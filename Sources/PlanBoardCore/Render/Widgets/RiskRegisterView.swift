/// The risk register (`Z`): one row per risk — ref, title, owner, the inherent, residual and
/// planned levels as score and band in the band's colour (with its word or letter, so it reads
/// without colour), and the review date, `⚑` when past. Columns drop as the screen narrows: owner
/// and the inherent and planned levels go first; the residual level and the flag always stay.
struct RiskRegisterView: Widget {
    let state: BoardState
    let register: RiskRegister

    /// How much of each row fits.
    enum Density { case wide, medium, narrow }

    static func density(width: Int) -> Density { width >= 110 ? .wide : width >= 70 ? .medium : .narrow }

    func draw(into grid: inout Grid, in rect: Rect) {
        grid.fill(rect)
        let risks = state.plan.risks
        let overdue = risks.filter { $0.isPastReview(today: state.today) }.count
        grid.box(rect, title: "Risk register · \(risks.count) risk\(risks.count == 1 ? "" : "s")"
                 + (overdue > 0 ? " · \(overdue) past review" : ""), style: .bold)
        let inner = rect.inset(1)
        guard inner.height >= 4, inner.width >= 20 else { return }
        if risks.isEmpty {
            grid.put("This plan has no risk register. planboard import SHEET --into PLAN.json adds one.",
                     x: inner.x + 1, y: inner.y, style: .dim, maxWidth: inner.width - 2)
            return
        }
        let columns = Columns(width: inner.width, refWidth: min(6, max(3, risks.map { TextWidth.of($0.ref) }.max() ?? 3)))
        columns.drawHeader(into: &grid, x: inner.x, y: inner.y)
        let footerRows = 2
        let rows = max(1, inner.height - 1 - footerRows)
        let top = min(max(0, register.selected - rows + 1), max(0, risks.count - rows))
        for (row, index) in (top..<min(risks.count, top + rows)).enumerated() {
            columns.drawRow(risks[index], selected: index == register.selected, state: state, into: &grid,
                            x: inner.x, y: inner.y + 1 + row)
        }
        if let risk = risks.dropFirst(register.selected).first {
            let bands = state.plan.riskBands
            let kind: RiskLevelKind = risk.residual != nil ? .residual : risk.inherent != nil ? .inherent : .planned
            // The committee's wording when it fits, else the short form, then the review date.
            let review: Span? = risk.isPastReview(today: state.today) ? Span(" · ⚑ review overdue (\(risk.reviewDate))", .error)
                : risk.reviewDate.isEmpty ? nil : Span(" · review \(risk.reviewDate)", .dim)
            var wording = risk.level(kind).map { "\(kind.word): \($0.reportText(bands: bands))" } ?? "No levels set"
            if TextWidth.of(wording + (review?.text ?? "")) > inner.width - 2, let level = risk.level(kind) {
                wording = "\(kind.word) \(level.shortText(bands: bands))"
            }
            grid.put([Span(wording, .dim)] + (review.map { [$0] } ?? []), x: inner.x + 1, y: inner.maxY - 2, maxWidth: inner.width - 2)
        }
        var keys: StyledLine = [Span("Enter", .bold), Span(" details  "), Span("m", .bold), Span(" heat map  "), Span("L", .bold),
                                Span(" change a level")]
        let legend = "  · Bands: L Low · M Moderate · H High · V Very high"
        if TextWidth.of(keys.map(\.text).joined() + legend) <= inner.width - 2 { keys.append(Span(legend, .dim)) }
        grid.put(keys, x: inner.x + 1, y: inner.maxY - 1, maxWidth: inner.width - 2)
    }

    /// Where each column goes at one width.
    struct Columns {
        let density: Density
        let x0: Int
        let refWidth: Int
        let titleWidth: Int
        let ownerWidth: Int
        let levelWidth: Int
        let reviewWidth: Int
        let kinds: [RiskLevelKind]

        init(width: Int, refWidth: Int) {
            density = RiskRegisterView.density(width: width)
            x0 = 2
            self.refWidth = refWidth + 1
            switch density {
            case .wide:
                ownerWidth = 7; levelWidth = 12; reviewWidth = 30; kinds = RiskLevelKind.allCases
            case .medium:
                ownerWidth = 7; levelWidth = 6; reviewWidth = 17; kinds = RiskLevelKind.allCases
            case .narrow:
                ownerWidth = 0; levelWidth = 12; reviewWidth = 2; kinds = [.residual]
            }
            titleWidth = max(6, width - x0 - self.refWidth - ownerWidth - levelWidth * kinds.count - reviewWidth - 1)
        }

        var titleX: Int { x0 + refWidth }
        var ownerX: Int { titleX + titleWidth + 1 }
        var levelsX: Int { ownerX + ownerWidth }
        var reviewX: Int { levelsX + levelWidth * kinds.count }

        func drawHeader(into grid: inout Grid, x: Int, y: Int) {
            grid.put("Ref", x: x + x0, y: y, style: .dim, maxWidth: refWidth - 1)
            grid.put("Risk", x: x + titleX, y: y, style: .dim, maxWidth: titleWidth)
            if ownerWidth > 0 { grid.put("Owner", x: x + ownerX, y: y, style: .dim, maxWidth: ownerWidth - 1) }
            for (i, kind) in kinds.enumerated() {
                let label = density == .medium ? (kind == .planned ? "Plan" : String(kind.word.prefix(3)) + ".") : kind.word
                grid.put(label, x: x + levelsX + i * levelWidth, y: y, style: .dim, maxWidth: levelWidth - 1)
            }
            if reviewWidth > 2 { grid.put("Review", x: x + reviewX, y: y, style: .dim, maxWidth: reviewWidth) }
        }

        func drawRow(_ risk: Risk, selected: Bool, state: BoardState, into grid: inout Grid, x: Int, y: Int) {
            let base: Style = selected ? .reverse : .plain
            let width = reviewX + reviewWidth
            if selected { grid.fill(Rect(x: x, y: y, width: width, height: 1), style: .reverse) }
            grid.put(selected ? "▶" : " ", x: x, y: y, style: base.with(bold: true))
            grid.put(TextWrap.truncate(risk.ref, width: refWidth - 1), x: x + x0, y: y, style: base.with(bold: true))
            grid.put(TextWrap.truncate(risk.title.replacingNewlinesWithSpaces(), width: titleWidth), x: x + titleX, y: y, style: base)
            if ownerWidth > 0 {
                grid.put(TextWrap.truncate(risk.owner, width: ownerWidth - 1), x: x + ownerX, y: y, style: base)
            }
            let bands = state.plan.riskBands
            for (i, kind) in kinds.enumerated() {
                let at = x + levelsX + i * levelWidth
                guard let level = risk.level(kind) else {
                    grid.put("—", x: at, y: y, style: selected ? base : .dim)
                    continue
                }
                let band = bands.band(for: level.score)
                let text = density == .medium ? "\(level.score) \(RiskBandStyle.letter(band.severity))" : "\(level.score) \(band.name)"
                var style = RiskBandStyle.text(band.severity)
                if selected { style.reverse = !style.reverse }
                grid.put(TextWrap.truncate(text, width: levelWidth - 1), x: at, y: y, style: style)
            }
            let past = risk.isPastReview(today: state.today)
            switch density {
            case .narrow:
                if past { grid.put("⚑", x: x + reviewX, y: y, style: selected ? base.with(bold: true) : .error) }
            case .medium, .wide:
                let flag = past ? (density == .wide ? "⚑ review overdue" : "⚑") : ""
                let dateRoom = reviewWidth - (flag.isEmpty ? 0 : TextWidth.of(flag) + 1)
                let used = grid.put(TextWrap.truncate(risk.reviewDate.isEmpty ? "—" : risk.reviewDate, width: dateRoom),
                                    x: x + reviewX, y: y, style: base)
                if past { grid.put(flag, x: x + reviewX + used + 1, y: y, style: selected ? base.with(bold: true) : .error) }
            }
        }
    }
}
