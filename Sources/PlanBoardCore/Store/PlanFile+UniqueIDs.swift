extension PlanFile {
    /// Refuses a plan in which two actions, outcomes, meetings, indicators or risks, or two
    /// milestones of one action or of one outcome, share an id (easy to do by copying a block in a hand-edited
    /// file): lookups by id would then change the wrong one.
    /// Throws `.invalidValue` naming the second one's `id`, its line and column, and the first.
    static func checkUniqueIDs(in plan: Plan, body: [UInt8], path: String) throws(StoreError) {
        typealias Step = JSONPath.Step
        func refuse(_ id: String, kind: String, first: [Step], second: [Step]) -> StoreError {
            let field = second + [.key("id")]
            let position = body.withUnsafeBufferPointer { TextPosition(of: JSONPath.offset(of: field, in: $0), in: $0) }
            return .invalidValue(path: path, line: position.line, column: position.column,
                                 field: JSONPath.text(field),
                                 detail: "\"\(id)\" is already the id of another \(kind) "
                                     + "(\(JSONPath.text(first))); give each \(kind) its own id")
        }
        var outcomes: [Outcome.ID: Int] = [:]
        var actions: [Action.ID: (outcome: Int, action: Int)] = [:]
        actions.reserveCapacity(plan.outcomes.reduce(0) { $0 + $1.actions.count })
        for o in plan.outcomes.indices {
            let id = plan.outcomes[o].id
            if let earlier = outcomes[id] {
                throw refuse(id.rawValue, kind: "outcome",
                             first: [.key("outcomes"), .index(earlier)], second: [.key("outcomes"), .index(o)])
            }
            outcomes[id] = o
            if plan.outcomes[o].milestones.count > 1 {
                try checkUnique(plan.outcomes[o].milestones.map(\.id.rawValue), kind: "milestone",
                                at: [.key("outcomes"), .index(o), .key("milestones")], refuse)
            }
            for a in plan.outcomes[o].actions.indices {
                let id = plan.outcomes[o].actions[a].id
                let here: [Step] = [.key("outcomes"), .index(o), .key("actions"), .index(a)]
                if let earlier = actions.updateValue((o, a), forKey: id) {
                    throw refuse(id.rawValue, kind: "action",
                                 first: [.key("outcomes"), .index(earlier.outcome), .key("actions"), .index(earlier.action)],
                                 second: here)
                }
                let milestones = plan.outcomes[o].actions[a].milestones
                if milestones.count > 1 {
                    try checkUnique(milestones.map(\.id.rawValue), kind: "milestone",
                                    at: here + [.key("milestones")], refuse)
                }
            }
        }
        var meetings: [Meeting.ID: Int] = [:]
        for (m, meeting) in plan.meetings.enumerated() {
            if let earlier = meetings[meeting.id] {
                throw refuse(meeting.id.rawValue, kind: "meeting",
                             first: [.key("meetings"), .index(earlier)], second: [.key("meetings"), .index(m)])
            }
            meetings[meeting.id] = m
        }
        try checkUnique(plan.indicators.map(\.id.rawValue), kind: "indicator", at: [.key("indicators")], refuse)
        try checkUnique(plan.risks.map(\.id.rawValue), kind: "risk", at: [.key("risks")], refuse)
    }

    /// Throws `refuse`'s error for the first id of `ids` that an earlier one already has.
    private static func checkUnique(_ ids: [String], kind: String, at array: [JSONPath.Step],
                                    _ refuse: (String, String, [JSONPath.Step], [JSONPath.Step]) -> StoreError) throws(StoreError) {
        var seen: [String: Int] = [:]
        for (i, id) in ids.enumerated() {
            if let earlier = seen.updateValue(i, forKey: id) {
                throw refuse(id, kind, array + [.index(earlier)], array + [.index(i)])
            }
        }
    }
}
