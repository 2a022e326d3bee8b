import Foundation
import Testing
@testable import PlanBoardCore

extension Plan {
    /// A plan with every field of every type set, unicode included, for round trips.
    static var everyFieldSet: Plan {
        let day = Day(year: 2026, month: 11, day: 23)!
        let start = Timestamp(day: day, hour: 14, minute: 2, second: 5)
        let meeting = Meeting(id: .init("m1"), title: "Carers partnership board — November", date: day,
                              attendees: ["Chair", "Zoë Ó Briain"], apologies: ["Nkechi Adébáyọ̀"],
                              startedAt: start, endedAt: Timestamp(secondsSince1970: start.secondsSince1970 + 3600),
                              discussed: [.init("a1"), .init("a2")])
        let first = Action(
            id: .init("a1"), ref: "1.5 P", text: "Short breaks: a café drop-in for carers / their families 😀",
            area: "Identification", leads: ["CC", "HSCP"], deadline: "March 2027",
            measure: "Number of carers \"identified\" rises by 10%", progress: "Line one\nline two\twith tab — £40k",
            rag: .amber, status: .inProgress, statusText: "Development activity",
            notes: [Note(at: start, text: "Agreed at the board: 中文 note", meeting: .init("m1")),
                    Note(at: start, text: "The board agreed it can be green, but ongoing", meeting: .init("m1"), kind: .decision),
                    Note(at: start, text: "Bring the detailed plan to the next meeting", meeting: .init("m1"),
                         kind: .actionPoint, owner: "JB", due: "next meeting")],
            history: [
                Change(at: start, field: .created, from: "", to: "1.5 P"),
                Change(at: start, field: .rag, from: "Green", to: "Amber", reason: "funding delayed", meeting: .init("m1")),
            ],
            removal: nil)
        let removed = Action(id: .init("a2"), ref: "1.6", text: "Retired action", rag: .blue, status: .delayed,
                             removal: Removal(at: start, reason: "now in the young carers work stream"))
        return Plan(
            title: "Northshire Carers Delivery Plan", period: "2025–2028", owner: "Northshire Carers Partnership",
            outcomes: [
                Outcome(id: .init("o1"), number: "1", title: "Identified and heard", description: "Carers are known early.",
                        actions: [first, removed]),
                Outcome(id: .init("o2"), number: "2", title: "Empty lane"),
            ],
            leads: [Lead(initials: "CC", name: "Carers Centre", organisation: "Northshire Council")],
            meetings: [meeting])
    }
}

@Suite struct PlanFileTests {
    func text(_ plan: Plan) -> String { String(decoding: PlanFile.encode(plan), as: UTF8.self) }

    func decodeError(_ json: String, path: String = "plan.json") -> StoreError? {
        decodeError(Array(json.utf8), path: path)
    }

