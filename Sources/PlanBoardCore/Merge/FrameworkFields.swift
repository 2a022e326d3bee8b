/// The fields of indicators, their periods and risks that a merge takes three-way, each with how
/// a conflict on it reads and is set back. Periods and history are merged on their own.
extension Indicator {
    typealias MergeField = FrameworkField<Indicator, Plan>

    static var mergeFields: [MergeField] {
        [
            .text("name", \.name, .name, "the name"),
            .text("ref", \.ref, .ref, "the ref"),
            .word("unit", \.unit, .unit, "the unit") { $0.word },
            .word("better", \.better, .direction, "which way is better") { $0.word },
            .word("frequency", \.frequency, .frequency, "how often it is reported") { $0.word },
            .text("source", \.source, .source, "the source"),
            .text("owner", \.owner, .owner, "the owner"),
            .value("outcomes", \.outcomes, .outcome, "the outcomes it evidences",
                   words: { ids, _, plan in MergeConflict.words(ids.map { id in plan.outcomes.first { $0.id == id }?.heading ?? id.rawValue }) },
                   exact: { $0.map(\.rawValue) }, read: { $0.map { Outcome.ID($0) } }),
            .value("baseline", \.baseline, .baseline, "the baseline",
                   words: { b, i, _ in b.map { "\(IndicatorValueText.text($0.value, unit: i.unit)) in \($0.period)" } ?? "none" },
                   exact: { b in b.map { [$0.period, FrameworkValueText.number($0.value)] } ?? [] },
                   read: { exact in
                       guard exact.count == 2 else { return exact.isEmpty ? .some(nil) : nil }
                       guard let value = FrameworkValueText.number(exact[1]) else { return nil }
                       return .some(IndicatorBaseline(period: exact[0], value: value))
                   }),
            .value("tolerancePercent", \.tolerancePercent, .tolerance, "the tolerance",
                   words: { v, _, _ in "\(NumberText.plain(v))% of target" }, exact: { [FrameworkValueText.number($0)] },
                   read: { $0.first.flatMap(FrameworkValueText.number) }),
            .value("statusOverride", \.statusOverride, .indicatorStatus, "the status override",
                   words: { o, _, _ in o.map { "\($0.status.word) (\($0.reason))" } ?? "none (computed from the figures)" },
                   exact: { o in
                       o.map { [$0.status.rawValue, $0.reason, String($0.at.secondsSince1970), $0.meeting?.rawValue ?? "", $0.who ?? ""]
                           + ($0.period.map { [$0] } ?? []) } ?? []
                   },
                   read: { exact in
                       // A sixth entry is the period it was given for (records from before it was kept have five).
                       guard exact.count == 5 || exact.count == 6 else { return exact.isEmpty ? .some(nil) : nil }
                       guard let status = IndicatorStatus(rawValue: exact[0]), let at = Int64(exact[2]) else { return nil }
                       return IndicatorStatusOverride(status: status, reason: exact[1], at: Timestamp(secondsSince1970: at),
                                                      meeting: exact[3].isEmpty ? nil : Meeting.ID(exact[3]),
                                                      who: exact[4].isEmpty ? nil : exact[4], period: exact.count == 6 ? exact[5] : nil)
                   }),
        ]
    }

    /// `PI1 Carers supported to continue caring`: how a conflict names the indicator.
    var conflictName: String { [ref, name].filter { !$0.isEmpty }.joined(separator: " ") }
}

/// A period's value: a figure, "not yet available", or none; merged and settled as one.
struct PeriodReading: Equatable {
    var actual: Double?
    var notAvailable: Bool
}

extension IndicatorPeriod {
    typealias MergeField = FrameworkField<IndicatorPeriod, IndicatorUnit>

    var reading: PeriodReading {
        get { PeriodReading(actual: actual, notAvailable: notAvailable) }
        set {
            actual = newValue.actual
            notAvailable = newValue.notAvailable
        }
    }

