import Foundation
import Testing
@testable import PlanBoardCore

/// Reading plan files by the format's one definition: every form of valid JSON a person or another
/// tool may write, the defaults of left-out fields, and damaged files refused, never misread.
@Suite struct PlanFileReadingTests {
    func read(_ json: String) -> Result<Plan, StoreError> { read(Array(json.utf8)) }

    func read(_ bytes: [UInt8]) -> Result<Plan, StoreError> {
        Result { () throws(StoreError) in try PlanFile.decode(bytes, path: "plan.json") }
    }

    func plan(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Plan {
        switch read(json) {
        case .success(let plan): return plan
        case .failure(let error):
            Issue.record("refused: \(error)", sourceLocation: sourceLocation)
            throw error
        }
    }

    func document(action: String = #""id": "a1", "ref": "1.1", "text": "Do it""#, extra: String = "") -> String {
        #"{"schemaVersion": 1, "title": "T", "outcomes": [{"id": "o1", "title": "O", "actions": [{\#(action)}]}]\#(extra)}"#
    }

    /// Whether Foundation's own parser takes `bytes` as JSON (it also allows trailing commas and repeated keys).
    func foundationAccepts(_ bytes: [UInt8]) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil
    }

    @Test func readsWhatItWritesForExampleGeneratedAndEveryFieldPlans() throws {
        var plans = [ExamplePlan.make(), .everyFieldSet, Plan(title: "")]
        for (seed, actions, outcomes) in [(1, 120, 8), (2, 400, 3), (7, 999, 12)] as [(UInt64, Int, Int)] {
            plans.append(PlanGenerator.make(actions: actions, outcomes: outcomes, seed: seed))
        }
        for plan in plans {
            let bytes = PlanFile.encode(plan)
            #expect(try PlanFile.decode(bytes, path: "plan.json") == plan)
            #expect(PlanFile.encode(try PlanFile.decode(bytes, path: "plan.json")) == bytes)
        }
    }

