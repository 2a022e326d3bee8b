/// The words `PlanGenerator` builds its plans from: fragments that combine into action text,
/// measures, progress notes, deadlines and history, so generated plans read like real ones.
///
/// Written for planboard (nothing copied from real plans). Includes curly quotes, `£`, `é` and
/// en dashes so benchmarks exercise non-ASCII text.
enum GeneratedText {
    static let key: [Lead] = [
        Lead(initials: "NCC", name: "Northshire Carers Centre"),
        Lead(initials: "HSCP", name: "Northshire Health and Social Care Partnership"),
        Lead(initials: "NC", name: "Northshire Council"),
        Lead(initials: "NHS", name: "NHS Northshire"),
        Lead(initials: "GP", name: "GP practices", organisation: "NHS Northshire"),
        Lead(initials: "YCS", name: "Young Carers Service", organisation: "Northshire Carers Centre"),
        Lead(initials: "WR", name: "Welfare Rights Team", organisation: "Northshire Council"),
        Lead(initials: "TSI", name: "Northshire Third Sector Interface"),
        Lead(initials: "ED", name: "Education Department", organisation: "Northshire Council"),
        Lead(initials: "HO", name: "Housing Options", organisation: "Northshire Council"),
        Lead(initials: "LT", name: "Northshire Leisure Trust"),
        Lead(initials: "JB", name: "Jo Baird, Carers Lead", organisation: "Northshire HSCP"),
    ]

    static let outcomeTitles = [
        "Identified and heard", "Supported in my caring role", "A life alongside caring", "Young carers",
        "Money and work", "Health and wellbeing", "Planning for the future", "Carer-friendly communities",
    ]

    static let outcomeDescriptions = [
        "Carers are recognised early and know where to turn.",
        "Carers get the right support at the right time, close to home.",
        "Carers can take a break and keep a life of their own.",
        "Young carers are identified and supported to enjoy being young.",
        "Carers are not left worse off because they care.",
        "Carers look after their own physical and mental health.",
    ]

    static let verbs = [
        "Review", "Develop", "Expand", "Commission", "Promote", "Deliver", "Pilot", "Agree", "Improve",
        "Embed", "Map", "Extend", "Evaluate", "Co-produce", "Publish", "Relaunch",
    ]

    static let objects = [
        "the carers’ support pathway", "short breaks provision", "carer awareness training for frontline staff",
        "the emergency planning service", "information and advice sessions in each locality",
        "the young carer statement process", "peer support groups", "hospital discharge arrangements for carers",
        "the carer-friendly employer scheme", "benefits checks for carers", "digital support for carers",
        "the Carers Voice panel", "a carers’ café in every locality", "the £20,000 Small Grants Fund",
        "respite booking for carers", "a register of carers at each GP practice", "transition support for 16–25s",
    ]

    static let clauses = [
        "with partners across health, social care and the third sector", "so that carers are identified earlier",
        "in line with the local carers strategy", "including for carers living in rural areas",
        "working with GP practices and community pharmacies", "and report progress to the partnership each quarter",
        "building on what was learned from the 2025 pilot", "with a focus on carers from minority ethnic communities",
        "so that carers can plan ahead with confidence", "using the national e-learning resources where they fit",
        "and make sure carers’ views shape the service specification",
        "taking account of the rise in demand since the pandemic",
    ]

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static let progressPhrases = [
        "work started; first meeting of the task group held", "draft plan shared with partners for comment",
        "recruitment to the post under way", "figures for Q1 returned by all but two partners",
        "pilot running in two localities", "evaluation report due next quarter",
        "delayed by staff vacancies; new start date agreed", "funding confirmed for a further year",
        "uptake lower than expected; promotion planned", "on track", "completed and handed to core services",
        "café now open in Kirkby and Moorend", "Chair asked for an update at the next meeting",
    ]

    static let reasons = [
        "Board agreed: figures not yet returned", "Board agreed: on track after recruitment",
        "Lead asked for more time; board agreed", "Funding confirmed", "Post vacant; no cover in place",
        "Evaluation shows good results", "Agreed at the partnership meeting",
    ]

