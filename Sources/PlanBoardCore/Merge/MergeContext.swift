/// The working parts of `PlanMerge`: the time and person written on what the merge records, and
/// the notices it gathers on the way.
struct MergeContext {
    let now: Timestamp
    let who: String?
    var notices: [String] = []

    /// Where an action sits in one copy.
    struct Placed {
        var outcome: Outcome.ID
        var action: Action
    }

    static func placed(_ plan: Plan) -> [Action.ID: Placed] {
        var result: [Action.ID: Placed] = [:]
        for outcome in plan.outcomes {
            for action in outcome.actions { result[action.id] = Placed(outcome: outcome.id, action: action) }
        }
        return result
    }

    // MARK: Ids taken on both sides

    /// Their copy with every outcome, action or meeting that both sides added under the same id
    /// (files from before ids had suffixes both made `a27`) given a fresh id, so both are kept.
    mutating func separateNewIDs(base: Plan, ours: Plan, theirs: Plan) -> Plan {
        var theirs = theirs
        separateNewOutcomeIDs(base: base, ours: ours, theirs: &theirs)
        let baseActions = Self.placed(base), ourActions = Self.placed(ours)
        var taken = Set(base.allActions.map(\.id)).union(ours.allActions.map(\.id)).union(theirs.allActions.map(\.id))
        for o in theirs.outcomes.indices {
            for a in theirs.outcomes[o].actions.indices {
                let action = theirs.outcomes[o].actions[a]
                guard baseActions[action.id] == nil, let mine = ourActions[action.id], mine.action != action else { continue }
                let fresh = Action.ID.next(prefix: "a", after: taken)
                taken.insert(fresh)
                theirs.outcomes[o].actions[a].id = fresh
                for m in theirs.meetings.indices {
                    theirs.meetings[m].discussed = theirs.meetings[m].discussed.map { $0 == action.id ? fresh : $0 }
                }
                theirs.renameActionInRisks(action.id, to: fresh)
                notices.append("Both copies added an action as \(action.id); the other copy's \(action.ref) is now \(fresh).")
            }
        }
        let baseMeetings = Set(base.meetings.map(\.id))
        var meetingIDs = Set(base.meetings.map(\.id)).union(ours.meetings.map(\.id)).union(theirs.meetings.map(\.id))
        for m in theirs.meetings.indices {
            let meeting = theirs.meetings[m]
            guard !baseMeetings.contains(meeting.id), let mine = ours.meetings.first(where: { $0.id == meeting.id }),
                  mine != meeting else { continue }
            let fresh = Meeting.ID.next(prefix: "m", after: meetingIDs)
            meetingIDs.insert(fresh)
            theirs.meetings[m].id = fresh
            for o in theirs.outcomes.indices {
                for a in theirs.outcomes[o].actions.indices {
                    for h in theirs.outcomes[o].actions[a].history.indices where theirs.outcomes[o].actions[a].history[h].meeting == meeting.id {
                        theirs.outcomes[o].actions[a].history[h].meeting = fresh
                    }
                    for n in theirs.outcomes[o].actions[a].notes.indices where theirs.outcomes[o].actions[a].notes[n].meeting == meeting.id {
                        theirs.outcomes[o].actions[a].notes[n].meeting = fresh
                    }
                }
            }
            theirs.renameMeetingInFramework(meeting.id, to: fresh)
            notices.append("Both copies started a meeting as \(meeting.id); the other copy's \"\(meeting.title)\" is now \(fresh).")
        }
        separateNewFrameworkIDs(base: base, ours: ours, theirs: &theirs)
        return theirs
    }

    // MARK: Outcomes and their actions

