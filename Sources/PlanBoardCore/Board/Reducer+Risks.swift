/// The risk register (`Z`): moving through it, its detail and heat map, and changing a risk's
/// levels and review date. A change is one undo step, goes into the risk's own history with the
/// running meeting and who made it, and offers `y` for its reason as a rating does.
extension Reducer {
    static func reduceRisk(_ state: inout BoardState, _ command: RiskCommand, now: Timestamp) -> [Effect] {
        if command == .open {
            openRiskRegister(&state)
            return []
        }
        if case .chooseRiskLevel(let register) = state.mode {
            state.mode = .riskRegister(register)
            if case .chooseLevel(let kind) = command { askRiskLevel(&state, register, kind) }
            return []
        }
        guard case .riskRegister(var register) = state.mode else { return [] }
        let count = state.plan.risks.count
        switch command {
        case .open, .chooseLevel:
            break
        case .pick(let offset):
            register.selected = min(max(0, register.selected + offset), max(0, count - 1))
            register.detailScroll = 0
        case .toggleDetail:
            guard count > 0 else { break }
            register.view = register.view == .detail ? .list : .detail
            register.detailScroll = 0
        case .pickEdge(let last):
            register.selected = last ? max(0, count - 1) : 0
            register.detailScroll = 0
        case .scroll(let lines):
            register.detailScroll = max(0, min(register.detailScroll + lines, maxDetailScroll(state, register)))
        case .scrollPages(let pages):
            let page = max(1, BoardLayout.scrollingText(in: layout(state).registerArea).height - 1)
            register.detailScroll = max(0, min(register.detailScroll + pages * page, maxDetailScroll(state, register)))
        case .toggleHeatMap:
            if register.view == .heatMap {
                register.view = .list
            } else {
                register.view = .heatMap
                if let level = state.plan.risks.dropFirst(register.selected).first?.level(register.heatLevel) {
                    register.cell = HeatMapCell(likelihood: level.likelihood, impact: level.impact)
                }
            }
        case .moveCell(let dl, let di):
            register.cell = register.cell.moved(likelihood: dl, impact: di)
        case .heatLevel(let kind):
            let all = RiskLevelKind.allCases
            register.heatLevel = kind ?? all[(all.firstIndex(of: register.heatLevel)! + 1) % all.count]
            state.flash = .init("Heat map of the \(register.heatLevel.rawValue) levels.")
        case .changeLevel:
            guard count > 0 else { return noRisks(&state) }
            state.mode = .chooseRiskLevel(register)
            return []
        case .reviewDate:
            guard let risk = state.plan.risks.dropFirst(register.selected).first else { return noRisks(&state) }
            ask(&state, .riskReviewDate(risk.id), question: "Review date of \(riskName(risk)) (as written, e.g. March 2027):",
                text: risk.reviewDate, returnTo: .risks(register))
            return []
        case .editBands:
            askRiskBands(&state, register)
            return []
        case .back:
            switch register.view {
            case .list: leaveRiskRegister(&state)
            case .detail, .heatMap:
                register.view = .list
                state.mode = .riskRegister(register)
            }
            return []
        }
        state.mode = .riskRegister(register)
        return []
    }

    /// `Z`: the register opens on its list, saying how many risks there are and how many are past review.
    static func openRiskRegister(_ state: inout BoardState) {
        state.mode = .riskRegister(RiskRegister())
        // `y` in the register is about the register's own changes: the board's offer is dropped.
        state.reasonOffer = nil
        let risks = state.plan.risks
        guard !risks.isEmpty else {
            state.flash = .init("This plan has no risk register: planboard import SHEET --into PLAN.json adds one.")
            return
        }
        let overdue = risks.filter { $0.isPastReview(today: state.today) }.count
        state.flash = .init("\(risks.count) risk\(risks.count == 1 ? "" : "s")"
            + (overdue > 0 ? " · \(overdue) past review" : ""))
    }

    /// Back to the board: a risk's offer of `y` stays behind (on the board `y` explains the board's changes).
    static func leaveRiskRegister(_ state: inout BoardState) {
        state.mode = .board
        if state.reasonOffer?.risk != nil { state.reasonOffer = nil }
    }

    private static func noRisks(_ state: inout BoardState) -> [Effect] {
        state.flash = .init("No risk to change: this plan has no risk register.", isError: true)
        return []
    }

    /// `R1 Short Breaks Fund not renewed…`: the ref and the title's first words.
    static func riskName(_ risk: Risk) -> String {
        let title = MinutesReport.shortTitle(risk.title, limit: 40)
        return risk.ref.isEmpty ? title : "\(risk.ref) \(title)"
    }

    /// How far the detail of the highlighted risk can scroll on this screen.
    private static func maxDetailScroll(_ state: BoardState, _ register: RiskRegister) -> Int {
        guard let risk = state.plan.risks.dropFirst(register.selected).first else { return 0 }
        let text = BoardLayout.scrollingText(in: layout(state).registerArea)
        return max(0, RiskDetailText.lines(for: risk, in: state, width: text.width).count - text.height)
    }

    private static func askRiskLevel(_ state: inout BoardState, _ register: RiskRegister, _ kind: RiskLevelKind) {
        guard let risk = state.plan.risks.dropFirst(register.selected).first else { return }
        // The level as it is stands in the answer, ready to edit; the question stays short for narrow screens.
        ask(&state, .riskLevel(risk.id, kind),
            question: "\(risk.ref.isEmpty ? "The risk's" : risk.ref) \(kind.rawValue) level, L x I (e.g. 2x3):",
            text: RiskLevelInput.text(risk.level(kind)), returnTo: .risks(register))
    }

