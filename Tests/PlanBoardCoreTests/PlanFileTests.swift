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

    @Test func writerMatchesJSONEncoderByteForByte() {
        var plan = Plan.everyFieldSet
        var awkward = ""
        for code in 0..<0x21 { awkward.unicodeScalars.append(Unicode.Scalar(code)!) }
        awkward += "\u{7F}\"\\/é\u{2028}😀"
        plan.outcomes[0].actions[0].text = awkward
        plan.leads.append(Lead(initials: awkward, name: ""))
        plan.meetings[0].endedAt = nil
        plan.outcomes.append(Outcome(id: .init("o3"), number: "", title: ""))
        #expect(PlanFile.encode(plan) == PlanFile.referenceEncoding(plan))
        #expect(PlanFile.encode(Plan(title: "")) == PlanFile.referenceEncoding(Plan(title: "")))
        #expect(PlanFile.encode(.everyFieldSet) == PlanFile.referenceEncoding(.everyFieldSet))
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

    @Test func refusesMalformedJSONAtTheExactLineAndColumn() {
        let json = "{\n  \"schemaVersion\": 1,\n  \"title\": \"x\"\n  \"period\": \"y\"\n}\n"
        guard case .malformed(let path, let line, let column, let detail) = decodeError(json) else {
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
        guard case .malformed(_, let line, _, let detail) = decodeError(cut) else {
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