    func decodeError(_ bytes: [UInt8], path: String = "plan.json") -> StoreError? {
        do {
            _ = try PlanFile.decode(bytes, path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func roundTripsAPlanWithEveryFieldSet() throws {
        let plan = Plan.everyFieldSet
        #expect(try PlanFile.decode(PlanFile.encode(plan), path: "plan.json") == plan)
    }

    @Test func writesSchemaVersionSortedKeysAndATrailingNewline() {
        let output = text(.everyFieldSet)
        #expect(output.hasSuffix("}\n"))
        #expect(output.contains("\n  \"schemaVersion\" : 1"))
        let topLevelKeys = output.split(separator: "\n").filter { $0.hasPrefix("  \"") }
            .map { $0.dropFirst(3).prefix { $0 != "\"" } }.map(String.init)
        #expect(topLevelKeys == ["leads", "meetings", "outcomes", "owner", "period", "schemaVersion", "title"])
    }

    @Test func outputIsDeterministicAndLeavesUnicodeAndSlashesReadable() {
        let first = PlanFile.encode(.everyFieldSet)
        #expect(PlanFile.encode(.everyFieldSet) == first)
        let output = text(.everyFieldSet)
        #expect(output.contains("carers / their families 😀"))
        #expect(output.contains("2025–2028"))
        #expect(output.contains("中文"))
        #expect(output.contains("\"rag\" : \"amber\""))
    }

    /// A file's bytes as recorded in `Snapshots/` when JSONEncoder defined the format; never
    /// re-recorded, since existing plans must be rewritten exactly as they were.
    func golden(_ name: String, filePath: String = #filePath) throws -> [UInt8] {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Snapshots").appendingPathComponent("plan-file-\(name).json")
        return [UInt8](try Data(contentsOf: url))
    }

    /// Every control character, quotes, backslash, slash and non-ASCII text in fields of each kind.
    static var awkwardText: Plan {
        var plan = Plan.everyFieldSet
        var awkward = ""
        for code in 0..<0x21 { awkward.unicodeScalars.append(Unicode.Scalar(code)!) }
        awkward += "\u{7F}\"\\/é\u{2028}😀"
        plan.outcomes[0].actions[0].text = awkward
        plan.leads.append(Lead(initials: awkward, name: ""))
        plan.meetings[0].endedAt = nil
        plan.outcomes.append(Outcome(id: .init("o3"), number: "", title: ""))
        return plan
    }

    @Test func writesTheBytesJSONEncoderWrote() throws {
        #expect(PlanFile.encode(.everyFieldSet) == (try golden("every-field")))
        #expect(PlanFile.encode(Self.awkwardText) == (try golden("awkward-text")))
        #expect(PlanFile.encode(Plan(title: "")) == (try golden("title-only")))
    }

    @Test(arguments: ["every-field", "awkward-text", "title-only", "generated-200"])
    func rewritesAnExistingFileByteForByte(name: String) throws {
        let bytes = try golden(name)
        #expect(PlanFile.encode(try PlanFile.decode(bytes, path: "plan.json")) == bytes)
    }

    @Test func keepsFieldsItDoesNotKnowAtEveryLevelAndWritesThemBack() throws {
        // As a newer planboard would write them: in sorted place, pretty-printed.
        var newer = String(decoding: PlanFile.encode(.everyFieldSet), as: UTF8.self)
        let additions: [(after: String, field: String)] = [
            ("  \"meetings\" : [\n    {\n", "      \"agendaOrder\" : \"reds-first\",\n"),
            ("  \"leads\" : [\n    {\n", "      \"email\" : \"cc@example.org\",\n"),
            ("  \"outcomes\" : [\n    {\n", "      \"accountable\" : {\n        \"currency\" : \"GBP\",\n        \"pounds\" : 40000.50\n      },\n"),
            ("\"progress\" : \"Line one\\nline two\\twith tab — £40k\",\n", "          \"quarter\" : [\n            1,\n            true,\n            null\n          ],\n"),
            ("\"reason\" : \"funding delayed\",\n", "              \"signedOffBy\" : \"JB\",\n"),
        ]
        for addition in additions {
            let range = try #require(newer.range(of: addition.after))
            newer.insert(contentsOf: addition.field, at: range.upperBound)
        }
        newer = newer.replacingOccurrences(of: "  \"title\" : \"Northshire Carers Delivery Plan\"\n}",
                                           with: "  \"title\" : \"Northshire Carers Delivery Plan\",\n  \"zone\" : \"north\"\n}")
        newer = newer.replacingOccurrences(of: "  \"schemaVersion\" : 1,", with: "  \"revision\" : 12,\n  \"schemaVersion\" : 1,")
        let bytes = Array(newer.utf8)
        let plan = try PlanFile.decode(bytes, path: "plan.json")
        #expect(plan.unknownFields.names == ["revision", "zone"])
        #expect(plan.meetings[0].unknownFields["agendaOrder"] == .text("reds-first"))
        #expect(plan.leads[0].unknownFields.names == ["email"])
        #expect(plan.outcomes[0].unknownFields["accountable"] != nil)
        #expect(plan.outcomes[0].actions[0].unknownFields["quarter"] == .list([.number("1"), .bool(true), .null]))
        #expect(plan.outcomes[0].actions[0].history[1].unknownFields.names == ["signedOffBy"])
        #expect(PlanFile.encode(plan) == bytes, "written back exactly as a newer planboard wrote them")

        // Kept through an edit made on the board.
        var edited = plan
        edited.outcomes[0].actions[0].rag = .green
        let written = String(decoding: PlanFile.encode(edited), as: UTF8.self)
        #expect(written == newer.replacingOccurrences(of: "\"rag\" : \"amber\"", with: "\"rag\" : \"green\""))
    }

    @Test func writesHandAddedFieldsInSortedPlacePrettyPrinted() throws {
        let hand = #"{"title": "T", "zzz": {"b": [], "a": {}}, "schemaVersion": 1, "Budget": 1.50, "notes_x": "é\u00e9"}"#
        let plan = try PlanFile.decode(Array(hand.utf8), path: "plan.json")
        let written = String(decoding: PlanFile.encode(plan), as: UTF8.self)
        #expect(written == """
            {
              "Budget" : 1.50,
              "leads" : [

              ],
              "meetings" : [

              ],
              "notes_x" : "éé",
              "outcomes" : [

              ],
              "owner" : "",
              "period" : "",
              "schemaVersion" : 1,
              "title" : "T",
              "zzz" : {
                "a" : {

                },
                "b" : [

                ]
              }
            }

            """)
        #expect(try PlanFile.decode(Array(written.utf8), path: "plan.json") == plan)
    }

    @Test func acceptsAHandWrittenFileWithOnlyRequiredFieldsAndAByteOrderMark() throws {
        let json = #"{"schemaVersion": 1, "title": "T", "outcomes": [{"id": "o1", "title": "O", "actions": [{"id": "a1", "ref": "1", "text": "Do it"}]}]}"#
        let plan = try PlanFile.decode([0xEF, 0xBB, 0xBF] + Array(json.utf8), path: "p.json")
        #expect(plan.outcomes[0].actions[0].rag == .unrated)
        #expect(plan.outcomes[0].actions[0].status == .notStarted)
    }

    @Test func refusesAnEmptyOrWhitespaceOnlyFile() {
        #expect(decodeError("") == .empty(path: "plan.json"))
        #expect(decodeError(" \n\t\r\n ") == .empty(path: "plan.json"))
    }

    @Test func refusesBytesThatAreNotUTF8AtTheirLineAndColumn() {
        // "café" in Windows-1252 on line 2, after `  "title": "caf`.
        let bytes = Array("{\n  \"title\": \"caf".utf8) + [0xE9] + Array("\"\n}".utf8)
        #expect(decodeError(bytes) == .notUTF8(path: "plan.json", line: 2, column: 16))
        #expect(decodeError(bytes)?.description.contains("save it again as UTF-8") == true)
    }

    @Test func findsTheFirstByteThatIsNotUTF8WhereverItIs() {
        for length in 0..<40 {
            var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length) + [0xC3, 0xA9] + Array("xyz".utf8)
            #expect(UTF8Check.firstInvalidOffset(in: bytes) == nil)
            bytes.insert(0xFF, at: length)
            #expect(UTF8Check.firstInvalidOffset(in: bytes) == length, "at \(length)")
            bytes[length] = 0xC3  // a lead byte whose next byte is another lead
            #expect(UTF8Check.firstInvalidOffset(in: Array(bytes.prefix(length + 1)) + [0xC3]) == length)
        }
    }

    @Test func refusesMalformedJSONAtTheExactLineAndColumn() {
        let json = "{\n  \"schemaVersion\": 1,\n  \"title\": \"x\"\n  \"period\": \"y\"\n}\n"
        guard case .malformed(let path, let line, let column, let detail, _) = decodeError(json) else {
            Issue.record("expected .malformed")
            return
        }
        #expect(path == "plan.json")
        #expect((line, column) == (4, 3))
        #expect(detail.contains("comma"))
    }

    @Test func refusesATruncatedFileAtItsEnd() {
        let full = text(.everyFieldSet)
        let cut = String(full.prefix(full.utf8.count / 2))
        guard case .malformed(_, let line, _, let detail, _) = decodeError(cut) else {
            Issue.record("expected .malformed")
            return
        }
        let lines = cut.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(line == lines)
        #expect(detail.contains("cut short") || detail.contains("never closed"))
    }

    @Test func refusesAFileWrittenByANewerVersion() {
        let error = decodeError(#"{"schemaVersion": 3, "title": "T", "shape": "unknown"}"#)
        #expect(error == .newerSchema(path: "plan.json", found: 3, supported: 1))
        #expect(error?.description ==
            "plan.json was written by a newer planboard (schema 3); this version reads schema 1 — upgrade planboard.")
    }

    @Test func refusesAFileWithoutASchemaVersion() {
        #expect(decodeError(#"{"title": "T"}"#) == .missingSchemaVersion(path: "plan.json"))
    }

    @Test func refusesASchemaVersionThatNeverExisted() {
        #expect(decodeError("{\n \"schemaVersion\": 0, \"title\": \"T\"}") == .invalidValue(
            path: "plan.json", line: 2, column: 19, field: "schemaVersion",
            detail: "0 is not a schema version; this planboard reads schema 1"))
    }

    @Test func namesThePathLineAndAllowedWordsForAnUnknownRAG() throws {
        var output = text(.everyFieldSet)
        output = output.replacingOccurrences(of: "\"rag\" : \"amber\"", with: "\"rag\" : \"purple\"")
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("purple") }) + 1
        let column = lines[line - 1].distance(from: lines[line - 1].startIndex,
                                              to: lines[line - 1].firstIndex(of: "\"")!) + 9
        let error = decodeError(output)
        #expect(error == .invalidValue(path: "plan.json", line: line, column: column, field: "outcomes[0].actions[0].rag",
                                       detail: "\"purple\" is not a RAG rating (red, amber, green, blue or unrated)"))
        #expect(error?.description.hasPrefix(
            "plan.json line \(line), column \(column): outcomes[0].actions[0].rag: \"purple\" is not a RAG rating") == true)
    }

    @Test func namesTheObjectMissingARequiredField() {
        let json = """
            {"schemaVersion": 1, "title": "T", "outcomes": [
              {"id": "o1", "title": "One"},
              {"id": "o2"}
            ]}
            """
        #expect(decodeError(json) == .invalidValue(path: "plan.json", line: 3, column: 3, field: "outcomes[1]",
                                                   detail: "the required field \"title\" is missing"))
    }

    @Test func namesAValueOfTheWrongType() {
        let json = "{\"schemaVersion\": 1,\n \"title\": 42}"
        #expect(decodeError(json) == .invalidValue(path: "plan.json", line: 2, column: 11, field: "title",
                                                   detail: "expected text, found a number"))
    }

    @Test func namesABadDateWithTheDatesOwnWords() {
        let json = #"{"schemaVersion": 1, "title": "T", "meetings": [{"id": "m1", "date": "2026-13-01", "startedAt": "2026-11-23"}]}"#
        guard case .invalidValue(_, 1, _, "meetings[0].date", let detail) = decodeError(json) else {
            Issue.record("expected .invalidValue at meetings[0].date")
            return
        }
        #expect(detail.contains("2026-13-01"))
    }

    @Test func refusesATopLevelThatIsNotAnObject() {
        guard case .invalidValue(_, 1, 1, "", let detail) = decodeError("[1, 2]") else {
            Issue.record("expected .invalidValue at the top level")
            return
        }
        #expect(detail.contains("a list"))
    }
}

/// The plan's own status words survive a file whose keys come in any order.
@Suite struct StatusTextFileTests {
    @Test func statusWordsWrittenBeforeTheStatusAreKept() throws {
        let text = #"{"schemaVersion": 1, "title": "t", "outcomes": [{"id": "o1", "title": "O", "actions": [{"id": "a1", "ref": "1", "text": "x", "statusText": "Development activity", "status": "in-progress"}]}]}"#
        let plan = try PlanFile.decode(Array(text.utf8), path: "plan.json")
        #expect(plan.outcomes[0].actions[0].statusText == "Development activity")
        #expect(plan.outcomes[0].actions[0].status == .inProgress)
    }
}
