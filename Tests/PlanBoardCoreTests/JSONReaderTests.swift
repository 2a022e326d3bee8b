import Testing
@testable import PlanBoardCore

/// The tokenizer and grammar every plan file goes through: strict JSON, each syntax error placed
/// by line and column (in characters) and worded.
@Suite struct JSONReaderTests {
    /// The line, column and detail of the first syntax error in `text` read as any JSON value, or nil.
    func error(_ text: String) -> (line: Int, column: Int, detail: String)? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> (line: Int, column: Int, detail: String)? in
            var reader = JSONReader(buffer)
            do throws(FileProblem) {
                try reader.skipValue()
                try reader.finish()
                return nil
            } catch {
                let position = TextPosition(of: error.offset, in: buffer)
                return (position.line, position.column, error.detail)
            }
        }
    }

    /// `line:column` of the first error, or nil.
    func position(_ text: String) -> String? { error(text).map { "\($0.line):\($0.column)" } }

    /// `text` read as a kept value.
    func value(_ text: String) throws -> JSONValue {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer throws in
            var reader = JSONReader(buffer)
            let value = try reader.value()
            try reader.finish()
            return value
        }
    }

    @Test func acceptsWellFormedJSONOfEveryKind() {
        let texts = [
            #"{}"#, #"[]"#, #" {"a": [1, -2.5e+3, 0, true, false, null, "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"]} "#,
            #""just text""#, "42", "\n[\n {\"k\": {}}, []\n]\n", #"{"a": 1, "A": 2, "é": 3, "e\u0301": 4}"#,
        ]
        for text in texts { #expect(error(text) == nil, "\(text)") }
    }

    @Test func findsAMissingCommaAtTheNextField() {
        let found = error("{\n  \"a\": 1\n  \"b\": 2\n}")
        #expect(found?.line == 3)
        #expect(found?.column == 3)
        #expect(found?.detail.contains("comma") == true)
    }

    @Test func refusesATrailingCommaPointingAtTheComma() {
        #expect(position("{\"a\": [1, 2],\n}") == "1:13")
        #expect(error("{\"a\": [1, 2],\n}")?.detail == "a trailing comma before '}': remove this comma")
        #expect(position("[1, 2 ,  ]") == "1:7")
        #expect(error("[1, 2 ,  ]")?.detail == "a trailing comma before ']': remove this comma")
        #expect(position("[,]") == "1:2")
        #expect(position("{,}") == "1:2")
        #expect(error("[1,,2]")?.detail.hasPrefix("expected a value") == true)
    }

    @Test func refusesAKeyGivenTwiceNamingBothPlaces() {
        let text = "{\"schemaVersion\": 1,\n \"schemaVersion\": 2}"
        #expect(position(text) == "2:2")
        #expect(error(text)?.detail == "the field \"schemaVersion\" appears twice in this object (first at line 1, column 2); keep only one")
        // Escapes are undone before comparing; nested objects are checked too.
        #expect(position(#"{"x": {"a": 1, "b": {}, "\u0061": 2}}"#) == "1:25")
        #expect(position(#"[{"a": 1}, {"a": 2}]"#) == nil)
        // Keys are compared as written, not as Swift compares strings: é and e + accent differ.
        #expect(position(#"{"é": 1, "e\u0301": 2}"#) == nil)
        #expect(throws: FileProblem.self) { try value(#"{"k": [{"a": 1, "a": 1}]}"#) }
    }

    @Test func reportsTheEndOfATruncatedFile() {
        let found = error("{\n  \"a\": [1,\n")
        #expect(found.map { "\($0.line):\($0.column)" } == "3:1")
        #expect(found?.detail.contains("cut short") == true)
        #expect(error("{\"a\": tr")?.detail.contains("cut short") == true)
        #expect(error("{\"a\"")?.detail.contains("cut short") == true)
    }

    @Test func pointsAtTheOpeningQuoteOfTextThatIsNeverClosed() {
        let found = error(#"{"a": "never closed"#)
        #expect(found.map { "\($0.line):\($0.column)" } == "1:7")
        #expect(found?.detail.contains("never closed") == true)
    }

    @Test func explainsALineBreakInsideText() {
        let found = error("{\"a\": \"two\nlines\"}")
        #expect(found.map { "\($0.line):\($0.column)" } == "1:11")
        #expect(found?.detail.contains("\\n") == true)
    }

    @Test func explainsBareWordsSingleQuotesAndCurlyQuotes() {
        #expect(error(#"{"rag": purple}"#)?.detail == "purple is not a JSON value: text must be in double quotes")
        #expect(error(#"{"rag": truex}"#)?.detail == "truex is not a JSON value: text must be in double quotes")
        #expect(error(#"{"rag": 'red'}"#)?.detail.contains("single quotes") == true)
        #expect(error("{\"rag\": “red”}")?.detail.contains("curly quote") == true)
        #expect(error("{\"a\" 1}")?.detail == "expected ':' after the field name")
        #expect(error("{a: 1}")?.detail == "expected a field name in double quotes")
    }

    @Test func refusesBadEscapesAndLoneSurrogates() {
        #expect(error(#"["\q"]"#)?.column == 3)
        #expect(error(#"["\u12"]"#)?.detail.contains("four hex digits") == true)
        #expect(error(#"["\ud83d"]"#)?.detail.contains("second half") == true)
        #expect(error(#"["\ude00"]"#)?.detail.contains("first half") == true)
        #expect(error("[\"tab\there\"]")?.detail.contains("control character") == true)
    }

    @Test func refusesMalformedNumbersAndTrailingText() {
        #expect(error("[-]")?.column == 3)
        #expect(error("[1.]")?.column == 4)
        #expect(error("[1e]")?.column == 4)
        #expect(error("[01]")?.detail.contains("comma") == true)
        #expect(position("{} {}") == "1:4")
        #expect(error("{} {}")?.detail == "more text after the end of the JSON")
    }

    @Test func refusesNestingDeeperThanFoundationAllows() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(error(deep)?.detail.contains("nested") == true)
        let allowed = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(error(allowed) == nil)
    }

    @Test func countsColumnsInCharactersNotBytes() {
        // "é" and "中" are 2 and 3 bytes but one column each.
        #expect(position("[\"é中\" x]") == "1:7")
    }

    @Test func keepsAValueWholeWithNumbersAsWritten() throws {
        let kept = try value(#"{"b": [1.50, -0, 2E+3, true, null, "x\u00e9"], "a": {"z": false}}"#)
        guard case .object(let fields) = kept else {
            Issue.record("not an object: \(kept)")
            return
        }
        #expect(fields.names == ["a", "b"])
        #expect(fields["b"] == .list([.number("1.50"), .number("-0"), .number("2E+3"), .bool(true), .null, .text("xé")]))
    }

    @Test func locatesTheValueAtAPath() {
        let text = """
            {
              "title": "T",
              "outcomes": [
                {"id": "o1", "actions": []},
                {"id": "o2", "actions": [
                  {"ref": "1", "rag": "red"},
                  {"ref": "2", "n\\u0061me": "x", "rag": "purple"}
                ]}
              ]
            }
            """
        let bytes = Array(text.utf8)
        func at(_ steps: [JSONPath.Step]) -> String {
            bytes.withUnsafeBufferPointer { buffer in
                let position = TextPosition(of: JSONPath.offset(of: steps, in: buffer), in: buffer)
                return "\(position.line):\(position.column)"
            }
        }
        #expect(at([.key("outcomes"), .index(1), .key("actions"), .index(1), .key("rag")]) == "7:45")
        #expect(at([.key("outcomes"), .index(1), .key("actions"), .index(1), .key("name")]) == "7:33")
        // The deepest part of a path that exists, and the document itself for no steps.
        #expect(at([.key("outcomes"), .index(0), .key("title")]) == "4:5")
        #expect(at([]) == "1:1")
        #expect(JSONPath.text([.key("outcomes"), .index(1), .key("actions"), .index(3), .key("rag")]) == "outcomes[1].actions[3].rag")
    }

    /// Text is scanned eight bytes at a time: a quote, backslash or control character at any place
    /// in the eight, after runs of any length of ASCII or multi-byte characters, is still found.
    @Test func findsTheEndOfTextAndEveryBadCharacterWhereverItFallsInTheScan() throws {
        for filler in ["a", "é", "中", "😀"] {
            for length in 0..<20 {
                let run = String(repeating: filler, count: length)
                #expect(try value("[\"\(run)\", \"\(run)x\"]") == .list([.text(run), .text(run + "x")]))
                #expect(try value("\"\(run)\\n\(run)\"") == .text(run + "\n" + run))
                #expect(try value("\"\(run)\\\"\"") == .text(run + "\""))
                let column = 2 + length
                for control in ["\t", "\u{1}", "\u{1F}"] {
                    let found = error("\"\(run)\(control)\(run)\"")
                    #expect(found?.column == column, "\(filler) × \(length)")
                    #expect(found?.detail.contains("control character") == true)
                }
                #expect(error("\"\(run)\n\"")?.detail.contains("line break inside text") == true)
                #expect(position("\"\(run)") == "1:1", "never closed")
            }
        }
        let spaces = (0..<20).map { String(repeating: " ", count: $0) }
        for indent in spaces {
            #expect(try value("[\(indent)1,\(indent)\"a\"\(indent)]\(indent)") == .list([.number("1"), .text("a")]))
        }
    }

    /// The eight-byte tests find exactly the first byte they look for, for every byte value at every
    /// place, after any earlier bytes that are not looked for (ASCII or not).
    @Test func theEightByteTestsFindTheFirstByteTheyLookFor() {
        let isTextEnd: (UInt8) -> Bool = { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }
        let isNesting: (UInt8) -> Bool = { [0x22, 0x5B, 0x5D, 0x7B, 0x7D].contains($0) }
        for filler in [UInt8(ascii: "a"), 0x20, 0xC3, 0xFF, 0x7A] {
            for place in 0..<8 {
                for value in UInt8.min...UInt8.max {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[place] = value
                    for later in (place + 1)..<9 where later < 8 { bytes[later] = later % 2 == 0 ? 0x22 : 0x00 }
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    let textEnd = JSONTokenizer.textEndMask(word)
                    let nesting = JSONTokenizer.nestingMask(word)
                    let expectedTextEnd = bytes.firstIndex(where: isTextEnd) ?? 8
                    let expectedNesting = bytes.firstIndex(where: isNesting) ?? 8
                    #expect(textEnd.trailingZeroBitCount >> 3 == expectedTextEnd, "\(bytes)")
                    #expect(nesting.trailingZeroBitCount >> 3 == expectedNesting, "\(bytes)")
                }
            }
        }
    }
}
