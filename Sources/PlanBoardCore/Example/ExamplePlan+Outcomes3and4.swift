// The example plan's last two outcomes. Fictional text written for planboard.

extension ExamplePlan {
    static let lifeAlongsideCaring = Outcome(
        id: Outcome.ID("o3"), number: "3", title: "A life alongside caring",
        description: "Carers can take a break, look after their own health and keep up work, learning and friendships.",
        actions: [
            action(
                15, "3.1", "Run a Short Breaks Fund with a one-page application, so carers choose a break that suits them",
                leads: ["SCC"], deadline: "Q3 2026/27",
                measure: "600 carers getting a short break each year.",
                progress: "Oct 2026: 388 awards so far this year; fund 72% committed.",
                rag: .green, status: .inProgress),
            action(
                16, "3.2", "Review respite beds in the two council care homes and set up a booking system carers can use "
                    + "themselves",
                leads: ["SMC", "HSCP"], deadline: "September 2026",
                measure: "Online booking live; respite beds more than 80% occupied.",
                progress: "Sep 2026: review finished and reported. Booking system held up by IT procurement.",
                rag: .red, status: .delayed,
                history: [
                    Change(at: at(2026, 10, 2, 14, 50), field: .rag, from: "Amber", to: "Red",
                           reason: "Board agreed 2 Oct: IT procurement has slipped to the new year", meeting: lastMeeting),
                    Change(at: at(2026, 10, 2, 14, 51), field: .status, from: "In progress", to: "Delayed",
                           meeting: lastMeeting),
                ]),
            action(
                17, "3.3", "Sign up large local employers to a carer-friendly workplace scheme, starting with the partners",
                leads: ["SMC", "NHS"], deadline: "2026/27",
                measure: "Council, NHS board and five other employers accredited.",
                progress: "Council accredited Mar 2026. NHS submission due Jan 2027; two employers in discussion.",
                rag: .amber, status: .inProgress),
            action(
                18, "3.4", "Offer registered carers a free leisure pass for the pools, gyms and classes",
                leads: ["HSCP"], deadline: "Spring 2027",
                measure: "1,000 passes issued; half used at least monthly.",
                progress: "Pilot agreed with the leisure trust to start in January.",
                rag: .unrated, status: .notStarted),
            action(
                19, "3.5", "Run peer support groups for carers of people with dementia, with a sitting service so they can "
                    + "attend",
                leads: ["SVA", "SCC"], deadline: "On-going",
                measure: "Six groups running; 90 carers coming regularly.",
                progress: "Oct 2026: five groups, 74 carers. Sitting service now covers three groups.",
                rag: .green, status: .ongoing),
            action(
                20, "3.6", "Give carers who want to return to work or study a named adviser at Merrin College",
                leads: ["SCC"], deadline: "by end of November 2026",
                measure: "40 carers supported into work, training or volunteering.",
                progress: "Oct 2026: 33 carers supported; 12 now in paid work.",
                rag: .amber, status: .inProgress),
            action(
                21, "3.7", "Free travel for a carer going with the person they care for to hospital appointments",
                leads: ["NHS"], deadline: "December 2025",
                measure: "Scheme in place and publicised in every clinic letter.",
                progress: "Complete: scheme running since 5 January 2026; 410 journeys to date.",
                rag: .green, status: .complete,
                history: [
                    Change(at: at(2026, 1, 28, 11, 5), field: .status, from: "In progress", to: "Complete",
                           reason: "Scheme running since 5 January"),
                ]),
        ])

    static let youngCarers = Outcome(
        id: Outcome.ID("o4"), number: "4", title: "Young carers",
        description: "Young carers are identified early and supported to enjoy being young and reach their potential.",
        actions: [
            action(
                22, "4.1", "Name a young carers lead in every school and add a caring question to the pupil survey",
                leads: ["YCS", "SMC"], deadline: "Autumn 2026",
                measure: "A lead in all 42 schools; young carers known to schools up 30%.",
                progress: "Nov 2026: 37 of 42 schools have a named lead. Survey question agreed for 2027.",
                rag: .amber, status: .inProgress),
            action(
                23, "4.2", "Offer every young carer identified a young carer statement, and review it when they change school",
                leads: ["YCS"], deadline: "31/03/2028",
                measure: "90% of young carers known to the service have a statement.",
                progress: "Oct 2026: 212 statements in place (68%).",
                rag: .green, status: .inProgress),
            action(
                24, "4.3", "Support young adult carers aged 16–25 moving on from school to college, work or university",
                leads: ["YCS", "SCC"], deadline: "Spring 2027",
                measure: "Every young adult carer leaving school has a transition plan.",
                progress: "Transitions worker post vacant since August; second advert closes 4 December.",
                rag: .red, status: .delayed,
                history: [
                    Change(at: at(2026, 10, 2, 15, 30), field: .rag, from: "Amber", to: "Red",
                           reason: "Board agreed 2 Oct: post vacant, no cover in place", meeting: lastMeeting),
                ]),
            action(
                25, "4.4", "A residential weekend and holiday activities for young carers every year",
                leads: ["YCS"], deadline: "On-going",
                measure: "150 young carers taking part each year.",
                progress: "Summer 2026: 164 young carers took part; residential in August fully booked.",
                rag: .green, status: .ongoing),
            action(
                26, "4.5", "Launch a young carers card giving discounts and quicker access in shops, leisure and transport",
                leads: ["YCS", "SMC"], deadline: "Q2 2027/28",
                measure: "Card launched; 300 young carers holding one.",
                progress: "",
                rag: .unrated, status: .notStarted),
        ])
}