    @Test func undoesEveryEscapeAndJoinsSurrogatePairs() throws {
        let text = #"q\" b\\ s\/ \b\f\n\r\t e\u00e9 E\u00C9 euro\u20ac nul\u0000 smile\uD83D\uDE00 cjk\u4E2D\u6587"#
        let read = try plan(document(action: #""id": "a\u0031", "ref": "1.1", "text": "\#(text)""#))
        #expect(read.outcomes[0].actions[0].id == "a1")
        #expect(read.outcomes[0].actions[0].text == "q\" b\\ s/ \u{8}\u{C}\n\r\t eé EÉ euro€ nul\u{0} smile😀 cjk中文")
    }

    @Test func matchesKeysWrittenWithEscapes() throws {
        let read = try plan(#"{"schema\u0056ersion": 1, "t\u0069tle": "T", "\u006fwner": "O\u0301"}"#)
        #expect(read.title == "T")
        #expect(Array(read.owner.unicodeScalars) == ["O", "\u{301}"])
        #expect(read.unknownFields.isEmpty)
    }

    @Test func keepsUnicodeTextByteForByte() throws {
        let text = "Zoë Zoe\u{301} café 中文 😀 👩‍👩‍👧 £40k – “quoted” \u{2028}"
        let read = try plan(document(action: #""id": "a1", "ref": "1.1", "text": "\#(text)""#))
        #expect(Array(read.outcomes[0].actions[0].text.utf8) == Array(text.utf8))
        #expect(try plan(#"{"schemaVersion": 1, "title": "Nkechi Adébáyọ̀ \#u{7F}", "period": "2025–2028"}"#).title == "Nkechi Adébáyọ̀ \u{7F}")
    }

    @Test func givesMissingAndNullOptionalFieldsTheModelsDefaults() throws {
        #expect(try plan(#"{"schemaVersion": 1, "title": "T"}"#) == Plan(title: "T"))
        let nulls = try plan(#"""
            {"schemaVersion": 1, "title": "T", "period": null, "owner": null, "leads": null, "meetings": null,
             "outcomes": [{"id": "o1", "title": "O", "number": null, "description": null, "actions": [
               {"id": "a1", "ref": "1", "text": "x", "area": null, "leads": null, "deadline": null, "measure": null,
                "progress": null, "rag": null, "status": null, "notes": null, "history": null, "removal": null},
               {"id": "a2", "ref": "2", "text": "y",
                "notes": [{"at": "2026-11-23T14:02:05Z", "text": "n", "meeting": null, "kind": null, "owner": null, "due": null}],
                "history": [{"at": "2026-11-23T14:02:05Z", "field": "rag", "from": "Red", "to": "Green", "reason": null, "meeting": null}]}
             ]}, {"id": "o2", "title": "Empty"}]}
            """#)
        #expect(nulls.outcomes[0].actions[0] == Action(id: "a1", ref: "1", text: "x"))
        let moment = Timestamp(day: Day(year: 2026, month: 11, day: 23)!, hour: 14, minute: 2, second: 5)
        #expect(nulls.outcomes[0].actions[1].notes == [Note(at: moment, text: "n")])
        #expect(nulls.outcomes[0].actions[1].history == [Change(at: moment, field: .rag, from: "Red", to: "Green")])
        #expect(nulls.outcomes[1] == Outcome(id: "o2", number: "", title: "Empty"))
        let meetings = try plan(#"""
            {"schemaVersion": 1, "title": "T", "leads": [{"initials": "CC"}, {"initials": "GP", "name": null, "organisation": null}],
             "meetings": [{"id": "m2", "title": null, "date": "2026-11-24", "attendees": null, "apologies": null,
                           "startedAt": "2026-11-24", "endedAt": null, "discussed": null}]}
            """#)
        #expect(meetings.leads == [Lead(initials: "CC", name: ""), Lead(initials: "GP", name: "")])
        #expect(meetings.meetings == [Meeting(id: "m2", title: "", date: Day(year: 2026, month: 11, day: 24)!,
                                              startedAt: Timestamp(day: Day(year: 2026, month: 11, day: 24)!))])
    }

    @Test(arguments: ["0", "-0", "12", "-0.0", "1.5", "1e5", "1E+5", "-2.5e-3", "0.000001", "123456789012345678901234567890",
                      "1e400", "-1.7976931348623157e309"])
    func keepsNumbersInAnyValidFormUnderUnknownKeysAsWritten(number: String) throws {
        let read = try plan(document(extra: #", "count": \#(number), "list": [\#(number), \#(number)]"#))
        #expect(read.unknownFields["count"] == .number(number))
        #expect(String(decoding: PlanFile.encode(read), as: UTF8.self).contains("\"count\" : \(number),"))
    }

    @Test func acceptsAnyJSONWhitespace() throws {
        let compact = #"{"schemaVersion":1,"title":"T","outcomes":[{"id":"o1","title":"O","actions":[{"id":"a1","ref":"1","text":"x","leads":["A","B"]}]}]}"#
        let expected = try plan(compact)
        #expect(expected.outcomes[0].actions[0].leads == ["A", "B"])
        let spaced = compact.map { [",", ":", "[", "]", "{", "}"].contains($0) ? " \t\r\n\($0)\n\r\t " : String($0) }.joined()
        #expect(try plan(" \n\t\r" + spaced + "\r\n\t ") == expected)
    }

    @Test func readsNonCanonicalTimestampsThroughTheModel() throws {
        let day = try plan(document(action: #""id": "a1", "ref": "1", "text": "x", "removal": {"at": "2026-11-23", "reason": "r"}"#))
        #expect(day.outcomes[0].actions[0].removal?.at == Timestamp(day: Day(year: 2026, month: 11, day: 23)!))
        let leap = try plan(document(action: #""id": "a1", "ref": "1", "text": "x", "removal": {"at": "2024-02-29T23:59:60Z", "reason": "r"}"#))
        #expect(leap.outcomes[0].actions[0].removal?.at == Timestamp(day: Day(year: 2024, month: 3, day: 1)!))
        for bad in ["2026-11-23T24:00:00Z", "2023-02-29T10:00:00Z", "2026-11-23T14:02:05"] {
            let json = document(action: #""id": "a1", "ref": "1", "text": "x", "removal": {"at": "\#(bad)", "reason": "r"}"#)
            let column = json.split(separator: "\"\(bad)\"")[0].count + 1
            #expect(read(json) == .failure(.invalidValue(path: "plan.json", line: 1, column: column,
                                                        field: "outcomes[0].actions[0].removal.at",
                                                        detail: "\"\(bad)\" is not a time like 2026-11-23T14:02:05Z")))
        }
    }

    /// Wrong values, each refused at the value with the field's path and what was expected.
    @Test(arguments: [
        (#""id": "a1", "ref": "1", "text": "x", "rag": "purple""#, "rag", "\"purple\" is not a RAG rating (red, amber, green, blue or unrated)"),
        (#""id": "a1", "ref": "1", "text": "x", "status": "Done""#, "status",
         "\"Done\" is not a status (not-started, in-progress, ongoing, delayed or complete)"),
        (#""id": "a1", "ref": "1", "text": "x", "history": [{"at": "2026-11-23T14:02:05Z", "field": "colour", "from": "", "to": ""}]"#,
         "history[0].field", "\"colour\" is not a kind of change (created, ref, text, area, leads, deadline, measure, progress, rag, status, note, outcome, removed, restored, name, owner, category, description, recommendation, mitigation, actual, target, stretch, indicator-status, inherent, residual, planned, review-date, milestone, title, unit, direction, frequency, source, baseline, tolerance, linked-actions or risk-bands)"),
        (#""id": "a1", "ref": "1", "text": "x", "notes": [{"at": "2026-11-23", "text": "n", "kind": "memo"}]"#,
         "notes[0].kind", "\"memo\" is not a kind of note (note, decision or action-point)"),
        (#""id": "a1", "ref": "1", "text": null"#, "text", "expected text, found nothing (null)"),
        (#""id": "a1", "ref": 1, "text": "x""#, "ref", "expected text, found a number"),
        (#""id": "a1", "ref": "1", "text": "x", "leads": "CC""#, "leads", "expected a list [ … ], found text"),
        (#""id": "a1", "ref": "1", "text": "x", "leads": ["CC", null]"#, "leads[1]", "expected text, found nothing (null)"),
        (#""id": "a1", "ref": "1", "text": "x", "removal": true"#, "removal", "expected an object { … }, found true or false"),
    ] as [(String, String, String)])
    func refusesAWrongValueAtItsPlace(action: String, field: String, detail: String) {
        let json = document(action: action)
        let key = "\"\(field.split(separator: ".").last!.split(separator: "[").first!)\""
        let afterKey = json.range(of: key, options: .backwards)!.upperBound
        let valueStart = json[afterKey...].firstIndex { $0 != ":" && $0 != " " }!
        let column = json.distance(from: json.startIndex, to: valueStart) + 1
        guard case .failure(.invalidValue(_, 1, let foundColumn, let foundField, let foundDetail)) = read(json) else {
            Issue.record("not refused as a wrong value: \(read(json))")
            return
        }
        #expect(foundField == "outcomes[0].actions[0].\(field)")
        #expect(foundDetail == detail)
        if !field.contains("[") { #expect(foundColumn == column) }
    }

    @Test func namesTheObjectMissingARequiredField() {
        let json = document(action: #""id": "a1", "ref": "1""#)
        let column = json.split(separator: "{\"id\": \"a1\"")[0].count + 1
        #expect(read(json) == .failure(.invalidValue(path: "plan.json", line: 1, column: column, field: "outcomes[0].actions[0]",
                                                    detail: "the required field \"text\" is missing")))
    }

    @Test func refusesTrailingCommasAndRepeatedKeysThatFoundationAccepts() {
        for json in [document(action: #""id": "a1", "ref": "1", "text": "x", "leads": ["CC",]"#),
                     document(action: #""id": "a1", "ref": "1", "text": "x","#),
                     document(action: #""id": "a1", "ref": "1", "text": "x", "rag": "red", "rag": "green""#),
                     document(action: #""id": "a1", "ref": "1", "text": "x", "extra": 1, "extra": 2"#),
                     #"{"schemaVersion": 1, "schemaVersion": 2, "title": "T"}"#] {
            #expect(foundationAccepts(Array(json.utf8)), "the case is one Foundation lets through")
            guard case .failure(.malformed(_, _, _, let detail, _)) = read(json) else {
                Issue.record("accepted: \(json)")
                continue
            }
            #expect(detail.contains("trailing comma") || detail.contains("appears twice"), "\(detail)")
        }
    }

    @Test func aSyntaxErrorAnywhereComesBeforeAWrongValue() {
        let json = "{\"schemaVersion\": 1, \"title\": 42,\n \"owner\": \"x\" \"period\": \"y\"}"
        #expect(read(json) == .failure(.malformed(path: "plan.json", line: 2, column: 15,
            detail: "expected ',' between fields or '}' to close the object (is a comma missing?)")))
    }

    @Test func aNewerSchemaComesBeforeAFieldItChanged() {
        // Keys are sorted, so a newer planboard's changed field comes before its schemaVersion.
        let json = #"{"outcomes": {"new": "shape"}, "schemaVersion": 2, "title": "T"}"#
        #expect(read(json) == .failure(.newerSchema(path: "plan.json", found: 2, supported: 1)))
        #expect(read(#"{"outcomes": 5, "title": "T"}"#) == .failure(.missingSchemaVersion(path: "plan.json")))
    }

    @Test(arguments: [("1.5", "1.5"), ("1.0", "1.0"), ("1e0", "1e0"), ("\"1\"", "text"), ("null", "nothing (null)"),
                      ("true", "true or false"), ("[1]", "a list [ … ]")])
    func pointsAtASchemaVersionThatIsNotAWholeNumber(written: String, found: String) {
        let json = "{\"title\": \"T\",\n  \"schemaVersion\": \(written)}"
        let error = read(json)
        #expect(error == .failure(.invalidValue(path: "plan.json", line: 2, column: 20, field: "schemaVersion",
            detail: "expected a whole number (this planboard reads schema 1), found \(found)")))
        if case .failure(let error) = error {
            #expect(error.description == "plan.json line 2, column 20: schemaVersion: expected a whole number "
                + "(this planboard reads schema 1), found \(found). Fix that value in a text editor.")
        }
    }

    @Test func saysWhichSchemaVersionsAreNotOnes() {
        #expect(read(#"{"schemaVersion": -1, "title": "T"}"#) == .failure(.invalidValue(
            path: "plan.json", line: 1, column: 19, field: "schemaVersion", detail: "-1 is not a schema version; this planboard reads schema 1")))
        #expect(read(#"{"schemaVersion": 99999999999999999999, "title": "T"}"#) == .failure(.invalidValue(
            path: "plan.json", line: 1, column: 19, field: "schemaVersion",
            detail: "99999999999999999999 is not a schema version; this planboard reads schema 1")))
        #expect(read(#"{"schemaVersion": 7, "title": "T"}"#) == .failure(.newerSchema(path: "plan.json", found: 7, supported: 1)))
    }

    /// Thousands of small damages to real files. Whatever is still accepted is JSON Foundation
    /// reads too and reads back the same after a save; whatever is refused as a syntax error is
    /// either not JSON to Foundation or holds a trailing comma or a repeated key; every error
    /// points inside the file.
    @Test func neverMisreadsADamagedFile() throws {
        let compact = #"{"schemaVersion":1,"title":"T\u00e9","outcomes":[{"id":"o1","title":"O","actions":[{"id":"a1","ref":"1","text":"x\n","rag":"red","leads":["CC"],"removal":{"at":"2026-11-23T14:02:05Z","reason":"r"},"n":-1.5e3,"k":[true,null,0,10,-0.25,2E+5]}]}],"x":{"y":[1,2.0]}}"#
        let originals = [PlanFile.encode(.everyFieldSet), Array(compact.utf8)]
        let damage: [UInt8] = Array(#""\,:{}[] n0123456789eE-+.utfl"#.utf8) + [0x09, 0x0A]
        var rng = SplitMix64(seed: 7)
        var accepted = 0, refusedAsSyntax = 0, refusedAsValue = 0
        for round in 0..<3000 {
            var bytes = originals[round % originals.count]
            for _ in 0..<rng.int(in: 1...2) {
                let at = rng.below(bytes.count)
                switch rng.below(3) {
                case 0: bytes[at] = rng.pick(damage)
                case 1: bytes.remove(at: at)
                default: bytes.insert(rng.pick(damage), at: at)
                }
            }
            guard UTF8Check.firstInvalidOffset(in: bytes) == nil else { continue }
            let shown = String(decoding: bytes, as: UTF8.self)
            switch read(bytes) {
            case .success(let plan):
                accepted += 1
                #expect(foundationAccepts(bytes), "accepted what is not JSON: \(shown)")
                #expect(try PlanFile.decode(PlanFile.encode(plan), path: "plan.json") == plan, "not read back: \(shown)")
            case .failure(.malformed(_, let line, let column, let detail, _)):
                refusedAsSyntax += 1
                #expect(!foundationAccepts(bytes) || detail.contains("trailing comma") || detail.contains("appears twice"),
                        "refused JSON as malformed: \(detail): \(shown)")
                #expect(line >= 1 && line <= shown.split(separator: "\n", omittingEmptySubsequences: false).count && column >= 1)
            case .failure(.invalidValue(_, let line, _, _, _)):
                refusedAsValue += 1
                #expect(foundationAccepts(bytes), "a wrong value reported in a file that is not JSON: \(shown)")
                #expect(line >= 1)
            case .failure:
                break
            }
        }
        #expect(accepted > 100 && refusedAsSyntax > 100 && refusedAsValue > 20,
                "too few of each outcome to tell anything: \(accepted), \(refusedAsSyntax), \(refusedAsValue)")
    }
}
