import Testing
@testable import PlanBoardCore

/// The performance framework merged by meaning, one rule at a time: indicators and risks by id,
/// field by field; periods by their text; history a union; milestones by id; risk bands whole.
@Suite struct FrameworkMergeTests {
    static let morning = PlanMergeTests.morning
    static let noon = PlanMergeTests.noon

    static func base() -> Plan {
        var plan = PlanMergeTests.base()
        plan.indicators = [
            Indicator(id: "i1", ref: "PI1", name: "Carers supported", unit: .percentage, outcomes: ["o1"],
                      periods: [IndicatorPeriod(period: "2024/25", target: 40, actual: 37)]),
            Indicator(id: "i2", ref: "PI2", name: "Assessments", periods: [IndicatorPeriod(period: "2024/25", target: 400)]),
        ]
        plan.risks = [
            Risk(id: "r1", ref: "R1", title: "Short breaks fund not renewed", residual: RiskLevel(likelihood: 3, impact: 3),
                 actions: ["a3"]),
        ]
        plan.outcomes[0].actions[0].milestones = [Milestone(id: "m1", text: "Survey designed", due: "June 2026")]
        return plan
    }

    static func merge(_ base: Plan, _ ours: Plan, _ theirs: Plan) -> PlanMerge.Outcome {
        PlanMergeTests.merge(base, ours, theirs)
    }

    static func period(_ plan: Plan, _ indicator: Int, _ text: String) -> IndicatorPeriod? {
        plan.indicators[indicator].periods.first { $0.period == text }
    }

    // MARK: Indicators

    @Test func indicatorFieldsChangedOnOneSideTakeThatSide() {
        let base = Self.base()
        var ours = base, theirs = base
        ours.indicators[0].source = "Carers survey"
        theirs.indicators[0].unit = .rate
        theirs.indicators[1].tolerancePercent = 10
        let merged = Self.merge(base, ours, theirs)
        #expect(merged.conflicts.isEmpty)
        #expect(merged.plan.indicators[0].source == "Carers survey")
        #expect(merged.plan.indicators[0].unit == .rate)
        #expect(merged.plan.indicators[1].tolerancePercent == 10)
    }

    @Test func indicatorFieldsChangedDifferentlyOnBothSidesAreConflictsKeepingOurs() {
        let base = Self.base()
        var ours = base, theirs = base
        ours.indicators[0].owner = "CC"
        theirs.indicators[0].owner = "GP"
        ours.indicators[0].baseline = IndicatorBaseline(period: "2017/18", value: 37)
        theirs.indicators[0].baseline = IndicatorBaseline(period: "2018/19", value: 35.5)
        let merged = Self.merge(base, ours, theirs)
        let found = Set(merged.conflicts.map { "\($0.about.rawValue) \($0.id) \($0.field)" })
        #expect(found == ["indicator i1 owner", "indicator i1 baseline"])
        #expect(merged.plan.indicators[0].owner == "CC")
        let baseline = merged.conflicts.first { $0.field == "baseline" }!
        #expect(baseline.kept == "37% in 2017/18" && baseline.other == "35.5% in 2018/19")
        #expect(baseline.otherValue == ["2018/19", "35.5"])
        #expect(baseline.subjectPhrase == "Indicator PI1 Carers supported")
    }

    @Test func aPeriodAddedOnBothSidesAlikeIsKeptOnce() {
        let base = Self.base()
        var ours = base, theirs = base
        let added = IndicatorPeriod(period: "2025/26", target: 42)
        ours.indicators[0].periods.append(added)
        theirs.indicators[0].periods.append(added)
        theirs.indicators[0].periods.append(IndicatorPeriod(period: "2026/27", target: 44))
        let merged = Self.merge(base, ours, theirs)
        #expect(merged.conflicts.isEmpty)
        #expect(merged.plan.indicators[0].periods.map(\.period) == ["2024/25", "2025/26", "2026/27"])
    }

