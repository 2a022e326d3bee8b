/// The register's 5×5 heat map: likelihood up, impact across, as registers draw it; each cell
/// the band's colour with the count of risks and the band's letter in it (so it reads without
/// colour), the highlighted cell in brackets, and the risks of that cell listed beside the map
/// (below it on a narrow screen).
struct RiskHeatMapView: Widget {
    let state: BoardState
    let register: RiskRegister

    func draw(into grid: inout Grid, in rect: Rect) {
        grid.fill(rect)
        let map = RiskHeatMap(state.plan, kind: register.heatLevel)
        grid.box(rect, title: "Risk heat map · \(register.heatLevel.word) levels · \(state.plan.risks.count) risks", style: .bold)
        let inner = rect.inset(1)
        guard inner.height >= 8, inner.width >= 30 else { return }
        let bands = state.plan.riskBands
        let cellWidth = inner.width >= 100 ? 11 : inner.width >= 70 ? 7 : 5
        // Cells grow taller on tall screens; the count sits in the middle row.
        let cellHeight = max(1, min(3, (inner.height - 6) / 5))
        let labelWidth = 4
        let mapWidth = labelWidth + 5 * (cellWidth + 1)
        let x = inner.x + 1

        grid.put("Likelihood ↑", x: x, y: inner.y, style: .dim)
        for likelihood in stride(from: 5, through: 1, by: -1) {
            let top = inner.y + 1 + (5 - likelihood) * cellHeight
            let y = top + cellHeight / 2
            grid.put(" \(likelihood) ", x: x, y: y, style: .bold)
            for impact in 1...5 {
                let count = map.count(likelihood: likelihood, impact: impact)
                let band = bands.band(for: likelihood * impact)
                let chosen = register.cell == HeatMapCell(likelihood: likelihood, impact: impact)
                var style = RiskBandStyle.cell(band.severity)
                if count > 0 { style.bold = true }
                let body = "\(count) \(RiskBandStyle.letter(band.severity))"
                let text = chosen ? "[" + body + "]" : body
                let cx = x + labelWidth + (impact - 1) * (cellWidth + 1)
                grid.fill(Rect(x: cx, y: top, width: cellWidth, height: cellHeight), style: style)
                let pad = max(0, (cellWidth - TextWidth.of(text)) / 2)
                grid.put(text, x: cx + pad, y: y, style: chosen ? style.with(reverse: true) : style, maxWidth: cellWidth)
            }
        }
        let axisY = inner.y + 1 + 5 * cellHeight
        for impact in 1...5 {
            grid.put("\(impact)", x: x + labelWidth + (impact - 1) * (cellWidth + 1) + cellWidth / 2, y: axisY, style: .bold)
        }
        grid.put("Impact →", x: x + labelWidth, y: axisY + 1, style: .dim)
        if !map.unplaced.isEmpty {
            let n = map.unplaced.count
            grid.put("\(n) risk\(n == 1 ? " has" : "s have") no \(register.heatLevel.rawValue) level",
                     x: x + labelWidth + 10, y: axisY + 1, style: .dim, maxWidth: inner.maxX - (x + labelWidth + 10) - 1)
        }

        // The highlighted cell's risks: beside the map when there is room, else below it.
        let beside = inner.width - mapWidth >= 30
        let listRect = beside
            ? Rect(x: x + mapWidth + 2, y: inner.y + 1, width: inner.maxX - (x + mapWidth + 2) - 1, height: inner.height - 2)
            : Rect(x: x, y: axisY + 2, width: inner.width - 2, height: max(0, inner.maxY - (axisY + 2) - 1))
        drawCellList(map, in: listRect, grid: &grid)
        ScreenFooter(hints: HintFitting.leftOver(for: state), notes: [RiskRegisterView.bandKey(bands)])
            .draw(into: &grid, in: Rect(x: x, y: inner.maxY - 1, width: inner.width - 2, height: 1))
    }

    private func drawCellList(_ map: RiskHeatMap, in rect: Rect, grid: inout Grid) {
        guard rect.height >= 1, rect.width >= 8 else { return }
        let cell = register.cell
        let score = cell.likelihood * cell.impact
        let band = state.plan.riskBands.band(for: score)
        let risks = map.risks(likelihood: cell.likelihood, impact: cell.impact).map { state.plan.risks[$0] }
        let heading = "L\(cell.likelihood) × I\(cell.impact) = \(score) \(band.name): \(risks.count) risk\(risks.count == 1 ? "" : "s")"
        grid.put(heading, x: rect.x, y: rect.y, style: RiskBandStyle.text(band.severity), maxWidth: rect.width)
        var y = rect.y + 1
        for (i, risk) in risks.enumerated() where y < rect.maxY {
            if y == rect.maxY - 1, i < risks.count - 1 {
                grid.put("… and \(risks.count - i) more", x: rect.x, y: y, style: .dim, maxWidth: rect.width)
                break
            }
            let line = [risk.ref, risk.title.replacingNewlinesWithSpaces()].filter { !$0.isEmpty }.joined(separator: " ")
            grid.put(TextWrap.truncate(line, width: rect.width), x: rect.x, y: y)
            y += 1
        }
    }
}