    /// Enter on a level: a bad one keeps the question open with what was typed and says what to type.
    static func answerRiskLevel(_ state: inout BoardState, _ prompt: Prompt, risk id: Risk.ID, kind: RiskLevelKind,
                                text: String, now: Timestamp) -> [Effect] {
        guard let index = state.plan.risks.firstIndex(where: { $0.id == id }) else { return [] }
        let new: RiskLevel?
        switch RiskLevelInput.read(text) {
        case .failure(let problem):
            state.mode = .prompt(prompt)
            state.flash = .init(problem.description, isError: true)
            return []
        case .success(.cleared): new = nil
        case .success(.level(let level)): new = level
        }
        let risk = state.plan.risks[index]
        let bands = state.plan.riskBands
        let old = risk.level(kind)
        let words = { (level: RiskLevel?) in level?.shortText(bands: bands) ?? "" }
        guard old?.likelihood != new?.likelihood || old?.impact != new?.impact else {
            state.flash = .init("\(riskName(risk)): the \(kind.rawValue) level is already \(old.map(words) ?? "unset").")
            return []
        }
        let summary = "\(risk.ref.isEmpty ? risk.title : risk.ref) \(kind.rawValue) risk \(old.map(words) ?? "unset") → \(new.map(words) ?? "unset")"
        return changeRiskOfferingReason(&state, index, summary: summary,
                                        Change(at: now, field: kind.changeField, from: words(old), to: words(new))) { risk in
            risk.setLevel(kind, to: new)
        }
    }

    /// Enter on a review date: kept as written; one the deadline grammar cannot read is kept with a warning.
    static func answerReviewDate(_ state: inout BoardState, risk id: Risk.ID, text: String, now: Timestamp) -> [Effect] {
        guard let index = state.plan.risks.firstIndex(where: { $0.id == id }) else { return [] }
        let risk = state.plan.risks[index]
        guard text != risk.reviewDate else {
            state.flash = .init("\(riskName(risk)): the review date is as it was.")
            return []
        }
        let summary = "\(risk.ref.isEmpty ? risk.title : risk.ref) review date \(risk.reviewDate.isEmpty ? "unset" : risk.reviewDate) → \(text.isEmpty ? "unset" : text)"
        let effects = changeRiskOfferingReason(&state, index, summary: summary,
                                               Change(at: now, field: .reviewDate, from: risk.reviewDate, to: text)) { risk in
            risk.reviewDate = text
        }
        if !text.isEmpty, DeadlineParser.parse(text).due == nil {
            state.flash = .init("Changed, but planboard cannot read “\(text)” as a date, so it will not be flagged when past (u undoes).",
                                isError: true)
        }
        return effects
    }

    /// Applies `edit` to risk `index` and records `entry` in its history, signed with who and the
    /// running meeting, as one undo step; then offers `y` for the reason.
    private static func changeRiskOfferingReason(_ state: inout BoardState, _ index: Int, summary: String, _ entry: Change,
                                                 _ edit: (inout Risk) -> Void) -> [Effect] {
        var entry = entry
        entry.meeting = state.runningMeeting?.id
        entry.who = state.author.isEmpty ? nil : state.author
        let signed = entry
        let effects = changePlan(&state, selecting: state.selectedAction?.id, summary: summary) { plan in
            edit(&plan.risks[index])
            plan.risks[index].history.append(signed)
        }
        let risk = state.plan.risks[index]
        state.reasonOffer = ReasonOffer(action: state.selectedAction?.id ?? Action.ID(""), entry: risk.history.count - 1,
                                        field: signed.field, at: signed.at, summary: summary,
                                        ref: risk.ref.isEmpty ? "the risk" : risk.ref, risk: risk.id)
        state.flash = .init("\(summary) · y: why?")
        return effects
    }

    /// The offered risk change, if it is still in the plan as it was made.
    static func offeredRiskChange(_ plan: Plan, _ id: Risk.ID, _ offer: ReasonOffer) -> Change? {
        guard let risk = plan.risks.first(where: { $0.id == id }), risk.history.indices.contains(offer.entry) else { return nil }
        let change = risk.history[offer.entry]
        return change.field == offer.field && change.at == offer.at ? change : nil
    }

    /// Stores the reason on the offered risk change (no undo step of its own: `u` undoes both).
    static func noteRiskReason(_ state: inout BoardState, _ id: Risk.ID, _ offer: ReasonOffer, _ reason: String) -> [Effect] {
        guard offeredRiskChange(state.plan, id, offer) != nil, let index = state.plan.risks.firstIndex(where: { $0.id == id }) else {
            state.flash = .init("That change has been undone; no reason stored.", isError: true)
            return []
        }
        let before = state.plan.risks[index].history[offer.entry].reason
        let new = reason.isEmpty ? nil : reason
        guard before != new else {
            state.flash = .init(reason.isEmpty ? "No reason given for \(offer.described)." : "The reason for \(offer.described) is as it was.")
            return []
        }
        state.plan.risks[index].history[offer.entry].reason = new
        state.flash = .init(reason.isEmpty ? "No reason stored for \(offer.described)." : "Reason noted for \(offer.described): “\(reason)”")
        state.saveStatus = .saving
        return [.save(state.plan)]
    }
}

extension RiskLevelKind {
    /// The history field a change of this level is recorded under.
    public var changeField: Change.Field {
        switch self {
        case .inherent: .inherent
        case .residual: .residual
        case .planned: .planned
        }
    }
}