    mutating func mergeOutcomes(base: Plan, ours: Plan, theirs: Plan, conflicts: inout [MergeConflict]) -> [Outcome] {
        let b = Self.placed(base), o = Self.placed(ours), t = Self.placed(theirs)
        var merged: [Action.ID: Placed] = [:]
        for id in Set(o.keys).union(t.keys) {
            switch (o[id], t[id]) {
            case let (mine?, other?):
                let old = b[id] ?? mine
                var action = mergeAction(old.action, mine.action, other.action, conflicts: &conflicts)
                let (outcome, clash) = ThreeWay.pick(old.outcome, mine.outcome, other.outcome)
                if clash {
                    // The outcomes' ids go with their headings, so taking a side still finds a lane renamed since.
                    conflicts.append(conflict(action, .outcome, kept: heading(mine.outcome, ours), keptValue: [mine.outcome.rawValue],
                                              other: heading(other.outcome, theirs), otherValue: [other.outcome.rawValue],
                                              ours: mine.action, theirs: other.action))
                }
                action.id = id
                merged[id] = Placed(outcome: outcome, action: action)
            case let (mine?, nil):
                if let kept = survivor(base: b[id], mine) { merged[id] = kept }
            case let (nil, other?):
                if let kept = survivor(base: b[id], other) { merged[id] = kept }
            case (nil, nil): break
            }
        }
        let targets = Set(merged.values.map(\.outcome))
        let lanes = KeyedMerge.merge(base: base.outcomes.map(Self.shell), ours: ours.outcomes.map(Self.shell),
                                     theirs: theirs.outcomes.map(Self.shell), key: \.id) { bo, oo, to in
            var lane = oo
            let (id, ref) = (oo.id.rawValue, oo.heading)
            lane.number = Self.pick(bo.number, oo.number, to.number, .outcome, id: id, ref: ref, field: "number", &conflicts)
            lane.title = Self.pick(bo.title, oo.title, to.title, .outcome, id: id, ref: ref, field: "title", &conflicts)
            lane.description = Self.pick(bo.description, oo.description, to.description, .outcome, id: id, ref: ref,
                                         field: "description", &conflicts)
            lane.unknownFields = ThreeWay.unknown(bo.unknownFields, oo.unknownFields, to.unknownFields)
            // The workstream's milestones merge as an action's do, its history as a union.
            lane.milestones = mergeMilestones(bo, oo, to)
            lane.history = ThreeWay.union(oo.history, to.history, at: \.at, key: Self.historyKey)
            return lane
        }
        var result = lanes
        // An outcome deleted on one side stays while the merge puts actions in it.
        for id in targets where !result.contains(where: { $0.id == id }) {
            if let lane = (ours.outcomes + theirs.outcomes).first(where: { $0.id == id }) { result.append(Self.shell(lane)) }
        }
        for i in result.indices {
            let id = result[i].id
            let keep = Set(merged.filter { $0.value.outcome == id }.keys)
            let mine = ours.outcomes.first { $0.id == id }?.actions.map(\.id) ?? []
            let other = theirs.outcomes.first { $0.id == id }?.actions.map(\.id) ?? []
            let order = ThreeWay.order(ours: mine, theirs: other, keep: keep)
            let rest = keep.subtracting(order).sorted()
            result[i].actions = (order + rest).compactMap { merged[$0]?.action }
        }
        return result
    }

    /// An action present on one side only: kept when the other side never had it, or when this
    /// side changed it after the other purged it (said in its history); else gone.
    private mutating func survivor(base: Placed?, _ side: Placed) -> Placed? {
        guard let base else { return side }
        if base.action == side.action && base.outcome == side.outcome { return nil }
        var kept = side
        kept.action.history.append(Change(at: now, field: .restored, from: "", to: "",
                                          reason: "Kept by merge: deleted in one copy but changed in the other", who: who))
        notices.append("\(side.action.ref) was deleted in one copy and changed in the other: kept, with the changes.")
        return kept
    }

    private static func shell(_ outcome: Outcome) -> Outcome {
        var lane = outcome
        lane.actions = []
        return lane
    }

    private func heading(_ id: Outcome.ID, _ plan: Plan) -> String {
        plan.outcomes.first { $0.id == id }?.heading ?? id.rawValue
    }

    // MARK: One action

