/// The example's performance framework: indicators reported to the board above, the risk register,
/// and milestones on a few actions. Invented, like the rest of the example, and shaped like the
/// frameworks councils publish: a biennial survey measure, one with no data yet, one off target.
extension ExamplePlan {
    static let indicators: [Indicator] = [
        Indicator(
            id: .init("i1"), ref: "PI1", name: "Adult carers with a carer support plan", unit: .number, better: .higher,
            frequency: .quarterly, source: "Carers Centre records", owner: "SCC", outcomes: [.init("o2")],
            baseline: IndicatorBaseline(period: "2024/25", value: 410),
            periods: [
                IndicatorPeriod(period: "Q1 2026/27", target: 450, actual: 462, enteredAt: at(2026, 7, 20, 10, 0)),
                IndicatorPeriod(period: "Q2 2026/27", target: 480, actual: 471, note: "provisional",
                                enteredAt: at(2026, 10, 2, 14, 40), meeting: lastMeeting),
                IndicatorPeriod(period: "Q3 2026/27", target: 510),
                IndicatorPeriod(period: "Q4 2026/27", target: 540, stretch: 560),
            ]),
        Indicator(
            id: .init("i2"), ref: "PI2", name: "Carers who feel supported to continue caring", unit: .percentage,
            better: .higher, frequency: .biennial, source: "Health and Care Experience Survey", owner: "HSCP",
            outcomes: [.init("o2"), .init("o3")], baseline: IndicatorBaseline(period: "2021/22", value: 31),
            periods: [
                IndicatorPeriod(period: "2021/22", actual: 31),
                IndicatorPeriod(period: "2023/24", target: 34, actual: 29.5),
                IndicatorPeriod(period: "2025/26", target: 36, stretch: 38, notAvailable: true,
                                note: "survey results due spring 2027"),
            ]),
        Indicator(
            id: .init("i3"), ref: "PI3", name: "Carers' short breaks funded", unit: .number, better: .higher,
            frequency: .annual, source: "Short Breaks Fund", owner: "SCC", outcomes: [.init("o3")],
            baseline: IndicatorBaseline(period: "2023/24", value: 180),
            periods: [
                IndicatorPeriod(period: "2024/25", target: 200, actual: 214),
                IndicatorPeriod(period: "2025/26", target: 240, actual: 251),
                IndicatorPeriod(period: "2026/27", target: 280, stretch: 300),
            ]),
        Indicator(
            id: .init("i4"), ref: "PI4", name: "Days from referral to carer support plan (median)", unit: .number,
            better: .lower, frequency: .quarterly, source: "Carers Centre records", owner: "SCC",
            outcomes: [.init("o2")], tolerancePercent: 10,
            periods: [
                IndicatorPeriod(period: "Q1 2026/27", target: 28, actual: 41),
                IndicatorPeriod(period: "Q2 2026/27", target: 28, actual: 36, enteredAt: at(2026, 10, 2, 14, 45),
                                meeting: lastMeeting),
            ]),
        Indicator(
            id: .init("i5"), ref: "PI5", name: "Young carers with a young carer statement", unit: .percentage,
            better: .higher, frequency: .annual, source: "Young Carers Service", owner: "YCS", outcomes: [.init("o4")],
            periods: [IndicatorPeriod(period: "2026/27", target: 60)]),
    ]

    static let risks: [Risk] = [
        Risk(
            id: .init("r1"), ref: "R1", title: "Short Breaks Fund not renewed after March 2027",
            description: "The fund is paid from one-off money; if it is not renewed carers lose breaks they rely on.",
            category: "Financial", owner: "HSCP",
            inherent: RiskLevel(likelihood: 3, impact: 4), residual: RiskLevel(likelihood: 3, impact: 3),
            planned: RiskLevel(likelihood: 2, impact: 3),
            mitigation: "Bid to the IJB budget round; evidence of outcomes from the fund's evaluation.",
            actions: [.init("a15")], recommendation: "Accept the residual risk while the bid is decided.",
            reviewDate: "February 2027"),
        Risk(
            id: .init("r2"), ref: "R2", title: "Carer support plans wait longer than 28 days",
            description: "Demand has grown faster than assessor posts.",
            category: "Service delivery", owner: "SCC",
            inherent: RiskLevel(likelihood: 4, impact: 3), residual: RiskLevel(likelihood: 4, impact: 2),
            planned: RiskLevel(likelihood: 2, impact: 2),
            mitigation: "Two fixed-term assessors; triage by urgency.", actions: [.init("a9")],
            recommendation: "Note the risk and the mitigating actions.", reviewDate: "October 2026"),
        Risk(
            id: .init("r3"), ref: "R3", title: "Young carers not identified by schools",
            category: "Service delivery", owner: "YCS",
            inherent: RiskLevel(likelihood: 3, impact: 3), residual: RiskLevel(likelihood: 2, impact: 2),
            planned: RiskLevel(likelihood: 1, impact: 2),
            mitigation: "Young carer champions in every secondary school.",
            recommendation: "Accept the residual risk.", reviewDate: "June 2027"),
    ]

    /// Milestones by action id: a few actions show progress on their cards.
    static let milestones: [Action.ID: [Milestone]] = [
        .init("a9"): [
            Milestone(id: .init("m1"), text: "Triage by urgency in place", due: "June 2026", doneAt: at(2026, 6, 24, 9, 0)),
            Milestone(id: .init("m2"), text: "Two fixed-term assessors in post", due: "September 2026"),
            Milestone(id: .init("m3"), text: "Waits back within 28 days", due: "March 2027"),
        ],
        .init("a15"): [
            Milestone(id: .init("m1"), text: "One-page application form agreed", due: "May 2026", doneAt: at(2026, 5, 12, 11, 0)),
            Milestone(id: .init("m2"), text: "Fund open in all five localities", due: "August 2026", doneAt: at(2026, 8, 3, 9, 30)),
            Milestone(id: .init("m3"), text: "Evaluation report to the partnership", due: "January 2027"),
        ],
        .init("a1"): [
            Milestone(id: .init("m1"), text: "Training pack written with the Carers Voice panel", due: "Spring 2026",
                      doneAt: at(2026, 4, 30, 12, 0)),
            Milestone(id: .init("m2"), text: "All GP practices trained", due: "December 2026"),
        ],
    ]

    /// `plan` with the milestones placed on their actions.
    static func withMilestones(_ plan: Plan) -> Plan {
        var plan = plan
        for o in plan.outcomes.indices {
            for a in plan.outcomes[o].actions.indices {
                plan.outcomes[o].actions[a].milestones = milestones[plan.outcomes[o].actions[a].id] ?? []
            }
        }
        return plan
    }
}
