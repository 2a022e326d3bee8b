/// The performance framework merged by meaning: indicators and risks by id, each field three-way
/// (both changed differently: ours kept, a conflict recorded), an indicator's periods by their
/// text, history a union in time order, and the plan's risk bands as a whole.
extension MergeContext {
    static func mergeIndicators(base: Plan, ours: Plan, theirs: Plan, conflicts: inout [MergeConflict]) -> [Indicator] {
        KeyedMerge.merge(base: base.indicators, ours: ours.indicators, theirs: theirs.indicators, key: \.id,
                         added: { Indicator(id: $0.id, name: "") }) { b, o, t in
            var merged = o
            for field in Indicator.mergeFields where field.merge(b, o, t, &merged) {
                conflicts.append(Self.conflict(.indicator, id: o.id.rawValue, ref: o.conflictName, field, o, t,
                                               ourContext: ours, theirContext: theirs, o.history, t.history))
            }
            merged.periods = KeyedMerge.merge(base: b.periods, ours: o.periods, theirs: t.periods, key: \.period,
                                              added: { IndicatorPeriod(period: $0.period) }) { bp, op, tp in
                Self.mergePeriod(bp, op, tp, of: o, t, conflicts: &conflicts)
            }
            merged.history = ThreeWay.union(o.history, t.history, at: \.at, key: Self.historyKey)
            merged.unknownFields = ThreeWay.unknown(b.unknownFields, o.unknownFields, t.unknownFields)
            return merged
        }
    }

    static func mergeRisks(base: Plan, ours: Plan, theirs: Plan, conflicts: inout [MergeConflict]) -> [Risk] {
        KeyedMerge.merge(base: base.risks, ours: ours.risks, theirs: theirs.risks, key: \.id,
                         added: { Risk(id: $0.id, title: "") }) { b, o, t in
            var merged = o
            for field in Risk.mergeFields where field.merge(b, o, t, &merged) {
                conflicts.append(Self.conflict(.risk, id: o.id.rawValue, ref: o.conflictName, field, o, t,
                                               ourContext: ours, theirContext: theirs, o.history, t.history))
            }
            merged.history = ThreeWay.union(o.history, t.history, at: \.at, key: Self.historyKey)
            merged.unknownFields = ThreeWay.unknown(b.unknownFields, o.unknownFields, t.unknownFields)
            return merged
        }
    }

    /// The plan's own risk bands, three-way as a whole: set differently in both copies is a conflict.
    static func mergeRiskBands(base: Plan, ours: Plan, theirs: Plan, conflicts: inout [MergeConflict]) -> RiskBands? {
        pick(base.customRiskBands, ours.customRiskBands, theirs.customRiskBands, .plan, id: "", ref: ours.title,
             field: "riskBands", &conflicts, words: RiskBands.conflictWords, exact: RiskBands.conflictExact)
    }

    /// One period of an indicator: its figures three-way (a conflict names the period); when and by
    /// whom the value was entered follow the value that was kept.
    private static func mergePeriod(_ b: IndicatorPeriod, _ o: IndicatorPeriod, _ t: IndicatorPeriod, of ours: Indicator,
                                    _ theirs: Indicator, conflicts: inout [MergeConflict]) -> IndicatorPeriod {
        var merged = o
        var clashed = false
        for field in IndicatorPeriod.mergeFields where field.merge(b, o, t, &merged) {
            clashed = clashed || field.change == .actual || field.change == .note
            let mine = field.change == .actual || field.change == .note ? (o.who, o.enteredAt) : Self.entry(field.change, o.period, ours.history)
            let other = field.change == .actual || field.change == .note ? (t.who, t.enteredAt) : Self.entry(field.change, t.period, theirs.history)
            conflicts.append(MergeConflict(about: .indicator, id: ours.id.rawValue, ref: ours.conflictName, field: field.name,
                                           kept: field.words(o, ours.unit), keptValue: field.exact(o), keptBy: mine.0, keptAt: mine.1,
                                           other: field.words(t, theirs.unit), otherValue: field.exact(t),
                                           otherBy: other.0, otherAt: other.1, period: o.period))
        }
        let entered = ThreeWay.pick(RecordStamp(b), RecordStamp(o), RecordStamp(t))
        var stamp = entered.value
        if entered.conflict && !clashed {
            // Both copies stamped the period: the stamp of the copy whose value and note were kept;
            // both recorded the same, the one rule of milestones (recorded in one copy, or the earlier).
            let record = { (p: IndicatorPeriod) in [FrameworkValueText.optional(p.actual), [String(p.notAvailable), p.note]] }
            let (kept, mine, other) = (record(merged), record(o), record(t))
            if mine == other { stamp = RecordStamp.recorded(RecordStamp(o), RecordStamp(t)) } else if kept == other { stamp = RecordStamp(t) }
            else if kept != mine { stamp = max(RecordStamp(o), RecordStamp(t)) }
        }
        (merged.enteredAt, merged.meeting, merged.who) = (stamp.at, stamp.meeting, stamp.who)
        merged.unknownFields = ThreeWay.unknown(b.unknownFields, o.unknownFields, t.unknownFields)
        return merged
    }

    /// A conflict on one field of an indicator or a risk, with who set each value and when, from
    /// each copy's history.
    private static func conflict<Root>(_ about: MergeConflict.Subject, id: String, ref: String, _ field: FrameworkField<Root, Plan>,
                                       _ o: Root, _ t: Root, ourContext: Plan, theirContext: Plan,
                                       _ ourHistory: [Change], _ theirHistory: [Change]) -> MergeConflict {
        let mine = entry(field.change, nil, ourHistory), other = entry(field.change, nil, theirHistory)
        return MergeConflict(about: about, id: id, ref: ref, field: field.name, kept: field.words(o, ourContext),
                             keptValue: field.exact(o), keptBy: mine.0, keptAt: mine.1, other: field.words(t, theirContext),
                             otherValue: field.exact(t), otherBy: other.0, otherAt: other.1)
    }

    /// Who made the latest change of `field` (of `period`, for an indicator's figures) and when.
    private static func entry(_ field: Change.Field, _ period: String?, _ history: [Change]) -> (String?, Timestamp?) {
        let last = history.last { change in change.field == field && (period.map { change.to.hasPrefix($0 + ":") } ?? true) }
        return (last?.who, last?.at)
    }

    /// What tells two history entries apart when they were made at the same time.
    static func historyKey(_ change: Change) -> String {
        "\(change.field.rawValue)\u{1}\(change.from)\u{1}\(change.to)\u{1}\(change.reason ?? "")\u{1}\(change.who ?? "")\u{1}\(change.meeting?.rawValue ?? "")"
    }
}
