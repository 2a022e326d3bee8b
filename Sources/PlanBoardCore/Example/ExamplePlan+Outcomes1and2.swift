// The example plan's first two outcomes. Fictional text written for planboard.

extension ExamplePlan {
    static let identifiedAndHeard = Outcome(
        id: Outcome.ID("o1"), number: "1", title: "Identified and heard",
        description: "Carers are recognised early, know their rights and have a say in the services that affect them.",
        actions: [
            action(
                1, "1.1",
                "Train frontline staff in GP practices, community pharmacies and the two acute hospital wards "
                    + "with the most older patients to recognise people who are caring, ask them about it sensitively "
                    + "and refer them to the carers centre, through a short face-to-face session and an e-learning "
                    + "module that new starters complete as part of their induction",
                leads: ["SCC", "NHS"], deadline: "March 2026",
                measure: "200 staff trained; referrals from health settings up 25% on 2024/25.",
                progress: "Oct 2026: 164 staff trained across 9 practices, 6 pharmacies and 2 wards. "
                    + "E-learning module live since June; uptake slower than hoped.",
                rag: .amber, status: .inProgress,
                history: [
                    Change(at: at(2026, 2, 12, 10, 40), field: .deadline, from: "December 2025", to: "March 2026",
                           reason: "E-learning platform delayed by NHS IT; board agreed new date"),
                ]),
            action(
                2, "1.2", "Add a carer flag to GP practice records so carers are offered a health check and the flu vaccine",
                leads: ["GP"], deadline: "Q4 2025/26",
                measure: "All 14 practices flagging carers; 1,500 carers flagged.",
                progress: "Sep 2026: 8 of 14 practices flagging, 930 carers flagged. "
                    + "Q1 returns still outstanding from 4 practices.",
                rag: .red, status: .delayed,
                history: [
                    Change(at: at(2026, 10, 2, 14, 20), field: .rag, from: "Amber", to: "Red",
                           reason: "Board agreed 2 Oct: practice data not yet returned", meeting: lastMeeting),
                ]),
            action(
                3, "1.3", "Run a Carers Week programme every June in all five localities, with events in libraries, "
                    + "community centres and workplaces",
                leads: ["SCC", "SVA"], deadline: "On-going",
                measure: "Events in every locality each year; 400 carers attending.",
                progress: "Jun 2026: 23 events, 512 people attending, 61 carers newly registered.",
                rag: .green, status: .ongoing),
            action(
                4, "1.4", "Set up a Carers Voice panel that meets quarterly to review this plan, with travel and "
                    + "replacement care costs paid",
                leads: ["RM"], deadline: "Autumn 2025",
                measure: "A panel of at least 12 carers reflecting Strathmerrin's communities, meeting four times a year.",
                progress: "Panel set up Oct 2025; met Feb, May and Sep 2026 with 13 members. "
                    + "Two panel members now sit on the partnership.",
                rag: .green, status: .complete),
            action(
                5, "1.5", "Publish a plain-English guide to carers' rights, including the right to a carer support plan, "
                    + "in print, online and in the community languages most used locally",
                leads: ["SCC", "HSCP"], deadline: "31/01/2026",
                measure: "Guide published; 3,000 copies given out; available in five languages and BSL.",
                progress: "Feb 2026: guide published in English.\n"
                    + "Oct 2026: Polish and Urdu versions out; Arabic, Romanian and BSL video awaiting funding.",
                rag: .amber, status: .inProgress),
            action(
                6, "1.6", "Ask every patient admitted to hospital whether someone cares for them, and involve that carer "
                    + "in planning their discharge",
                leads: ["NHS"], deadline: "June 2026",
                measure: "Carer question recorded for 90% of admissions to the acute wards.",
                progress: "Oct 2026: question added to admission paperwork on 4 wards; audit shows it recorded for 58%.",
                rag: .red, status: .delayed,
                notes: [
                    Note(at: at(2026, 10, 2, 14, 35),
                         text: "Chair to write to the Director of Acute Services about the audit results.",
                         meeting: lastMeeting),
                ]),
            action(
                7, "1.7", "Agree one way of counting carers across services, so the partnership reports a single figure "
                    + "for carers known to us",
                leads: ["HSCP"], deadline: "TBC",
                measure: "A single quarterly figure agreed by all partners.",
                progress: "",
                rag: .unrated, status: .notStarted),
            action(
                8, "1.8", "Publish a short annual report to carers on what this plan has achieved",
                leads: ["RM"], deadline: "Q1 2027/28",
                measure: "Report published each spring and sent to every registered carer.",
                progress: "May 2026: 2025/26 report published and posted to 2,140 carers.",
                rag: .green, status: .ongoing),
        ])

