import Testing
@testable import PlanBoardCore

/// The fast reader must read every file it accepts exactly as `JSONDecoder` does, and give way to
/// `JSONDecoder` (and its worded errors) on everything else.
@Suite struct PlanJSONReaderTests {
    /// What `JSONDecoder` makes of `bytes`: the plan, or the error `PlanFile` words from it.
    func reference(_ bytes: [UInt8]) -> Result<Plan, StoreError> {
        Result { () throws(StoreError) in try PlanFile.decodeWithFoundation(bytes, path: "plan.json") }
    }

    func throughPlanFile(_ bytes: [UInt8]) -> Result<Plan, StoreError> {
        Result { () throws(StoreError) in try PlanFile.decode(bytes, path: "plan.json") }
    }

    /// The fast reader accepts `json` and reads the very plan `JSONDecoder` reads, to the byte.
    func expectSamePlan(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectSamePlan(Array(json.utf8), sourceLocation: sourceLocation)
    }

    func expectSamePlan(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let fast = PlanJSONReader.plan(from: bytes)
        #expect(fast != nil, "the fast reader gave up", sourceLocation: sourceLocation)
        guard let fast else { return }
        switch reference(bytes) {
        case .success(let plan):
            #expect(fast == plan, sourceLocation: sourceLocation)
            // Plan's == compares text by canonical equivalence; the file's bytes show any difference.
            let sameBytes = PlanFile.encode(fast) == PlanFile.encode(plan)
            #expect(sameBytes, "the plans are equal but their text differs byte by byte", sourceLocation: sourceLocation)
        case .failure(let error):
            Issue.record("the fast reader accepted what JSONDecoder refuses: \(error)", sourceLocation: sourceLocation)
        }
    }

    /// The fast reader gives up on `json`, and `PlanFile.decode` then gives `JSONDecoder`'s result.
    func expectFallback(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(json.utf8)
        #expect(PlanJSONReader.plan(from: bytes) == nil, "the fast reader accepted it", sourceLocation: sourceLocation)
        #expect(throughPlanFile(bytes) == reference(bytes), sourceLocation: sourceLocation)
    }

    func document(action: String = #""id": "a1", "ref": "1.1", "text": "Do it""#, extra: String = "") -> String {
        #"{"schemaVersion": 1, "title": "T", "outcomes": [{"id": "o1", "title": "O", "actions": [{\#(action)}]}]\#(extra)}"#
    }

    @Test func readsTheExamplePlanAsJSONDecoderDoes() {
        expectSamePlan(PlanFile.encode(ExamplePlan.make()))
    }

    @Test func readsAPlanWithEveryFieldSetAsJSONDecoderDoes() {
        expectSamePlan(PlanFile.encode(.everyFieldSet))
    }

    @Test(arguments: [(1, 120, 8), (2, 400, 3), (7, 999, 12), (2026, 50, 1)] as [(UInt64, Int, Int)])
    func readsGeneratedPlansAsJSONDecoderDoes(seed: UInt64, actions: Int, outcomes: Int) {
        let plan = PlanGenerator.make(actions: actions, outcomes: outcomes, seed: seed)
        expectSamePlan(PlanFile.encode(plan))
        #expect(PlanJSONReader.plan(from: PlanFile.encode(plan)) == plan)
    }

