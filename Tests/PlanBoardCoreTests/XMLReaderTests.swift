import Testing
@testable import PlanBoardCore

@Suite("XMLReader")
struct XMLReaderTests {
    func parse(_ text: String) throws(XMLError) -> XMLElement { try XMLReader.parse(Array(text.utf8)) }

    @Test func readsElementsByLocalNameWithAttributesAndText() throws {
        let root = try parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <w:document xmlns:w="urn:w"><w:body><w:p w:rsid="1"><w:r><w:t xml:space="preserve"> a b </w:t></w:r></w:p></w:body></w:document>
            """)
        #expect(root.name == "document")
        let t = try #require(root.descendants("t").first)
        #expect(t.text == " a b ")
        #expect(t.attribute("space") == "preserve")
        #expect(root.child("body", "p")?.attribute("rsid") == "1")
        #expect(root.attribute("xmlns:w") == "urn:w")
    }

    @Test func decodesEntitiesCharacterReferencesAndCDATA() throws {
        let root = try parse("<a q=\"&quot;x&quot; &amp; y\">&lt;b&gt; &#233;&#x2019; <![CDATA[<raw> & more]]></a>")
        #expect(root.attribute("q") == "\"x\" & y")
        #expect(root.text == "<b> é’ <raw> & more")
    }

    @Test func dropsSpaceBetweenElementsButKeepsItInText() throws {
        let root = try parse("<a>\n  <b> </b>\n  <c>x</c>\n</a>")
        #expect(root.children.count == 2)
        #expect(root.child("b")?.text == " ")
    }

    @Test func skipsCommentsAndProcessingInstructions() throws {
        let root = try parse("<?xml version=\"1.0\"?><!-- note --><a><?pi x?>b<!-- c -->d</a>")
        #expect(root.text == "bd")
    }

    @Test func readsUTF16WithAByteOrderMark() throws {
        let text = "<a>Gàidhlig</a>"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try XMLReader.parse(bytes).text == "Gàidhlig")
    }

    @Test func refusesADoctypeSoNoEntityCanExpand() {
        #expect(throws: XMLError.self) { try parse("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>") }
    }

    @Test func givesTheLineAndColumnOfAMismatchedTag() throws {
        do {
            _ = try parse("<a>\n  <b></c>\n</a>")
            Issue.record("a mismatched tag was accepted")
        } catch {
            #expect(error.line == 2)
            #expect(error.column == 6)
            #expect(error.problem.contains("</c> closes <b>"))
        }
    }

    @Test func refusesUnclosedElementsUnknownEntitiesAndTextOutsideTheRoot() {
        #expect(throws: XMLError.self) { try parse("<a><b></b>") }
        #expect(throws: XMLError.self) { try parse("<a>&nbsp;</a>") }
        #expect(throws: XMLError.self) { try parse("<a/>trailing") }
        #expect(throws: XMLError.self) { try parse("<a/><b/>") }
    }

    @Test func refusesNestingDeeperThanTheLimit() throws {
        let deep = String(repeating: "<x>", count: XMLReader.maxDepth + 1) + String(repeating: "</x>", count: XMLReader.maxDepth + 1)
        #expect(throws: XMLError.self) { try parse(deep) }
        let fine = String(repeating: "<x>", count: 100) + String(repeating: "</x>", count: 100)
        #expect(try parse(fine).name == "x")
    }

    @Test func escapesTextForWritingAndDropsControlCharacters() {
        #expect(XMLEscape.text("a < b & \"c\" > d\u{07}\n") == "a &lt; b &amp; &quot;c&quot; &gt; d\n")
    }
}
