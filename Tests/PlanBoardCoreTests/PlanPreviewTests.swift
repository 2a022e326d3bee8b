import Testing
@testable import PlanBoardCore

/// The preview drawn while a large plan file is still being read: the same plan as the whole read
/// gives, cut to the first actions of each outcome; never a check of the file, which the whole
/// read (`PlanFile.decode`, on another thread) still makes before anything can be changed.
@Suite struct PlanPreviewTests {
    /// A plan with meetings, leads and actions in four outcomes of different lengths.
    static let plan: Plan = {
        var plan = PlanGenerator.make(actions: 700, outcomes: 4, seed: 11)
        plan.outcomes[3].actions.removeLast(plan.outcomes[3].actions.count - 5)
        let day = Day(year: 2026, month: 10, day: 1)!
        plan.meetings = [Meeting(id: "m1", title: "October review", date: day, attendees: ["Chair"],
                                 startedAt: Timestamp(day: day, hour: 10, minute: 0),
                                 endedAt: Timestamp(day: day, hour: 11, minute: 0),
                                 discussed: plan.outcomes[2].actions.suffix(3).map(\.id))]
        return plan
    }()

    static func cut(_ plan: Plan, to count: Int) -> Plan {
        var cut = plan
        for o in cut.outcomes.indices { cut.outcomes[o].actions = Array(cut.outcomes[o].actions.prefix(count)) }
        return cut
    }

    @Test func isTheWholePlanWithEachOutcomeCutToItsFirstActions() throws {
        let bytes = PlanFile.encode(Self.plan)
        #expect(Self.plan.outcomes.allSatisfy { !$0.actions.isEmpty })
        #expect(!Self.plan.meetings.isEmpty && !Self.plan.leads.isEmpty)
        for count in [0, 1, 41] {
            let preview = try #require(PlanPreview.read(bytes, actionsPerOutcome: count))
            #expect(preview == Self.cut(Self.plan, to: count), "cut to \(count)")
            #expect(preview.outcomes.map(\.actions.count) == Self.plan.outcomes.map { min($0.actions.count, count) })
        }
        #expect(PlanPreview.read(bytes, actionsPerOutcome: 10_000) == Self.plan)
    }