    @Test func aPeriodsValueSetDifferentlyIsAConflictNamingThePeriod() {
        let base = Self.base()
        var ours = base, theirs = base
        ours.indicators[0].periods[0].actual = 38
        (ours.indicators[0].periods[0].who, ours.indicators[0].periods[0].enteredAt) = ("Sam", Self.noon)
        theirs.indicators[0].periods[0].actual = 39.5
        (theirs.indicators[0].periods[0].who, theirs.indicators[0].periods[0].enteredAt) = ("Jo", Self.morning)
        theirs.indicators[0].periods[0].target = 41
        let merged = Self.merge(base, ours, theirs)
        #expect(merged.conflicts.count == 1)
        let conflict = merged.conflicts[0]
        #expect(conflict.about == .indicator && conflict.field == "actual" && conflict.period == "2024/25")
        #expect(conflict.kept == "38%" && conflict.other == "39.5%")
        #expect(conflict.keptBy == "Sam" && conflict.otherBy == "Jo" && conflict.otherAt == Self.morning)
        #expect(conflict.fieldPhrase == "the value for 2024/25")
        let period = Self.period(merged.plan, 0, "2024/25")!
        #expect(period.actual == 38 && period.who == "Sam", "ours stays, with who entered it")
        #expect(period.target == 41, "the target changed on one side only comes through")
    }

    @Test func theSameValueRecordedInBothCopiesIsNoConflictAndKeepsTheEarlierEntry() {
        let base = Self.base()
        var ours = base, theirs = base
        ours.indicators[1].periods[0].actual = 412
        (ours.indicators[1].periods[0].who, ours.indicators[1].periods[0].enteredAt) = ("Sam", Self.noon)
        theirs.indicators[1].periods[0].actual = 412
        (theirs.indicators[1].periods[0].who, theirs.indicators[1].periods[0].enteredAt) = ("Jo", Self.morning)
        for merged in [Self.merge(base, ours, theirs), Self.merge(base, theirs, ours)] {
            #expect(merged.conflicts.isEmpty)
            #expect(Self.period(merged.plan, 1, "2024/25")?.who == "Jo")
        }
    }

    @Test func indicatorHistoryIsAUnionInTimeOrder() {
        let base = Self.base()
        var ours = base, theirs = base
        ours.indicators[0].history.append(Change(at: Self.noon, field: .target, from: "", to: "2024/25: 40%", who: "Sam"))
        theirs.indicators[0].history.append(Change(at: Self.morning, field: .actual, from: "", to: "2024/25: 37%", who: "Jo"))
        ours.risks[0].history.append(Change(at: Self.noon, field: .reviewDate, from: "", to: "March 2027", who: "Sam"))
        theirs.risks[0].history.append(Change(at: Self.morning, field: .mitigation, from: "", to: "Bid", who: "Jo"))
        let merged = Self.merge(base, ours, theirs).plan
        #expect(merged.indicators[0].history.map(\.who) == ["Jo", "Sam"])
        #expect(merged.risks[0].history.map(\.who) == ["Jo", "Sam"])
    }

    @Test func anIndicatorAddedInOneCopyComesThroughAndOneDeletedUnchangedGoes() {
        let base = Self.base()
        var ours = base, theirs = base
        ours.indicators.append(Indicator(id: "i3-k3f9q", ref: "PI3", name: "Breaks taken"))
        theirs.indicators.remove(at: 1)
        let merged = Self.merge(base, ours, theirs).plan
        #expect(merged.indicators.map(\.id) == ["i1", "i3-k3f9q"])
    }

    @Test func indicatorsBothCopiesAddedUnderOneIdAreBothKeptUnlessTheyAreTheSame() {
        let base = Self.base()
        var ours = base, theirs = base
        ours.indicators.append(Indicator(id: "i3", ref: "PI3", name: "Breaks taken"))
        theirs.indicators.append(Indicator(id: "i3", ref: "PI9", name: "Carers in work"))
        let merged = Self.merge(base, ours, theirs)
        #expect(merged.plan.indicators.map(\.name).sorted() == ["Assessments", "Breaks taken", "Carers in work", "Carers supported"])
        #expect(Set(merged.plan.indicators.map(\.id)).count == 4)
        #expect(merged.notices.contains { $0.contains("indicator as i3") && $0.contains("PI9") })

        var same = base
        same.indicators.append(Indicator(id: "i3", ref: "PI3", name: "Breaks taken", owner: "CC"))
        let once = Self.merge(base, ours, same)
        #expect(once.plan.indicators.count == 3 && once.plan.indicators[2].owner == "CC")
        #expect(once.conflicts.isEmpty)
    }

    // MARK: Risks