    static var mergeFields: [MergeField] {
        let figure = { (value: Double?, unit: IndicatorUnit) in value.map { IndicatorValueText.text($0, unit: unit) } ?? "none" }
        return [
            .value("actual", \.reading, .actual, "the value",
                   words: { r, _, unit in r.notAvailable ? "not yet available" : figure(r.actual, unit) },
                   exact: { r in r.notAvailable ? ["not-available"] : FrameworkValueText.optional(r.actual) },
                   read: { exact in
                       if exact == ["not-available"] { return PeriodReading(actual: nil, notAvailable: true) }
                       return FrameworkValueText.optional(exact).map { PeriodReading(actual: $0, notAvailable: false) }
                   }),
            .value("target", \.target, .target, "the target", words: { v, _, unit in figure(v, unit) },
                   exact: FrameworkValueText.optional, read: FrameworkValueText.optional),
            .value("stretch", \.stretch, .stretch, "the stretch target", words: { v, _, unit in figure(v, unit) },
                   exact: FrameworkValueText.optional, read: FrameworkValueText.optional),
            .text("note", \.note, .note, "the note"),
        ]
    }
}

extension Risk {
    typealias MergeField = FrameworkField<Risk, Plan>

    static var mergeFields: [MergeField] {
        func level(_ name: String, _ path: WritableKeyPath<Risk, RiskLevel?>, _ change: Change.Field) -> MergeField {
            .value(name, path, change, "the \(name) level",
                   words: { l, _, plan in l?.shortText(bands: plan.riskBands) ?? "not set" },
                   exact: { l in l.map { [String($0.likelihood), String($0.impact)] } ?? [] },
                   read: { exact in
                       guard exact.count == 2 else { return exact.isEmpty ? .some(nil) : nil }
                       guard let l = Int(exact[0]), let i = Int(exact[1]), RiskLevel.scale.contains(l),
                             RiskLevel.scale.contains(i) else { return nil }
                       return RiskLevel(likelihood: l, impact: i)
                   })
        }
        return [
            .text("title", \.title, .title, "the title"),
            .text("ref", \.ref, .ref, "the ref"),
            .text("description", \.description, .description, "the description"),
            .text("category", \.category, .category, "the category"),
            .text("owner", \.owner, .owner, "the owner"),
            level("inherent", \.inherent, .inherent),
            level("residual", \.residual, .residual),
            level("planned", \.planned, .planned),
            .text("mitigation", \.mitigation, .mitigation, "the mitigating actions"),
            .value("actions", \.actions, .linkedActions, "the linked actions",
                   words: { ids, _, plan in MergeConflict.words(ids.map { id in plan.action(id)?.ref ?? id.rawValue }) },
                   exact: { $0.map(\.rawValue) }, read: { $0.map { Action.ID($0) } }),
            .text("recommendation", \.recommendation, .recommendation, "the recommendation"),
            .text("reviewDate", \.reviewDate, .reviewDate, "the review date"),
        ]
    }

    /// `R1 Short Breaks Fund not renewed`: how a conflict names the risk.
    var conflictName: String { [ref, title].filter { !$0.isEmpty }.joined(separator: " ") }
}

extension RiskBands {
    /// `Low from 1, Moderate from 4, …`; the standard bands when the plan sets none.
    static func conflictWords(_ bands: RiskBands?) -> String {
        let words = (bands ?? .standard).bands.map { "\($0.name) from \($0.from)" }.joined(separator: ", ")
        return bands == nil ? "the standard bands (\(words))" : words
    }

    /// Each band's name, start and severity in turn; `[]` for the standard bands.
    static func conflictExact(_ bands: RiskBands?) -> [String] {
        bands?.bands.flatMap { [$0.name, String($0.from), $0.severity.rawValue] } ?? []
    }

    /// The bands from `conflictExact`; nil when the record cannot be read.
    static func fromConflict(_ exact: [String]) -> RiskBands?? {
        if exact.isEmpty { return .some(nil) }
        guard exact.count % 3 == 0 else { return nil }
        var bands: [RiskBand] = []
        for i in stride(from: 0, to: exact.count, by: 3) {
            guard let from = Int(exact[i + 1]), let severity = RiskSeverity(rawValue: exact[i + 2]) else { return nil }
            bands.append(RiskBand(name: exact[i], from: from, severity: severity))
        }
        return .some(RiskBands(bands: bands))
    }
}
