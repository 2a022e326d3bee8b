/// Generates plans of any size with realistic-looking content, for the benchmark and for tests.
///
/// Deterministic: the same arguments always give the same plan, on any machine and Swift
/// version, so benchmark runs compare like with like. Text lengths, leads (one to three),
/// deadlines in every form `DeadlineParser` reads, RAG ratings, statuses, history and notes
/// are mixed in proportions like a real plan's; about one action in a hundred is removed.
public enum PlanGenerator {
    /// A plan with exactly `actions` actions (removed ones included) spread unevenly over `outcomes` lanes.
    ///
    /// `outcomes` below 1 is taken as 1; `actions` below 0 as 0.
    public static func make(actions: Int, outcomes: Int = 8, seed: UInt64 = 1) -> Plan {
        var rng = SplitMix64(seed: seed)
        let sizes = laneSizes(total: max(0, actions), lanes: max(1, outcomes), rng: &rng)
        var nextID = 1
        var lanes: [Outcome] = []
        for (index, size) in sizes.enumerated() {
            let number = index + 1
            var laneActions: [Action] = []
            laneActions.reserveCapacity(size)
            for row in 0..<size {
                laneActions.append(makeAction(id: nextID, ref: "\(number).\(row + 1)", rng: &rng))
                nextID += 1
            }
            let title = GeneratedText.outcomeTitles[index % GeneratedText.outcomeTitles.count]
            let round = index / GeneratedText.outcomeTitles.count
            lanes.append(Outcome(
                id: Outcome.ID("o\(number)"), number: "\(number)",
                title: round == 0 ? title : "\(title) (\(round + 1))",
                description: rng.pick(GeneratedText.outcomeDescriptions),
                actions: laneActions))
        }
        return Plan(
            title: "Northshire Carers Delivery Plan (generated, \(actions) actions)",
            period: "2025–2028",
            owner: "Northshire Carers Partnership",
            outcomes: lanes,
            leads: GeneratedText.key)
    }

    /// Splits `total` into `lanes` uneven sizes that add up to exactly `total`.
    static func laneSizes(total: Int, lanes: Int, rng: inout SplitMix64) -> [Int] {
        let weights = (0..<lanes).map { _ in rng.int(in: 2...6) }
        let sum = weights.reduce(0, +)
        var sizes = weights.map { total * $0 / sum }
        var left = total - sizes.reduce(0, +)
        var lane = 0
        while left > 0 {
            sizes[lane % lanes] += 1
            left -= 1
            lane += 1
        }
        return sizes
    }

    /// The ratings generated plans use: Red, Amber, Green and none (not Blue), so a seed keeps
    /// giving the same plan.
    static let ratings: [RAG] = [.red, .amber, .green, .unrated]

    static func makeAction(id: Int, ref: String, rng: inout SplitMix64) -> Action {
        let status = Status.allCases[rng.weighted([12, 40, 16, 10, 22])]
        let rag: RAG = status == .complete
            ? (rng.chance(90) ? .green : .amber)
            : ratings[rng.weighted([12, 34, 38, 16])]
        let leadCount = rng.weighted([60, 32, 8]) + 1
        var leads: [String] = []
        while leads.count < leadCount {
            let initials = rng.pick(GeneratedText.key).initials
            if !leads.contains(initials) { leads.append(initials) }
        }
        let deadline = GeneratedText.deadline(rng: &rng)
        var action = Action(
            id: Action.ID("a\(id)"),
            ref: rng.chance(3) ? "\(ref) P" : ref,
            text: GeneratedText.actionText(rng: &rng),
            leads: leads,
            deadline: deadline,
            measure: rng.chance(90) ? GeneratedText.measure(rng: &rng) : "",
            progress: rng.chance(80) ? GeneratedText.progress(rng: &rng) : "",
            rag: rag,
            status: status)
        if rng.chance(25) { action.history = GeneratedText.history(for: action, rng: &rng) }
        if rng.chance(8) {
            action.notes = [Note(at: GeneratedText.moment(in: 2026, rng: &rng), text: rng.pick(GeneratedText.notes))]
        }
        if rng.chance(1) {
            action.removal = Removal(at: GeneratedText.moment(in: 2026, rng: &rng), reason: rng.pick(GeneratedText.removalReasons))
        }
        return action
    }
}