    @Test func riskFieldsMergeAndALevelSetDifferentlyIsAConflictKeptExactly() {
        let base = Self.base()
        var ours = base, theirs = base
        ours.risks[0].residual = RiskLevel(likelihood: 2, impact: 3)
        theirs.risks[0].residual = RiskLevel(likelihood: 4, impact: 4)
        theirs.risks[0].category = "Financial"
        let merged = Self.merge(base, ours, theirs)
        #expect(merged.plan.risks[0].category == "Financial")
        #expect(merged.plan.risks[0].residual == RiskLevel(likelihood: 2, impact: 3))
        #expect(merged.conflicts.count == 1)
        let conflict = merged.conflicts[0]
        #expect(conflict.about == .risk && conflict.id == "r1" && conflict.field == "residual")
        #expect(conflict.kept == "L2 × I3 = 6 Moderate" && conflict.other == "L4 × I4 = 16 Very high")
        #expect(conflict.otherValue == ["4", "4"])
        #expect(conflict.subjectPhrase == "Risk R1 Short breaks fund not renewed")
    }

    @Test func anActionRenumberedByTheMergeIsRenamedInTheRisksThatNameIt() {
        let base = Self.base()
        var ours = base, theirs = base
        ours.outcomes[1].actions.append(Action(id: "a4", ref: "2.2", text: "Ours new"))
        theirs.outcomes[1].actions.append(Action(id: "a4", ref: "2.3", text: "Theirs new"))
        theirs.risks[0].actions = ["a3", "a4"]
        let merged = Self.merge(base, ours, theirs).plan
        let renamed = merged.allActions.first { $0.text == "Theirs new" }!.id
        #expect(renamed != "a4")
        #expect(merged.risks[0].actions == ["a3", renamed])
    }

    @Test func riskBandsSetDifferentlyInBothCopiesAreAConflict() {
        let base = Self.base()
        var ours = base, theirs = base
        ours.customRiskBands = RiskBands(bands: [RiskBand(name: "Low", from: 1, severity: .low),
                                                 RiskBand(name: "High", from: 10, severity: .high)])
        theirs.customRiskBands = RiskBands(bands: [RiskBand(name: "Green", from: 1, severity: .low),
                                                   RiskBand(name: "Red", from: 12, severity: .veryHigh)])
        let merged = Self.merge(base, ours, theirs)
        #expect(merged.conflicts.map(\.field) == ["riskBands"])
        #expect(merged.conflicts[0].about == .plan && merged.conflicts[0].other == "Green from 1, Red from 12")
        #expect(merged.plan.customRiskBands == ours.customRiskBands)
        let oneSide = Self.merge(base, base, theirs)
        #expect(oneSide.conflicts.isEmpty && oneSide.plan.customRiskBands == theirs.customRiskBands)
    }

    @Test func aRiskLevelInAConflictIsWordedAgainstTheBandsTheMergedPlanUses() {
        let base = Self.base()
        var ours = base, theirs = base
        ours.risks[0].residual = RiskLevel(likelihood: 2, impact: 3)
        theirs.risks[0].residual = RiskLevel(likelihood: 4, impact: 4)
        theirs.customRiskBands = RiskBands(bands: [RiskBand(name: "Low", from: 1, severity: .low),
                                                   RiskBand(name: "High", from: 9, severity: .high)])
        let conflict = Self.merge(base, ours, theirs).conflicts.first { $0.about == .risk }!
        #expect(conflict.kept == "L2 × I3 = 6 Low" && conflict.other == "L4 × I4 = 16 High")
    }

    // MARK: Milestones

    @Test func milestonesAddedOnBothSidesUnderOneIdAreBothKeptTheLaterRenumbered() {
        let base = Self.base()
        var ours = base, theirs = base
        PlanMergeTests.edit(&ours, "a1") {
            $0.milestones.append(Milestone(id: "m2", text: "Survey sent"))
            $0.history.append(Change(at: Self.noon, field: .milestone, from: "", to: "‘Survey sent’ added"))
        }
        PlanMergeTests.edit(&theirs, "a1") {
            $0.milestones.append(Milestone(id: "m2", text: "Results analysed"))
            $0.history.append(Change(at: Self.morning, field: .milestone, from: "", to: "‘Results analysed’ added"))
        }
        for merged in [Self.merge(base, ours, theirs), Self.merge(base, theirs, ours)] {
            let milestones = merged.plan.action("a1")!.milestones
            #expect(milestones.count == 3)
            #expect(milestones.first { $0.text == "Results analysed" }?.id == "m2", "added first, keeps its id")
            #expect(milestones.first { $0.text == "Survey sent" }?.id == "m3")
            #expect(merged.notices.contains { $0.contains("‘Survey sent’ is now m3") })
        }
    }