    private mutating func mergeAction(_ b: Action, _ o: Action, _ t: Action, conflicts: inout [MergeConflict]) -> Action {
        var action = o
        func field<T: Equatable>(_ path: WritableKeyPath<Action, T>, _ kind: Change.Field, _ word: (T) -> String,
                                 exact: ((T) -> [String])? = nil) {
            let (value, clash) = ThreeWay.pick(b[keyPath: path], o[keyPath: path], t[keyPath: path])
            action[keyPath: path] = value
            if clash {
                conflicts.append(conflict(o, kind, kept: word(o[keyPath: path]), keptValue: exact?(o[keyPath: path]),
                                          other: word(t[keyPath: path]), otherValue: exact?(t[keyPath: path]), ours: o, theirs: t))
            }
        }
        field(\.ref, .ref) { $0 }
        field(\.text, .text) { $0 }
        field(\.area, .area) { $0 }
        field(\.leads, .leads, MergeConflict.words) { $0 }
        field(\.deadline, .deadline) { $0 }
        field(\.measure, .measure) { $0 }
        field(\.progress, .progress) { $0 }
        field(\.rag, .rag) { $0.word }
        let status = ThreeWay.pick(StatusPair(b), StatusPair(o), StatusPair(t))
        action.status = status.value.status
        action.statusText = status.value.text
        if status.conflict {
            conflicts.append(conflict(o, .status, kept: o.statusWord, keptValue: MergeConflict.exact(status: o.status, text: o.statusText),
                                      other: t.statusWord, otherValue: MergeConflict.exact(status: t.status, text: t.statusText),
                                      ours: o, theirs: t))
        }
        let (ourNotes, theirNotes) = Self.foldingSameNotes(o.notes, t.notes)
        action.notes = ThreeWay.union(ourNotes, theirNotes, at: \.at) { "\($0.kind.rawValue)\u{1}\($0.text)\u{1}\($0.who ?? "")\u{1}\($0.meeting?.rawValue ?? "")\u{1}\($0.owner ?? "")\u{1}\($0.due ?? "")" }
        action.history = ThreeWay.union(o.history, t.history, at: \.at, key: Self.historyKey)
        action.milestones = mergeMilestones(b, o, t)
        action.unknownFields = ThreeWay.unknown(b.unknownFields, o.unknownFields, t.unknownFields)
        let removal = ThreeWay.pick(b.removal, o.removal, t.removal)
        action.removal = removal.value
        if removal.conflict {
            // Removed in both copies, differently: the first removal stands; restored in one copy: it stays on the board.
            if let mine = o.removal, let other = t.removal {
                action.removal = (mine.at, mine.reason) <= (other.at, other.reason) ? mine : other
            } else {
                action.removal = nil
            }
        }
        if b.removal == nil, action.removal != nil, (o.removal == nil) != (t.removal == nil) {
            // Removed on one side: if the other side changed the action meanwhile, keep it on the board.
            let edited = o.removal == nil ? o : t
            if Self.content(edited) != Self.content(b) {
                let reason = action.removal!.reason
                action.removal = nil
                action.history.append(Change(at: now, field: .restored, from: reason, to: "",
                                             reason: "Kept by merge: removed in one copy but changed in the other", who: who))
                notices.append("\(o.ref) was removed in one copy and changed in the other: kept on the board, with the changes.")
            }
        }
        return action
    }

    /// The same note in both copies, changed in one (an action point marked done or carried
    /// forward), made one on both sides before the union: closed stays closed (the earlier close
    /// when both closed it), carry-forwards from both are kept, who wrote it is kept.
    static func foldingSameNotes(_ ours: [Note], _ theirs: [Note]) -> ([Note], [Note]) {
        func identity(_ n: Note) -> String {
            "\(n.at)\u{1}\(n.kind.rawValue)\u{1}\(n.text)\u{1}\(n.owner ?? "")\u{1}\(n.due ?? "")"
        }
        var theirsByIdentity: [String: Note] = [:]
        for note in theirs { theirsByIdentity[identity(note)] = note }
        var folded: [String: Note] = [:]
        for mine in ours {
            guard let other = theirsByIdentity[identity(mine)], other != mine else { continue }
            var one = mine
            switch (mine.closedAt, other.closedAt) {
            case (let a?, let b?) where b < a: (one.closedAt, one.closedIn) = (b, other.closedIn)
            case (nil, _?): (one.closedAt, one.closedIn) = (other.closedAt, other.closedIn)
            default: break
            }
            one.carriedForwardIn = Array(Set(mine.carriedForwardIn + other.carriedForwardIn)).sorted { $0.rawValue < $1.rawValue }
            one.who = [mine.who, other.who].compactMap { $0 }.min()
            one.meeting = [mine.meeting, other.meeting].compactMap { $0 }.min { $0.rawValue < $1.rawValue }
            folded[identity(mine)] = one
        }
        return (ours.map { folded[identity($0)] ?? $0 }, theirs.map { folded[identity($0)] ?? $0 })
    }

