/// The risk register (`Z`): one row per risk — ref, title, owner, the inherent, residual and
/// planned levels as score and band in the band's colour (with its word or letter, so it reads
/// without colour), and the review date, `⚑` when past. Columns are as wide as what they hold and
/// the title takes the rest; as the screen narrows the owner and the inherent and planned levels
/// go first; the residual level and the flag always stay. Under the list: the highlighted risk's
/// whole title and its level in the committee's words.
struct RiskRegisterView: Widget {
    let state: BoardState
    let register: RiskRegister

    /// How much of each row fits.
    enum Density { case wide, medium, narrow }

    static func density(width: Int) -> Density { width >= 110 ? .wide : width >= 70 ? .medium : .narrow }

    /// The highlighted risk's title takes at most this many rows under the list.
    static let titleLines = 3

    func draw(into grid: inout Grid, in rect: Rect) {
        grid.fill(rect)
        let risks = state.plan.risks
        let overdue = risks.filter { $0.isPastReview(today: state.today) }.count
        grid.box(rect, title: "Risk register · \(risks.count) risk\(risks.count == 1 ? "" : "s")"
                 + (overdue > 0 ? " · \(overdue) past review" : ""), style: .bold)
        let inner = rect.inset(1)
        guard inner.height >= 4, inner.width >= 20 else { return }
        let columns = Columns(risks: risks, state: state, width: inner.width)
        let hints = HintFitting.leftOver(for: state)
        // A second footer row when the keys the bottom line has no room for need it and the list can spare it.
        let footerRows = HintFitting.leading(hints, width: inner.width - 2).count < hints.count && inner.height >= 12 ? 2 : 1
        let footer = Rect(x: inner.x + 1, y: inner.maxY - footerRows, width: inner.width - 2, height: footerRows)
        let notes = (columns.form == .letter ? [Self.bandKey(state.plan.riskBands)] : []) + [ScreenFooter.meetingNote(state.runningMeeting)]
        ScreenFooter(hints: hints, notes: notes).draw(into: &grid, in: footer)
        if risks.isEmpty {
            let note = TextWrap.wrap("This plan has no risk register. planboard import SHEET --into PLAN.json adds one.",
                                     width: inner.width - 2, maxLines: max(1, inner.height - 1))
            for (i, line) in note.enumerated() { grid.put(line, x: inner.x + 1, y: inner.y + i, style: .dim) }
            return
        }
        columns.drawHeader(into: &grid, x: inner.x, y: inner.y)
        let selected = risks.dropFirst(register.selected).first
        let title = selected.map { Self.titleLines(of: $0, width: inner.width - 2) } ?? []
        let titleRows = inner.height >= 8 ? title.count : 0
        let rows = max(1, inner.height - footerRows - 2 - titleRows)
        let top = min(max(0, register.selected - rows + 1), max(0, risks.count - rows))
        for (row, index) in (top..<min(risks.count, top + rows)).enumerated() {
            columns.drawRow(risks[index], selected: index == register.selected, state: state, into: &grid,
                            x: inner.x, y: inner.y + 1 + row)
        }
        guard let risk = selected else { return }
        for (i, line) in title.prefix(titleRows).enumerated() {
            grid.put(line, x: inner.x + 1, y: inner.maxY - 1 - footerRows - titleRows + i, maxWidth: inner.width - 2)
        }
        grid.put(Self.levelLine(of: risk, state: state, width: inner.width - 2), x: inner.x + 1, y: inner.maxY - 1 - footerRows,
                 maxWidth: inner.width - 2)
    }

    /// `R2 Carer support plans …` in full, wrapped to at most three rows, the ref bold.
    static func titleLines(of risk: Risk, width: Int) -> [StyledLine] {
        RefTitleLines.lines(ref: risk.ref, title: risk.title, width: width, maxLines: titleLines)
    }

    /// The risk's level now in the committee's words when they fit, else the short form, then its
    /// review date: the first of these that fits whole, so nothing is cut mid-word.
    static func levelLine(of risk: Risk, state: BoardState, width: Int) -> StyledLine {
        let bands = state.plan.riskBands
        let kind: RiskLevelKind = risk.residual != nil ? .residual : risk.inherent != nil ? .inherent : .planned
        let wordings: [String] = risk.level(kind).map { level in
            ["\(kind.word): \(level.reportText(bands: bands))", "\(kind.word) \(level.shortText(bands: bands))",
             "\(kind.word) \(Columns.levelText(level, bands: bands, form: .word))"]
        } ?? ["No levels set"]
        let past = risk.isPastReview(today: state.today)
        let reviews: [Span?] = past ? [Span(" · ⚑ review overdue (\(risk.reviewDate))", .error), Span(" · ⚑ review overdue", .error), Span(" ⚑", .error)]
            : risk.reviewDate.isEmpty ? [nil] : [Span(" · review \(risk.reviewDate)", .dim), nil]
        var candidates: [StyledLine] = []
        for review in reviews {
            for wording in wordings { candidates.append([Span(wording, .dim)] + (review.map { [$0] } ?? [])) }
        }
        return candidates.first { TextWidth.of($0.map(\.text).joined()) <= width } ?? candidates.last ?? []
    }