    @Test func aMilestoneDoneInOneCopyIsDoneAndOneAddedAlikeIsKeptOnce() {
        let base = Self.base()
        var ours = base, theirs = base
        PlanMergeTests.edit(&ours, "a1") {
            $0.milestones[0].doneAt = Self.noon
            $0.milestones[0].doneBy = "Sam"
            $0.milestones.append(Milestone(id: "m2-abcde", text: "Survey sent"))
        }
        PlanMergeTests.edit(&theirs, "a1") {
            $0.milestones[0].due = "July 2026"
            $0.milestones.append(Milestone(id: "m2-abcde", text: "Survey sent"))
        }
        let merged = Self.merge(base, ours, theirs)
        let milestones = merged.plan.action("a1")!.milestones
        #expect(milestones.map(\.id) == ["m1", "m2-abcde"])
        #expect(milestones[0].isDone && milestones[0].doneBy == "Sam" && milestones[0].due == "July 2026")
        #expect(merged.notices.isEmpty)
    }

    @Test func doneInBothCopiesTheEarlierStandsAndReopenedAgainstDoneStaysDone() {
        var base = Self.base()
        var ours = base, theirs = base
        PlanMergeTests.edit(&ours, "a1") { $0.milestones[0].doneAt = Self.noon }
        PlanMergeTests.edit(&theirs, "a1") { $0.milestones[0].doneAt = Self.morning }
        #expect(Self.merge(base, ours, theirs).plan.action("a1")?.milestones[0].doneAt == Self.morning)
        #expect(Self.merge(base, theirs, ours).plan.action("a1")?.milestones[0].doneAt == Self.morning)

        PlanMergeTests.edit(&base, "a1") { $0.milestones[0].doneAt = Self.morning }
        ours = base
        theirs = base
        PlanMergeTests.edit(&ours, "a1") { $0.milestones[0].doneAt = nil }
        PlanMergeTests.edit(&theirs, "a1") { $0.milestones[0].doneAt = Self.noon }
        #expect(Self.merge(base, ours, theirs).plan.action("a1")?.milestones[0].doneAt == Self.noon)
    }

    // MARK: The file and the board

    @Test func aPeriodConflictIsKeptInTheFileAndReadBack() throws {
        let base = Self.base()
        var ours = base, theirs = base
        ours.indicators[0].periods[0].actual = 38
        theirs.indicators[0].periods[0].notAvailable = true
        theirs.indicators[0].periods[0].actual = nil
        theirs.risks[0].title = "Fund cut"
        ours.risks[0].title = "Fund ends"
        let plan = Self.merge(base, ours, theirs).plan
        let bytes = PlanFile.encode(plan)
        #expect(try PlanFile.decode(bytes, path: "plan.json") == plan)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"about\" : \"indicator\"") && text.contains("\"period\" : \"2024/25\""))
        #expect(text.contains("\"about\" : \"risk\""))
    }

    /// The board after a merge with a conflict on a risk's level and one on a period's value.
    static func board() -> BoardState {
        let base = Self.base()
        var ours = base, theirs = base
        ours.risks[0].residual = RiskLevel(likelihood: 2, impact: 3)
        theirs.risks[0].residual = RiskLevel(likelihood: 4, impact: 4)
        ours.indicators[0].periods[0].actual = 38
        theirs.indicators[0].periods[0].actual = 39.5
        (theirs.indicators[0].periods[0].who, theirs.indicators[0].periods[0].enteredAt) = ("Jo", Self.morning)
        var state = Fixtures.state(Self.merge(base, ours, theirs).plan)
        state.author = "Chair"
        return state
    }

    static func choose(_ state: inout BoardState, _ about: MergeConflict.Subject, takeOther: Bool) {
        state.mode = .chooseConflictSide(state.plan.conflicts.firstIndex { $0.about == about }!)
        send(&state, .resolveMergeConflict(takeOther: takeOther))
    }

    @Test func takingTheOtherRiskLevelSetsItExactlyWithHistoryAndOneUndoStep() {
        var state = Self.board()
        let before = state.plan
        Self.choose(&state, .risk, takeOther: true)
        let risk = state.plan.risks[0]
        #expect(risk.residual == RiskLevel(likelihood: 4, impact: 4))
        let entry = risk.history.last!
        #expect(entry.field == .residual && entry.from == "L2 × I3 = 6 Moderate" && entry.to == "L4 × I4 = 16 Very high")
        #expect(entry.who == "Chair" && entry.reason?.contains("Conflict from a merge resolved") == true)
        #expect(state.plan.conflicts.count == 1)
        #expect(state.flash?.text.contains("Risk R1") == true)
        send(&state, .undo)
        #expect(state.plan == before)
    }