    static let supportedInCaring = Outcome(
        id: Outcome.ID("o2"), number: "2", title: "Supported in my caring role",
        description: "Carers get the information, advice and support they need, when they need it, close to home.",
        actions: [
            action(
                9, "2.1", "Offer every carer who asks an adult carer support plan within 28 days, and review it at least "
                    + "once a year",
                leads: ["SCC", "SDS"], deadline: "2025/26",
                measure: "95% of support plans offered within 28 days; waiting list under 40.",
                progress: "Jul 2026: two more support workers in post.\n"
                    + "Oct 2026: 81% within 28 days in Q2; waiting list down from 112 to 47.",
                rag: .amber, status: .inProgress,
                history: [
                    Change(at: at(2026, 7, 14, 9, 15), field: .rag, from: "Red", to: "Amber",
                           reason: "Agreed by the chair after the June meeting: support workers in post, waiting list falling"),
                ]),
            action(
                10, "2.2", "Hold a monthly drop-in information session in each locality, with the Money Advice Team there",
                leads: ["SCC", "MAT"], deadline: "On-going",
                measure: "60 sessions a year; 80% of carers rating them useful.",
                progress: "Oct 2026: 41 sessions this year, 326 carers. Glenmorrin sessions poorly attended; "
                    + "trying evenings from November.",
                rag: .green, status: .ongoing),
            action(
                11, "2.3", "Offer every carer a benefits check and help to claim what they are entitled to",
                leads: ["MAT"], deadline: "March 2027",
                measure: "£750,000 a year in new income for carers.",
                progress: "Apr–Sep 2026: 212 checks, £418,000 in new awards.",
                rag: .green, status: .inProgress),
            action(
                12, "2.4 P", "Help carers write an emergency plan for what happens if they suddenly cannot care, held by "
                    + "the carers centre and shared with their GP if they agree",
                leads: ["SCC", "GP"], deadline: "December 2026",
                measure: "500 emergency plans in place.",
                progress: "Nov 2026: 287 plans written. Sharing with GP practices agreed in principle; "
                    + "data sharing agreement being drafted.",
                rag: .amber, status: .inProgress,
                notes: [
                    Note(at: at(2026, 10, 2, 15, 10),
                         text: "Bring the draft data sharing agreement to the January meeting.",
                         meeting: lastMeeting),
                ]),
            action(
                13, "2.5", "Commission a mental health and wellbeing service for carers, including counselling",
                leads: ["HSCP", "NHS"], deadline: "In development",
                measure: "Service specification agreed and a provider in place.",
                progress: "Scoping paper going to the Integration Joint Board in January 2027.",
                rag: .unrated, status: .notStarted),
            action(
                14, "2.6", "Lend tablets and give one-to-one help so carers can use online support, video appointments "
                    + "and telecare",
                leads: ["SVA"], deadline: "Summer 2025",
                measure: "150 carers supported; 75% still using the device after three months.",
                progress: "Complete: 163 carers supported, 79% still using the device at three months. "
                    + "Now part of the core service.",
                rag: .green, status: .complete),
        ])
}