    /// The key of band letters, from the plan's own bands: `L Low · M Moderate · H High · V Very high`.
    static func bandKey(_ bands: RiskBands) -> [String] {
        let key = bands.bands.map { "\(RiskBandStyle.letter($0.severity)) \($0.name)" }.joined(separator: " · ")
        return ["Bands: " + key, key]
    }

    /// Where each column goes at one width.
    struct Columns {
        /// How a level is written: `9 High`, `9 H` (with the key of letters on the footer) or `9`.
        enum Form { case word, letter, score }

        let density: Density
        let form: Form
        let x0 = 2
        let refWidth: Int
        private(set) var titleWidth: Int
        let ownerWidth: Int
        let levelWidth: Int
        private(set) var reviewWidth: Int
        private(set) var flag: Flag
        let kinds: [RiskLevelKind]

        /// The title keeps at least this many cells before a level's band word gives way to its score.
        static let minimumTitle = 16

        init(risks: [Risk], state: BoardState, width: Int) {
            density = RiskRegisterView.density(width: width)
            refWidth = min(6, max(3, risks.map { TextWidth.of($0.ref) }.max() ?? 3)) + 1
            let bands = state.plan.riskBands
            let today = state.today
            func reviewCells(_ flag: Flag, cap: Int) -> Int {
                min(cap, max(6, risks.map { TextWidth.of(Self.reviewText($0, flag: $0.isPastReview(today: today) ? flag : nil)) }.max() ?? 0))
            }
            switch density {
            case .wide:
                kinds = RiskLevelKind.allCases
                ownerWidth = min(14, max(5, risks.map { TextWidth.of($0.owner) }.max() ?? 0)) + 1
                flag = .words
                reviewWidth = reviewCells(.words, cap: 36)
            case .medium:
                kinds = RiskLevelKind.allCases
                ownerWidth = 7
                flag = .symbol
                reviewWidth = reviewCells(.symbol, cap: 20)
            case .narrow:
                kinds = [.residual]
                ownerWidth = 0
                flag = .symbol
                reviewWidth = 2
            }
            let (shown, dense) = (kinds, density)
            func levelCells(_ form: Form) -> Int {
                let texts = risks.flatMap { risk in shown.compactMap { risk.level($0).map { Self.levelText($0, bands: bands, form: form) } } }
                let labels = shown.map { Self.label($0, density: dense) }
                return (texts + labels).map(TextWidth.of).max().map { $0 + 1 } ?? 2
            }
            let fixed = 2 + refWidth + ownerWidth + reviewWidth + 2
            var form: Form = density == .medium ? .letter : .word
            if width - fixed - levelCells(form) * kinds.count < Self.minimumTitle { form = .score }
            self.form = form
            levelWidth = levelCells(form)
            titleWidth = max(6, width - fixed - levelWidth * kinds.count)
            // Wide: `⚑ review overdue` shortens to `⚑ overdue`, then `⚑`, while titles are cut.
            let longest = risks.map { TextWidth.of($0.title.replacingNewlinesWithSpaces()) }.max() ?? 0
            for shorter in [Flag.word, .symbol] where density == .wide && titleWidth < longest {
                let cells = reviewCells(shorter, cap: 36)
                flag = shorter
                titleWidth += reviewWidth - cells
                reviewWidth = cells
            }
        }

        /// How a passed review date is flagged: `⚑ review overdue`, `⚑ overdue` or `⚑`.
        enum Flag: String { case words = "⚑ review overdue", word = "⚑ overdue", symbol = "⚑" }

        static func label(_ kind: RiskLevelKind, density: Density) -> String {
            density == .medium ? (kind == .planned ? "Plan" : String(kind.word.prefix(3)) + ".") : kind.word
        }

        static func levelText(_ level: RiskLevel, bands: RiskBands, form: Form) -> String {
            let band = bands.band(for: level.score)
            return switch form {
            case .word: "\(level.score) \(band.name)"
            case .letter: "\(level.score) \(RiskBandStyle.letter(band.severity))"
            case .score: "\(level.score)"
            }
        }

        /// The review column's text: the date, and its flag when it has passed.
        static func reviewText(_ risk: Risk, flag: Flag?) -> String {
            let date = risk.reviewDate.isEmpty ? "—" : risk.reviewDate
            return flag.map { date + " " + $0.rawValue } ?? date
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
                grid.put(Self.label(kind, density: density), x: x + levelsX + i * levelWidth, y: y, style: .dim, maxWidth: levelWidth - 1)
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
                var style = RiskBandStyle.text(bands.band(for: level.score).severity)
                if selected { style.reverse = !style.reverse }
                grid.put(Self.levelText(level, bands: bands, form: form), x: at, y: y, style: style, maxWidth: levelWidth - 1)
            }
            let past = risk.isPastReview(today: state.today)
            switch density {
            case .narrow:
                if past { grid.put("⚑", x: x + reviewX, y: y, style: selected ? base.with(bold: true) : .error) }
            case .medium, .wide:
                let dateRoom = reviewWidth - (past ? TextWidth.of(flag.rawValue) + 1 : 0)
                let used = grid.put(TextWrap.truncate(risk.reviewDate.isEmpty ? "—" : risk.reviewDate, width: dateRoom),
                                    x: x + reviewX, y: y, style: base)
                if past { grid.put(flag.rawValue, x: x + reviewX + used + 1, y: y, style: selected ? base.with(bold: true) : .error) }
            }
        }
    }
}