    @Test func readsPastAByteOrderMark() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + PlanFile.encode(Self.plan)
        #expect(PlanPreview.read(bytes, actionsPerOutcome: 3) == Self.cut(Self.plan, to: 3))
    }

    /// A key given twice in an action the preview passes over: the preview still draws, and the
    /// whole read refuses the file, naming the place. The board waits for the whole read.
    @Test func isNoCheckTheWholeReadStillRefusesAFileBrokenPastThePreview() throws {
        var text = String(decoding: PlanFile.encode(Self.plan), as: UTF8.self)
        let lastRef = "\"ref\" : \"" + Self.plan.outcomes[0].actions.last!.ref + "\""
        let range = try #require(text.range(of: lastRef))
        text.replaceSubrange(range, with: lastRef + ",\n        \"ref\" : \"again\"")
        let bytes = Array(text.utf8)
        #expect(PlanPreview.read(bytes, actionsPerOutcome: 5) == Self.cut(Self.plan, to: 5))
        #expect(throws: StoreError.self) { try PlanFile.decode(bytes, path: "plan.json") }
        let decoding = BackgroundPlanDecode(bytes) { bytes throws(StoreError) in try PlanFile.decode(bytes, path: "plan.json") }
        let before = String(text[..<text.range(of: "\"again\"")!.lowerBound])
        let secondKeyLine = before.split(separator: "\n", omittingEmptySubsequences: false).count
        let result = Result { () throws(StoreError) -> Plan in try decoding.wait() }
        guard case .failure(.malformed(_, let line, _, let detail, _)) = result else {
            Issue.record("expected a syntax error, got \(result)")
            return
        }
        #expect(detail.contains("\"ref\" appears twice"))
        #expect(line == secondKeyLine)
    }

    /// What the preview reads it reads strictly; what it passes over it does not look into; a
    /// file cut short gives no preview. The whole read refuses all three.
    @Test func givesNothingForWhatItCannotReadAndLeavesTheRestToTheWholeRead() throws {
        let text = String(decoding: PlanFile.encode(Self.plan), as: UTF8.self)
        func breaking(_ action: Action, _ replacement: String) throws -> [UInt8] {
            let range = try #require(text.range(of: "\"" + action.text + "\""))
            return Array(text.replacingCharacters(in: range, with: replacement).utf8)
        }
        let firstBroken = try breaking(Self.plan.outcomes[1].actions[0], #""bad \q escape""#)
        #expect(PlanPreview.read(firstBroken, actionsPerOutcome: 5) == nil)
        #expect(throws: StoreError.self) { try PlanFile.decode(firstBroken, path: "plan.json") }

        let lastBroken = try breaking(Self.plan.outcomes[1].actions.last!, #""bad \q escape""#)
        #expect(PlanPreview.read(lastBroken, actionsPerOutcome: 5) == Self.cut(Self.plan, to: 5))
        #expect(throws: StoreError.self) { try PlanFile.decode(lastBroken, path: "plan.json") }

        let cutShort = Array(text.utf8.prefix(text.utf8.count * 2 / 3))
        #expect(PlanPreview.read(cutShort, actionsPerOutcome: 5) == nil)
        #expect(throws: StoreError.self) { try PlanFile.decode(cutShort, path: "plan.json") }
        #expect(PlanPreview.read(Array("{\"title\": ".utf8), actionsPerOutcome: 5) == nil)
        #expect(PlanPreview.read([], actionsPerOutcome: 5) == nil)
    }

    /// Text passed over may hold brackets, escaped quotes and backslashes: none of them ends the
    /// list early or late.
    @Test func passesOverBracketsAndQuotesInsideText() throws {
        var plan = Self.plan
        let tricky = #"a ] b } c [ { \" d \\" e \\\" ] f"#
        for o in plan.outcomes.indices {
            for a in plan.outcomes[o].actions.indices.dropFirst(2) {
                plan.outcomes[o].actions[a].text = tricky + String(repeating: "x", count: a % 9)
                plan.outcomes[o].actions[a].progress = "\\" + String(repeating: "]", count: a % 3)
            }
        }
        #expect(PlanPreview.read(PlanFile.encode(plan), actionsPerOutcome: 2) == Self.cut(plan, to: 2))
    }

    @Test func theBackgroundDecodeGivesWhatTheStoreReads() throws {
        let bytes = PlanFile.encode(Self.plan)
        let decoding = BackgroundPlanDecode(bytes) { bytes throws(StoreError) in try PlanFile.decode(bytes, path: "plan.json") }
        #expect(try decoding.wait() == Self.plan)
        #expect(try decoding.wait() == Self.plan, "a second wait returns the same plan")
    }

    /// The preview's screen says the plan is still being read where the counts go, as the counts
    /// need every action; the whole plan's screen has them.
    @Test func theScreenOfAPreviewShowsNoCountsUntilTheWholePlanIsRead() throws {
        let preview = try #require(PlanPreview.read(PlanFile.encode(Self.plan), actionsPerOutcome: 37))
        var shown = BoardState(plan: preview, fileName: "plan.json", size: Size(width: 120, height: 36),
                               today: Day(year: 2026, month: 11, day: 23)!)
        shown.isPreview = true
        let previewText = BoardView.render(shown).text
        let whole = BoardState(plan: Self.plan, fileName: "plan.json", size: Size(width: 120, height: 36),
                               today: Day(year: 2026, month: 11, day: 23)!)
        let wholeText = BoardView.render(whole).text
        let previewHeader = previewText.split(separator: "\n")[0]
        #expect(previewHeader.contains("reading plan.json…"))
        #expect(!previewHeader.contains(" of "))
        #expect(previewText.contains("│ reading…"))
        #expect(!previewText.contains("37 actions"), "a cut lane's count would be wrong")
        #expect(previewText.contains("▼ more"))
        let first = Self.plan.outcomes[0].actions[0].ref
        #expect(previewText.contains("▶\(first) "))

        let wholeHeader = wholeText.split(separator: "\n")[0]
        #expect(wholeHeader.contains("of \(Self.plan.allActions.filter { !$0.isRemoved }.count)"))
        #expect(!wholeText.contains("reading"))
        // Below the header and the lanes' count lines, the cards shown are the same.
        let previewCards = previewText.split(separator: "\n").dropFirst(4).prefix(10)
        let wholeCards = wholeText.split(separator: "\n").dropFirst(4).prefix(10)
        #expect(Array(previewCards) == Array(wholeCards))
    }
}

/// The preview finds where a list of actions ends by the layout planboard writes (a line of the
/// list's indentation holding `]`), and by the brackets in any other layout: both must agree.
@Suite struct PreviewLayoutTests {
    /// Every list in a written plan that has items: where its first item starts.
    static func firstItems(of bytes: [UInt8]) -> [Int] {
        var starts: [Int] = []
        var inText = false, escaped = false
        for (i, byte) in bytes.enumerated() {
            if inText {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inText = false }
                continue
            }
            if byte == UInt8(ascii: "\"") { inText = true }
            guard byte == UInt8(ascii: "[") else { continue }
            guard let next = bytes[(i + 1)...].firstIndex(where: { ![0x20, 0x0A, 0x09, 0x0D].contains($0) }),
                  bytes[next] != UInt8(ascii: "]") else { continue }
            starts.append(next)
        }
        return starts
    }

    @Test func theLayoutAndTheBracketsFindTheSameEndOfEveryList() throws {
        var plan = PlanPreviewTests.plan
        plan.outcomes[0].actions[3].text = "a line\n      ] that looks like a list's end, ] [ }"
        plan.outcomes[1].actions[2].leads = ["  ]", "\\\"]"]
        let bytes = PlanFile.encode(plan)
        let starts = Self.firstItems(of: bytes)
        #expect(starts.count > 700, "every action's leads, and each outcome's actions")
        var checked = 0
        try bytes.withUnsafeBufferPointer { buffer in
            for start in starts {
                var tokens = JSONTokenizer(buffer)
                tokens.offset = start
                let byLayout = try #require(tokens.closingBracketByLayout(), "a list at byte \(start) as planboard writes it")
                try tokens.passOverByBrackets()
                #expect(byLayout + 1 == tokens.offset, "the list whose first item is at byte \(start)")
                checked += 1
            }
        }
        #expect(checked == starts.count)
    }

    /// Laid out otherwise (indented four, with tabs, or on one line), the layout finds no end
    /// and the brackets are followed: the preview is the same.
    @Test func aFileLaidOutOtherwiseIsPreviewedTheSame() throws {
        let text = String(decoding: PlanFile.encode(PlanPreviewTests.plan), as: UTF8.self)
        let lines = text.split(separator: "\n")
        let layouts = [
            lines.map { line in String(repeating: " ", count: line.prefix(while: { $0 == " " }).count) + line }
                .joined(separator: "\n"),
            text.replacingOccurrences(of: "  ", with: "\t"),
            text.split(separator: "\n").map { $0.drop(while: { $0 == " " }) }.joined(separator: " "),
        ]
        for (n, layout) in layouts.enumerated() {
            let bytes = Array(layout.utf8)
            #expect(try PlanFile.decode(bytes, path: "plan.json") == PlanPreviewTests.plan, "layout \(n) is the same plan")
            try bytes.withUnsafeBufferPointer { buffer in
                var tokens = JSONTokenizer(buffer)
                tokens.offset = try #require(PreviewLayoutTests.firstItems(of: bytes).first)
                #expect(tokens.closingBracketByLayout() == nil, "layout \(n) is not planboard's")
            }
            #expect(PlanPreview.read(bytes, actionsPerOutcome: 3) == PlanPreviewTests.cut(PlanPreviewTests.plan, to: 3), "layout \(n)")
        }
    }
}