    static let notes = [
        "Bring the detailed plan to the next meeting.", "Lead to report back on costs.",
        "Check whether this overlaps with the young carers work stream.", "Ask the IJB for a decision on funding.",
    ]

    static let removalReasons = [
        "Agreed to remove — now part of the young carers work stream", "Agreed to remove: merged with 1.2",
        "Agreed to remove — national scheme replaces it",
    ]

    /// A verb, an object and up to three clauses: from a few words to a long paragraph.
    static func actionText(rng: inout SplitMix64) -> String {
        var text = rng.pick(verbs) + " " + rng.pick(objects)
        for _ in 0..<rng.weighted([30, 40, 20, 10]) { text += " " + rng.pick(clauses) }
        return text
    }

    static func measure(rng: inout SplitMix64) -> String {
        switch rng.below(5) {
        case 0: "\(rng.int(in: 2...60) * 10) carers supported each year."
        case 1: "\(rng.int(in: 14...19) * 5)% of carers rate the service good or excellent."
        case 2: "In place in all \(rng.int(in: 3...8)) localities."
        case 3: "Waiting list under \(rng.int(in: 2...10) * 10)."
        default: "Report to the partnership by the deadline, with recommendations agreed."
        }
    }

    static func progress(rng: inout SplitMix64) -> String {
        var text = rng.pick(months) + " 2026: " + rng.pick(progressPhrases) + "."
        if rng.chance(30) { text = rng.pick(months) + " 2025: " + rng.pick(progressPhrases) + ".\n" + text }
        return text
    }

    /// A deadline written in one of the ways real plans write them.
    static func deadline(rng: inout SplitMix64) -> String {
        let year = rng.int(in: 2025...2028)
        let month = rng.int(in: 1...12)
        switch rng.below(14) {
        case 0: return Day.monthNames[month - 1] + " \(year)"
        case 1: return months[month - 1] + " \(year)"
        case 2: return rng.pick(["Spring", "Summer", "Autumn", "Winter"]) + " \(year)"
        case 3: return "\(year)/\(pad2((year + 1) % 100))"
        case 4: return "Q\(rng.int(in: 1...4)) \(year)/\(pad2((year + 1) % 100))"
        case 5: return "\(pad2(rng.int(in: 1...28)))/\(pad2(month))/\(year)"
        case 6: return "by end of " + Day.monthNames[month - 1] + " \(year)"
        case 7, 8: return "On-going"
        case 9: return "TBC"
        case 10: return "In development"
        case 11: return "\(year)"
        case 12: return "Spring/Summer \(year)"
        default: return months[month - 1] + "–" + months[min(month + 2, 12) - 1] + " \(year)"
        }
    }

    /// A moment in `year` during office hours.
    static func moment(in year: Int, rng: inout SplitMix64) -> Timestamp {
        let start = Day(year: year, month: 1, day: 1)!
        return Timestamp(day: start.adding(days: rng.below(320)), hour: rng.int(in: 9...16), minute: rng.below(60))
    }

    /// One to three changes, oldest first, that end at the action's current values.
    static func history(for action: Action, rng: inout SplitMix64) -> [Change] {
        var times = (0..<rng.int(in: 1...3)).map { _ in moment(in: 2026, rng: &rng) }
        times.sort(by: >)
        var rag = action.rag.word, status = action.status.word, deadline = action.deadline
        var changes: [Change] = []
        for at in times {
            switch rng.below(3) {
            case 0:
                let from = rng.pick(PlanGenerator.ratings.map(\.word).filter { $0 != rag })
                changes.append(Change(at: at, field: .rag, from: from, to: rag, reason: rng.pick(reasons)))
                rag = from
            case 1:
                let from = rng.pick(Status.allCases.map(\.word).filter { $0 != status })
                changes.append(Change(at: at, field: .status, from: from, to: status))
                status = from
            default:
                let from = Self.deadline(rng: &rng)
                changes.append(Change(at: at, field: .deadline, from: from, to: deadline, reason: rng.pick(reasons)))
                deadline = from
            }
        }
        return changes.reversed()
    }
}
