/// Milestones of two workstreams (outcomes 1 and 3) of the example: one done in each, and one of
/// outcome 1's past its date on 23 November 2026, so its lane header flags it as overdue.
extension ExamplePlan {
    static let workstreamMilestones: [Outcome.ID: [Milestone]] = [
        .init("o1"): [
            Milestone(id: .init("m1"), text: "Carer questions added to the council's annual survey", due: "March 2026",
                      doneAt: at(2026, 3, 18, 10, 0)),
            Milestone(id: .init("m2"), text: "Carer-aware badge held by every GP practice", due: "October 2026"),
            Milestone(id: .init("m3"), text: "First carers' census published", due: "April 2027"),
        ],
        .init("o3"): [
            Milestone(id: .init("m1"), text: "Short breaks services statement published", due: "April 2026",
                      doneAt: at(2026, 4, 16, 15, 0)),
            Milestone(id: .init("m2"), text: "Short breaks directory online", due: "February 2027"),
        ],
    ]

    /// `plan` with the milestones placed on their workstreams.
    static func withWorkstreamMilestones(_ plan: Plan) -> Plan {
        var plan = plan
        for o in plan.outcomes.indices { plan.outcomes[o].milestones = workstreamMilestones[plan.outcomes[o].id] ?? [] }
        return plan
    }
}
