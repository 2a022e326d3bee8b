import Testing
@testable import PlanBoardCore

@Suite struct JSONSyntaxScannerTests {
    func scanner(_ text: String) -> JSONSyntaxScanner { JSONSyntaxScanner(Array(text.utf8)) }

    /// The line, column and detail of the first error, or nil.
    func error(_ text: String) -> (line: Int, column: Int, detail: String)? {
        scanner(text).firstError().map { ($0.location.line, $0.location.column, $0.detail) }
    }

    /// `line:column` of the first error, or nil.
    func position(_ text: String) -> String? { error(text).map { "\($0.line):\($0.column)" } }

    @Test func acceptsWellFormedJSONOfEveryKind() {
        let texts = [
            #"{}"#, #"[]"#, #" {"a": [1, -2.5e+3, 0, true, false, null, "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"]} "#,
            #""just text""#, "42", "\n[\n {\"k\": {}}, []\n]\n",
        ]
        for text in texts { #expect(error(text) == nil, "\(text)") }
    }

    @Test func findsAMissingCommaAtTheNextField() {
        let found = error("{\n  \"a\": 1\n  \"b\": 2\n}")
        #expect(found?.line == 3)
        #expect(found?.column == 3)
        #expect(found?.detail.contains("comma") == true)
    }

    @Test func findsATrailingCommaInObjectsAndLists() {
        #expect(error("{\"a\": 1,\n}")?.line == 2)
        #expect(error("{\"a\": 1,\n}")?.detail.contains("remove the comma") == true)
        #expect(position("[1, 2, ]") == "1:8")
        #expect(error("[1, 2, ]")?.detail.contains("remove the comma") == true)
    }

    @Test func reportsTheEndOfATruncatedFile() {
        let found = error("{\n  \"a\": [1,\n")
        #expect(found.map { "\($0.line):\($0.column)" } == "3:1")
        #expect(found?.detail.contains("cut short") == true)
        #expect(error("{\"a\": tr")?.detail.contains("cut short") == true)
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
        #expect(error(#"{"rag": 'red'}"#)?.detail.contains("single quotes") == true)
        #expect(error("{\"rag\": “red”}")?.detail.contains("curly quote") == true)
    }

    @Test func refusesBadEscapesAndLoneSurrogates() {
        #expect(error(#"["\q"]"#)?.column == 3)
        #expect(error(#"["\u12"]"#)?.detail.contains("four hex digits") == true)
        #expect(error(#"["\ud83d"]"#)?.detail.contains("second half") == true)
        #expect(error(#"["\ude00"]"#)?.detail.contains("first half") == true)
    }

    @Test func refusesMalformedNumbersAndTrailingText() {
        #expect(error("[-]")?.column == 3)
        #expect(error("[1.]")?.column == 4)
        #expect(error("[1e]")?.column == 4)
        #expect(position("{} {}") == "1:4")
        #expect(error("{} {}")?.detail == "more text after the end of the JSON")
    }

    @Test func refusesNestingDeeperThanFoundationAllows() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(error(deep)?.detail.contains("nested") == true)
    }

    @Test func countsColumnsInCharactersNotBytes() {
        // "é" and "中" are 2 and 3 bytes but one column each.
        #expect(position("[\"é中\" x]") == "1:7")
    }

    @Test func locatesTheValueAtACodingPath() {
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
        let s = scanner(text)
        let rag = s.location(of: [.key("outcomes"), .index(1), .key("actions"), .index(1), .key("rag")])
        #expect((rag.line, rag.column) == (7, 45))
        #expect(s.snippet(at: rag.offset) == "\"purple\"")
        #expect(s.kind(at: rag.offset) == .text)
        let escapedKey = s.location(of: [.key("outcomes"), .index(1), .key("actions"), .index(1), .key("name")])
        #expect((escapedKey.line, escapedKey.column) == (7, 33))
    }

    @Test func locatesTheDeepestPartOfAPathThatExists() {
        let s = scanner("{\n \"outcomes\": [\n  {\"id\": 1}\n ]\n}")
        let missing = s.location(of: [.key("outcomes"), .index(0), .key("title")])
        #expect((missing.line, missing.column) == (3, 3))
        let root = s.location(of: [])
        #expect((root.line, root.column) == (1, 1))
    }
}
