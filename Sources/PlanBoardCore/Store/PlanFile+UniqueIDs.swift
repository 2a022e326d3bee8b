extension PlanFile {
    /// Refuses a plan in which two actions, two outcomes or two meetings share an id (easy to do
    /// by copying a block in a hand-edited file): lookups by id would then change the wrong one.
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
            for a in plan.outcomes[o].actions.indices {
                let id = plan.outcomes[o].actions[a].id
                if let earlier = actions.updateValue((o, a), forKey: id) {
                    throw refuse(id.rawValue, kind: "action",
                                 first: [.key("outcomes"), .index(earlier.outcome), .key("actions"), .index(earlier.action)],
                                 second: [.key("outcomes"), .index(o), .key("actions"), .index(a)])
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
    }
}