    /// What a person edits on an action (not its history or removal), to tell whether a side changed it.
    private static func content(_ a: Action) -> [String] {
        [a.ref, a.text, a.area, a.leads.joined(separator: "\u{1}"), a.deadline, a.measure, a.progress, a.rag.rawValue,
         a.statusWord, String(a.notes.count)] + a.milestones.map { "\($0.id)\u{1}\($0.text)\u{1}\($0.due)\u{1}\($0.isDone)" }
    }

    private func conflict(_ action: Action, _ field: Change.Field, kept: String, keptValue: [String]? = nil, other: String,
                          otherValue: [String]? = nil, ours: Action, theirs: Action) -> MergeConflict {
        let mine = ours.history.last { $0.field == field }
        let their = theirs.history.last { $0.field == field }
        return MergeConflict(action: action.id, ref: action.ref, field: field, kept: kept, keptValue: keptValue,
                             keptBy: mine?.who, keptAt: mine?.at, other: other, otherValue: otherValue,
                             otherBy: their?.who, otherAt: their?.at)
    }

    /// One field of the plan, an outcome, a lead or a meeting, merged: changed differently on both
    /// sides it keeps ours and records the conflict (no history says who set these).
    static func pick<T: Equatable>(_ b: T, _ o: T, _ t: T, _ about: MergeConflict.Subject, id: String, ref: String,
                                   field: String, _ conflicts: inout [MergeConflict], words: (T) -> String,
                                   exact: ((T) -> [String])? = nil) -> T {
        let (value, clash) = ThreeWay.pick(b, o, t)
        if clash {
            conflicts.append(MergeConflict(about: about, id: id, ref: ref, field: field, kept: words(o), keptValue: exact?(o),
                                           other: words(t), otherValue: exact?(t)))
        }
        return value
    }

    /// A text field of something other than an action, merged as `pick`.
    static func pick(_ b: String, _ o: String, _ t: String, _ about: MergeConflict.Subject, id: String, ref: String,
                     field: String, _ conflicts: inout [MergeConflict]) -> String {
        pick(b, o, t, about, id: id, ref: ref, field: field, &conflicts, words: { $0 })
    }

    /// A list field (attendees, apologies …), merged as `pick`, its items kept exactly in a conflict.
    static func pick(_ b: [String], _ o: [String], _ t: [String], _ about: MergeConflict.Subject, id: String, ref: String,
                     field: String, _ conflicts: inout [MergeConflict]) -> [String] {
        pick(b, o, t, about, id: id, ref: ref, field: field, &conflicts, words: MergeConflict.words, exact: { $0 })
    }

    // MARK: Refs

