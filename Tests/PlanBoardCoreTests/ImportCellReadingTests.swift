import Testing
@testable import PlanBoardCore

/// The small readers import is built from: leads, pasted markup, status words, lettered refs.
@Suite("Reading import cells")
struct ImportCellReadingTests {
    @Test(arguments: [
        ("JB KM RT PD", ["JB", "KM", "RT", "PD"]),
        ("AB/CD", ["AB", "CD"]),
        ("CD AR SB", ["CD", "AR", "SB"]),
        ("Planning Group JB/KM", ["Planning Group", "JB", "KM"]),
        ("Planning Group JB KM", ["Planning Group", "JB", "KM"]),
        ("Dundee Carers Centre/Lead Scotland", ["Dundee Carers Centre", "Lead Scotland"]),
        ("Penumbra/Carseview/ Carers Trust", ["Penumbra", "Carseview", "Carers Trust"]),
        ("Short Breaks/SDS Personalisation proposal bid", ["Short Breaks", "SDS Personalisation proposal bid"]),
        ("A & B", ["A", "B"]),
        ("JB and KM", ["JB", "KM"]),
        ("Dundee Carers Centre Localities Team", ["Dundee Carers Centre Localities Team"]),
        ("DH&SCP / CC", ["DH&SCP", "CC"]),
        ("NHS Tayside/JB", ["NHS Tayside", "JB"]),
        ("Age UK", ["Age UK"]),
        ("The Corner & Partner Agencies", ["The Corner & Partner Agencies"]),
        ("Dundee Carers Centre Learning & Development resource/CofD", ["Dundee Carers Centre Learning & Development resource", "CofD"]),
        ("CC, NHS; SW\nGP", ["CC", "NHS", "SW", "GP"]),
        ("JB, jb, KM", ["JB", "KM"]),
        ("", []),
        (" / ", []),
    ] as [(String, [String])])
    func splitsALeadsCell(_ cell: String, _ leads: [String]) {
        #expect(LeadList.split(cell) == leads)
    }

    @Test func initialsAreUpperCaseWordsOfAFewLetters() {
        #expect(LeadList.isInitials("JB"))
        #expect(LeadList.isInitials("A"))
        #expect(LeadList.isInitials("DH&SCP"))
        #expect(LeadList.isInitials("J.B."))
        #expect(!LeadList.isInitials("CofD"))
        #expect(!LeadList.isInitials("Carers"))
        #expect(!LeadList.isInitials("ABCDEFGH"))
        #expect(!LeadList.isInitials("1.1"))
    }

    @Test(arguments: [
        ("<p>One</p><p>Two</p>", "One\nTwo"),
        ("Line one<br>Line two<br/>Three<BR />Four", "Line one\nLine two\nThree\nFour"),
        ("Health &amp; Social Care", "Health & Social Care"),
        ("<ul><li>one</li><li>two</li></ul>", "• one\n• two"),
        ("<p class=\"MsoNormal\"><span style='font-size:11pt'>Word&nbsp;text</span><o:p></o:p></p>", "Word text"),
        ("a\n<p>b</p>\n<p>c</p>", "a\nb\nc"),
        ("&#8216;quoted&#x2019; &lt;b&gt; &pound;5 &ndash; done", "‘quoted’ <b> £5 – done"),
        ("<p>One</p><p></p><p></p><p>Two</p>", "One\nTwo"),
        ("One<br><br><br><br>Two", "One\n\nTwo"),
        ("<!-- a comment -->Kept", "Kept"),
        ("Under < 5 days & R&D; kept", "Under < 5 days & R&D; kept"),
        ("<insert date> stays", "<insert date> stays"),
        ("Plain\r\ntext  with  spaces", "Plain\ntext  with  spaces"),
        ("non\u{00A0}breaking\u{200B}", "non breaking"),
    ] as [(String, String)])
    func makesPastedCellsPlainText(_ cell: String, _ plain: String) {
        #expect(CellText.plain(cell) == plain)
    }

    @Test(arguments: [
        ("In development", Status.inProgress), ("Development activity", .inProgress), ("Development Activity", .inProgress),
        ("Ongoing/development work", .ongoing), ("On track", .inProgress), ("Ongoing activity", .ongoing),
        ("Development/improvement activity", .inProgress), ("Development work/ Scottish Government funding 2022", .inProgress),
        ("Ongoing Development and improvement", .ongoing), ("Completed", .complete), ("Held up", .delayed),
        ("Awaiting funding", .delayed), ("Not yet started", .notStarted), ("On hold", .delayed), ("On-going", .ongoing),
    ] as [(String, Status)])
    func readsStatusPhrasesByTheirOpeningWords(_ text: String, _ status: Status) {
        #expect(StatusWords.phrase(text) == status)
    }

    @Test func otherTextIsNoStatus() {
        #expect(StatusWords.phrase("March 2023") == nil)
        #expect(StatusWords.phrase("With the IJB") == nil)
        #expect(StatusWords.phrase("Review in the new year") == nil)
        #expect(StatusWords.phrase("Development " + String(repeating: "and more ", count: 10), maxWords: 8) == nil)
        #expect(StatusWords.asWritten("on-going", for: .ongoing) == nil)
        #expect(StatusWords.asWritten("Development activity", for: .inProgress) == "Development activity")
    }

    @Test func lettersFollowTheNumberAndKeepAFlag() {
        #expect(RefNumbering.lettered("1.1", 0) == "1.1a")
        #expect(RefNumbering.lettered("1.1", 25) == "1.1z")
        #expect(RefNumbering.lettered("1.1", 26) == "1.1aa")
        #expect(RefNumbering.lettered("1.5 P", 1) == "1.5b P")
        #expect(RefNumbering.lettered("A3", 0) == "A3a")
        #expect(RefNumbering.lettered("2.", 0) == "2a")
    }

    @Test func generatedRefsNeverRepeatOneAlreadyInThePlan() throws {
        let csv = "Outcome,Ref,Action\n1: A,1.1,one\n,1.1,two\n,1.1a,three\n2: B,,four\n"
        let refs = try PlanImporter.importPlan(csv: Array(csv.utf8)).plan.allActions.map(\.ref)
        #expect(refs == ["1.1b", "1.1c", "1.1a", "2.1"])
        #expect(Set(refs).count == refs.count)
    }

    @Test func blankRefsWithNothingAboveAreNumberedWithinTheOutcome() throws {
        let csv = "Outcome,Ref,Action\n1: A,,one\n,,two\n2: B,2.1,three\n,2.2,four\n"
        let refs = try PlanImporter.importPlan(csv: Array(csv.utf8)).plan.allActions.map(\.ref)
        #expect(refs == ["1.1", "1.2", "2.1", "2.2"])
    }
}