    @Test func takingTheOtherValueOfAPeriodSetsItAndWhoEnteredIt() {
        var state = Self.board()
        Self.choose(&state, .indicator, takeOther: true)
        let period = Self.period(state.plan, 0, "2024/25")!
        #expect(period.actual == 39.5 && period.who == "Jo" && period.enteredAt == Self.morning)
        let entry = state.plan.indicators[0].history.last!
        #expect(entry.field == .actual && entry.from == "2024/25: 38%" && entry.to == "2024/25: 39.5%")
        #expect(state.plan.conflicts.map(\.about) == [.risk])
    }

    @Test func theChooserSaysWhichIndicatorAndWhichPeriod() {
        var state = Self.board()
        state.size = Size(width: 100, height: 30)
        state.mode = .chooseConflictSide(state.plan.conflicts.firstIndex { $0.about == .indicator }!)
        let screen = BoardView.render(state).text
        #expect(screen.contains("Indicator PI1 Carers supported"))
        #expect(screen.contains("Two copies set the value for 2024/25 differently"))
        #expect(screen.contains("39.5% (Jo, 2026-11-23 09:00)"))
    }

    /// Keeping the board's value changes nothing, so, as for an action, no "38% → 38%" entry is written.
    @Test func keepingTheBoardsValueLeavesItAndWritesNoEntry() {
        var state = Self.board()
        let before = state.plan.indicators[0].history
        let conflicts = state.plan.conflicts.count
        Self.choose(&state, .indicator, takeOther: false)
        #expect(Self.period(state.plan, 0, "2024/25")?.actual == 38)
        #expect(state.plan.indicators[0].history == before)
        #expect(state.plan.conflicts.count == conflicts - 1)
    }

    @Test func takingTheOtherRiskBandsAndOverrideRestoresThemExactly() {
        let base = Self.base()
        var ours = base, theirs = base
        let bands = RiskBands(bands: [RiskBand(name: "Green", from: 1, severity: .low), RiskBand(name: "Red", from: 12, severity: .veryHigh)])
        theirs.customRiskBands = bands
        ours.customRiskBands = RiskBands(bands: [RiskBand(name: "Low", from: 1, severity: .low)])
        let override = IndicatorStatusOverride(status: .offTarget, reason: "Survey late", at: Self.morning, meeting: "m1", who: "Jo")
        theirs.indicators[1].statusOverride = override
        ours.indicators[1].statusOverride = IndicatorStatusOverride(status: .onTarget, reason: "Fine", at: Self.noon)
        var state = Fixtures.state(Self.merge(base, ours, theirs).plan)
        Self.choose(&state, .plan, takeOther: true)
        #expect(state.plan.customRiskBands == bands)
        Self.choose(&state, .indicator, takeOther: true)
        #expect(state.plan.indicators[1].statusOverride == override)
        #expect(state.plan.conflicts.isEmpty)
    }
}

/// An indicator or risk both copies added under one id is kept twice, theirs under a fresh id,
/// unless its ref and name (title) agree; the merge says what it renumbered.
@Suite struct FrameworkSameNewIDTests {
    @Test func differentItemsUnderOneNewIDAreBothKeptAndSaidSo() {
        let base = Plan(title: "p")
        var ours = base, theirs = base
        ours.indicators = [Indicator(id: .init("i1"), ref: "PI1", name: "Carers assessed")]
        theirs.indicators = [Indicator(id: .init("i1"), ref: "PI1", name: "Young carers known")]
        ours.risks = [Risk(id: .init("r1"), ref: "R1", title: "Funding")]
        theirs.risks = [Risk(id: .init("r1"), ref: "R1", title: "Funding")]
        let merged = PlanMerge.merge(base: base, ours: ours, theirs: theirs, at: PlanMergeTests.now)
        #expect(merged.plan.indicators.map(\.id.rawValue).sorted() == ["i1", "i2"])
        #expect(merged.plan.risks.map(\.id.rawValue) == ["r1"], "the same risk added alike is one")
        #expect(merged.notices.contains("Both copies added an indicator as i1; the other copy's \"PI1 Young carers known\" is now i2."))
        #expect(!merged.notices.contains { $0.contains("a risk") })
    }
}