    /// Where both copies added actions under one ref (or one copy added an action under a ref an
    /// existing action has), every new action but one gets the next ref free in the whole plan
    /// (an action moved to another lane keeps its ref), recorded in its history. Which one keeps
    /// the ref depends on the actions, never on which copy was ours: an action the plan already
    /// had keeps it, else the one created first (ties by id); the others are renumbered in that
    /// same order. A new action whose own copy already gave its ref to another action was given
    /// it on purpose (refs may repeat) and keeps it.
    mutating func renumberCollidingRefs(_ plan: inout Plan, base: Plan, ours: Plan, theirs: Plan) {
        let old = Set(base.allActions.map(\.id))
        let ourIDs = Set(ours.allActions.map(\.id)), theirIDs = Set(theirs.allActions.map(\.id))
        let ourClashes = Self.clashingIDs(ours), theirClashes = Self.clashingIDs(theirs)
        var byRef: [String: [Action]] = [:]
        for action in plan.allActions where !action.isRemoved { byRef[action.ref, default: []].append(action) }
        var renumber: [(action: Action, takenBy: Action?, sharedOnPurpose: Bool)] = []
        for (_, group) in byRef where group.count > 1 {
            let new = group.filter { !old.contains($0.id) }.sorted { Self.creationOrder($0) < Self.creationOrder($1) }
            guard !new.isEmpty else { continue }
            let existing = group.first { old.contains($0.id) }
            // Two new actions of one copy under one ref were made so there; the merge leaves them be.
            let fromBoth = new.contains { !theirIDs.contains($0.id) } && new.contains { !ourIDs.contains($0.id) }
            guard existing != nil || fromBoth else { continue }
            let onPurpose = new.filter { ourClashes.contains($0.id) || theirClashes.contains($0.id) }
            let moved = new.filter { !ourClashes.contains($0.id) && !theirClashes.contains($0.id) }
            let keepsRef = existing != nil || !onPurpose.isEmpty
            renumber += (keepsRef ? moved : Array(moved.dropFirst())).map { ($0, existing, !onPurpose.isEmpty) }
        }
        var taken = ActionRef.held(in: plan)
        for (action, existing, sharedOnPurpose) in renumber.sorted(by: { Self.creationOrder($0.action) < Self.creationOrder($1.action) }) {
            guard let p = plan.position(of: action.id) else { continue }
            let fresh = ActionRef.next(in: plan.outcomes[p.outcome], clearOf: taken)
            taken.insert(fresh)
            plan.outcomes[p.outcome].actions[p.action].ref = fresh
            plan.outcomes[p.outcome].actions[p.action].history.append(Change(at: now, field: .ref, from: action.ref, to: fresh,
                reason: "Renumbered by merge: \(action.ref) was also taken in another copy", who: who))
            if let existing {
                notices.append("\(action.ref) was already taken by \u{2018}\(Excerpt.of(existing.text))\u{2019}: "
                               + "the new \u{2018}\(Excerpt.of(action.text))\u{2019} is now \(fresh).")
            } else if sharedOnPurpose {
                notices.append("Both copies added \(action.ref): \u{2018}\(Excerpt.of(action.text))\u{2019} is now \(fresh); "
                               + "the other copy gave \(action.ref) to more than one action on purpose.")
            } else {
                notices.append("Both copies added \(action.ref): the one added later (\"\(Excerpt.of(action.text))\") is now \(fresh).")
            }
        }
    }

    /// The actions of a copy whose ref another action of that copy also holds (neither removed).
    private static func clashingIDs(_ copy: Plan) -> Set<Action.ID> {
        var byRef: [String: [Action.ID]] = [:]
        for action in copy.allActions where !action.isRemoved { byRef[action.ref, default: []].append(action.id) }
        return Set(byRef.values.filter { $0.count > 1 }.flatMap { $0 })
    }

    /// When an action was created (its `created` entry, else its first history entry; unknown
    /// first), then its id: an order both copies agree on.
    private static func creationOrder(_ action: Action) -> CreationKey {
        let created = action.history.first { $0.field == .created } ?? action.history.min { $0.at < $1.at }
        return CreationKey(at: created?.at.secondsSince1970 ?? .min, id: action.id.rawValue)
    }

    private struct CreationKey: Comparable {
        var at: Int64
        var id: String
        static func < (l: Self, r: Self) -> Bool { (l.at, l.id) < (r.at, r.id) }
    }
}

/// An action's status with the plan's own words for it: merged as one field.
private struct StatusPair: Equatable {
    var status: Status
    var text: String?
    init(_ action: Action) {
        status = action.status
        text = action.statusText
    }
}
