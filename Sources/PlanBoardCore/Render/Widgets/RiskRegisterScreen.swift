/// What the risk register shows in its area: the list, one risk's detail, or the heat map, and
/// the dialog choosing a level to change. Picked here so `BoardView` adds one line per mode.
struct RiskRegisterScreen: Widget {
    let state: BoardState
    let register: RiskRegister
    /// True while `L` asks which level to change.
    var choosingLevel = false

    func draw(into grid: inout Grid, in rect: Rect) {
        switch register.view {
        case .list:
            RiskRegisterView(state: state, register: register).draw(into: &grid, in: rect)
        case .heatMap:
            RiskHeatMapView(state: state, register: register).draw(into: &grid, in: rect)
        case .detail:
            guard let risk = state.plan.risks.dropFirst(register.selected).first else { return }
            let text = BoardLayout.scrollingText(in: rect)
            let content = RiskDetailText.lines(for: risk, in: state, width: text.width)
            ScrollingBox(content: content, title: "Risk \(register.selected + 1) of \(state.plan.risks.count)",
                         scroll: Viewport(offset: register.detailScroll, contentHeight: content.count, visibleHeight: text.height))
                .draw(into: &grid, in: rect)
        }
        if choosingLevel, let risk = state.plan.risks.dropFirst(register.selected).first {
            let bands = state.plan.riskBands
            let levels = RiskLevelKind.allCases.map { kind in
                "\(kind.word) \(risk.level(kind)?.shortText(bands: bands) ?? "not assessed")"
            }.joined(separator: "; ")
            DialogView(title: "Change which level of \(risk.ref.isEmpty ? "the risk" : risk.ref)?", message: levels + ".",
                       hints: Keymap.hints(for: .chooseRiskLevel)).draw(into: &grid, in: rect)
        }
    }
}