    @Test func undoesEveryEscapeAndJoinsSurrogatePairs() throws {
        let text = #"q\" b\\ s\/ \b\f\n\r\t e\u00e9 E\u00C9 euro\u20ac nul\u0000 smile\uD83D\uDE00 cjk\u4E2D\u6587"#
        expectSamePlan(document(action: #""id": "a\u0031", "ref": "1.1", "text": "\#(text)""#))
        let plan = try #require(PlanJSONReader.plan(from: Array(document(action: #""id": "a1", "ref": "1", "text": "\#(text)""#).utf8)))
        #expect(plan.outcomes[0].actions[0].text
            == "q\" b\\ s/ \u{8}\u{C}\n\r\t eé EÉ euro€ nul\u{0} smile😀 cjk中文")
    }

    @Test func matchesKeysWrittenWithEscapes() throws {
        expectSamePlan(#"{"schema\u0056ersion": 1, "t\u0069tle": "T", "\u006fwner": "O\u0301"}"#)
        let plan = try #require(PlanJSONReader.plan(from: Array(#"{"schemaVersion": 1, "ti\u0074le": "T"}"#.utf8)))
        #expect(plan.title == "T")
    }

    @Test func keepsUnicodeTextByteForByte() {
        // Precomposed and combining forms compare equal as Strings; expectSamePlan also compares bytes.
        expectSamePlan(document(action: #""id": "a1", "ref": "1.1", "text": "Zoë Zoe\#u{301} café 中文 😀 👩‍👩‍👧 £40k – “quoted” \#u{2028}""#))
        expectSamePlan(#"{"schemaVersion": 1, "title": "Nkechi Adébáyọ̀ \#u{7F}", "period": "2025–2028"}"#)
    }

    @Test func givesMissingAndNullOptionalFieldsTheModelsDefaults() throws {
        let minimal = #"{"schemaVersion": 1, "title": "T"}"#
        expectSamePlan(minimal)
        let nulls = #"""
            {"schemaVersion": 1, "title": "T", "period": null, "owner": null, "leads": null, "meetings": null,
             "outcomes": [{"id": "o1", "title": "O", "number": null, "description": null, "actions": [
               {"id": "a1", "ref": "1", "text": "x", "area": null, "leads": null, "deadline": null, "measure": null,
                "progress": null, "rag": null, "status": null, "statusText": null, "notes": null, "history": null, "removal": null},
               {"id": "a2", "ref": "2", "text": "y",
                "notes": [{"at": "2026-11-23T14:02:05Z", "text": "n", "meeting": null}],
                "history": [{"at": "2026-11-23T14:02:05Z", "field": "rag", "from": "Red", "to": "Green", "reason": null, "meeting": null}]}
             ]}, {"id": "o2", "title": "Empty"}]}
            """#
        expectSamePlan(nulls)
        let plan = try #require(PlanJSONReader.plan(from: Array(nulls.utf8)))
        let action = plan.outcomes[0].actions[0]
        #expect(action == Action(id: "a1", ref: "1", text: "x"))
        #expect(plan.outcomes[1].actions.isEmpty)
        expectSamePlan(#"""
            {"schemaVersion": 1, "title": "T", "leads": [{"initials": "CC"}, {"initials": "GP", "name": null, "organisation": null}],
             "meetings": [{"id": "m1", "date": "2026-11-23", "startedAt": "2026-11-23T14:00:00Z"},
                          {"id": "m2", "title": null, "date": "2026-11-24", "attendees": null, "apologies": null,
                           "startedAt": "2026-11-24", "endedAt": null}]}
            """#)
    }

    @Test func ignoresUnknownKeysAtEveryLevel() {
        let unknown = #""x-note": {"nested": [1, -2.5e3, true, false, null, {"deep": [[[]]]}], "": ""}, "tags": [], "y": {}"#
        expectSamePlan(#"""
            {\#(unknown), "schemaVersion": 1, "title": "T", \#(unknown),
             "leads": [{"initials": "CC", \#(unknown)}],
             "meetings": [{"id": "m1", "date": "2026-11-23", "startedAt": "2026-11-23T14:00:00Z", \#(unknown)}],
             "outcomes": [{\#(unknown), "id": "o1", "title": "O", "actions": [{"id": "a1", "ref": "1", "text": "x", \#(unknown),
               "notes": [{"at": "2026-11-23T14:02:05Z", "text": "n", \#(unknown)}],
               "history": [{"at": "2026-11-23T14:02:05Z", "field": "rag", "from": "Red", "to": "Green", \#(unknown)}],
               "removal": {"at": "2026-11-23T14:02:05Z", "reason": "moved", \#(unknown)}}]}]}
            """#)
        // A key the model uses elsewhere is unknown here (an action has no "title"), and ignored.
        expectSamePlan(document(action: #""id": "a1", "ref": "1.1", "text": "x", "title": 5, "schemaVersion": "no""#))
    }

    @Test(arguments: ["0", "-0", "12", "-0.0", "1.5", "1e5", "1E+5", "-2.5e-3", "0.000001", "123456789012345678901234567890",
                      "1e400", "-1.7976931348623157e309"])
    func skipsNumbersInAnyValidFormUnderUnknownKeys(number: String) {
        expectSamePlan(document(extra: #", "count": \#(number), "list": [\#(number), \#(number)]"#))
    }

    @Test(arguments: ["1.0", "1e0", "10e-1", "1E0", "0.1e1", "2", "0", "-1", "99999999999999999999", "\"1\"", "null", "true"])
    func leavesAnyOtherSchemaVersionToJSONDecoder(version: String) {
        expectFallback(#"{"schemaVersion": \#(version), "title": "T"}"#)
    }

    @Test func acceptsAnyJSONWhitespace() {
        let plan = #"{"schemaVersion":1,"title":"T","outcomes":[{"id":"o1","title":"O","actions":[{"id":"a1","ref":"1","text":"x","leads":["A","B"]}]}]}"#
        expectSamePlan(plan)
        let spaced = plan.map { [",", ":", "[", "]", "{", "}"].contains($0) ? " \t\r\n\($0)\n\r\t " : String($0) }.joined()
        expectSamePlan(" \n\t\r" + spaced + "\r\n\t ")
    }

    @Test func readsNonCanonicalTimestampsThroughTheModel() {
        expectSamePlan(document(action: #""id": "a1", "ref": "1", "text": "x", "removal": {"at": "2026-11-23", "reason": "r"}"#))
        expectSamePlan(document(action: #""id": "a1", "ref": "1", "text": "x", "removal": {"at": "2024-02-29T23:59:60Z", "reason": "r"}"#))
        expectFallback(document(action: #""id": "a1", "ref": "1", "text": "x", "removal": {"at": "2026-11-23T24:00:00Z", "reason": "r"}"#))
        expectFallback(document(action: #""id": "a1", "ref": "1", "text": "x", "removal": {"at": "2023-02-29T10:00:00Z", "reason": "r"}"#))
    }

    @Test(arguments: [
        #""id": "a1", "ref": "1", "text": "x", "rag": "purple""#,
        #""id": "a1", "ref": "1", "text": "x", "status": "Done""#,
        #""id": "a1", "ref": "1", "text": "x", "history": [{"at": "2026-11-23T14:02:05Z", "field": "colour", "from": "", "to": ""}]"#,
        #""id": "a1", "ref": "1""#,
        #""id": "a1", "ref": "1", "text": null"#,
        #""id": "a1", "ref": 1, "text": "x""#,
        #""id": "a1", "ref": "1", "text": "x", "leads": "CC""#,
        #""id": "a1", "ref": "1", "text": "x", "leads": ["CC", null]"#,
        #""id": "a1", "ref": "1", "text": "x", "rag": "red", "rag": "green""#,
        #""id": "a1", "ref": "1", "text": "x", "leads": ["CC",]"#,
        #""id": "a1", "ref": "1", "text": "x","#,
        #""id": "a1", "ref": "1", "text": "lone \uD83D half""#,
        #""id": "a1", "ref": "1", "text": "low \uDE00 half""#,
        #""id": "a1", "ref": "1", "text": "bad \x escape""#,
        "\"id\": \"a1\", \"ref\": \"1\", \"text\": \"raw\ttab\"",
        #""id": "a1", "ref": "1", "text": "x", "café": 1"#,
        #""id": "a1", "ref": "1", "text": "x", "n": 01"#,
        #""id": "a1", "ref": "1", "text": "x", "n": 1."#,
        #""id": "a1", "ref": "1", "text": "x", "n": tru"#,
        #""id": "a1", "ref": "1", "text": "x", "removal": {"at": "2026-11-23T14:02:05Z"}"#,
    ])
    func leavesWhatItDoesNotAcceptToJSONDecoder(action: String) {
        expectFallback(document(action: action))
    }

    @Test func leavesBrokenDocumentsToJSONDecoder() {
        expectFallback(#"{"title": "T"}"#)
        expectFallback(#"{"schemaVersion": 3, "title": "T"}"#)
        expectFallback(#"{"schemaVersion": 1}"#)
        expectFallback(#"{"schemaVersion": 1, "title": "T"} {}"#)
        expectFallback(#"{"schemaVersion": 1, "title": "T""#)
        expectFallback(#"[1, 2]"#)
        expectFallback(#"{"schemaVersion": 1, "title": "T", "meetings": [{"id": "m1", "date": "2026-13-01", "startedAt": "2026-11-23"}]}"#)
        expectFallback(#"{"schemaVersion": 1, "title": "T", "deep": "# + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "}")
    }

    /// Thousands of small damages to real files: whatever the fast reader still accepts,
    /// `JSONDecoder` must read as the very same plan.
    @Test func neverAcceptsADamagedFileDifferentlyFromJSONDecoder() {
        let compact = #"{"schemaVersion":1,"title":"T\u00e9","outcomes":[{"id":"o1","title":"O","actions":[{"id":"a1","ref":"1","text":"x\n","rag":"red","leads":["CC"],"removal":{"at":"2026-11-23T14:02:05Z","reason":"r"},"n":-1.5e3,"k":[true,null,0,10,-0.25,2E+5]}]}],"x":{"y":[1,2.0]}}"#
        let originals = [PlanFile.encode(.everyFieldSet), Array(compact.utf8)]
        let damage: [UInt8] = Array(#""\,:{}[] n0123456789eE-+.utfl"#.utf8) + [0x09, 0x0A]
        var rng = SplitMix64(seed: 7)
        var accepted = 0
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
            guard UTF8Check.firstInvalidOffset(in: bytes) == nil, let fast = PlanJSONReader.plan(from: bytes) else { continue }
            accepted += 1
            guard case .success(let plan) = reference(bytes) else {
                Issue.record("accepted what JSONDecoder refuses: \(String(decoding: bytes, as: UTF8.self))")
                continue
            }
            #expect(fast == plan && PlanFile.encode(fast) == PlanFile.encode(plan),
                    "read differently: \(String(decoding: bytes, as: UTF8.self))")
        }
        #expect(accepted > 100, "too few damaged files were still readable to tell anything")
    }

    @Test func aBadFileStillGetsTheWordedErrorWithLineAndColumn() {
        let json = "{\n  \"schemaVersion\": 1,\n  \"title\": \"x\"\n  \"period\": \"y\"\n}\n"
        guard case .failure(.malformed(_, 4, 3, let detail)) = throughPlanFile(Array(json.utf8)) else {
            Issue.record("expected .malformed at line 4, column 3")
            return
        }
        #expect(detail.contains("comma"))
        let purple = document(action: #""id": "a1", "ref": "1", "text": "x", "rag": "purple""#)
        let column = purple.split(separator: "\"purple\"")[0].count + 1
        #expect(throughPlanFile(Array(purple.utf8)) == .failure(.invalidValue(
            path: "plan.json", line: 1, column: column, field: "outcomes[0].actions[0].rag",
            detail: "\"purple\" is not a RAG rating (red, amber, green, blue or unrated)")))
    }
}
