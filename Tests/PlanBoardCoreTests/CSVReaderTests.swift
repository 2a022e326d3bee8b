import Testing
@testable import PlanBoardCore

@Suite("CSVReader")
struct CSVReaderTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let rows: [[String]]
        var description: String { name }
    }

    static let tricky: [Case] = [
        Case(name: "plain", bytes: Array("a,b\n1,2\n".utf8), rows: [["a", "b"], ["1", "2"]]),
        Case(name: "no final newline", bytes: Array("a,b\n1,2".utf8), rows: [["a", "b"], ["1", "2"]]),
        Case(name: "CRLF", bytes: Array("a,b\r\n1,2\r\n".utf8), rows: [["a", "b"], ["1", "2"]]),
        Case(name: "old Mac CR", bytes: Array("a,b\r1,2\r".utf8), rows: [["a", "b"], ["1", "2"]]),
        Case(name: "comma in quotes", bytes: Array("a,b\n\"x, y\",2\n".utf8), rows: [["a", "b"], ["x, y", "2"]]),
        Case(name: "doubled quotes", bytes: Array("a\n\"say \"\"hi\"\"\"\n".utf8), rows: [["a"], ["say \"hi\""]]),
        Case(name: "newline in quotes", bytes: Array("a,b\n\"line 1\nline 2\",2\n".utf8),
             rows: [["a", "b"], ["line 1\nline 2", "2"]]),
        Case(name: "CRLF in quotes", bytes: Array("a,b\r\n\"one\r\ntwo\",2\r\n".utf8),
             rows: [["a", "b"], ["one\r\ntwo", "2"]]),
        Case(name: "UTF-8 BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("Ref,Action\n1.1,Café £5 – ok\n".utf8),
             rows: [["Ref", "Action"], ["1.1", "Café £5 – ok"]]),
        Case(name: "tab separated", bytes: Array("Ref\tAction\n1.1\tDo a, b\n".utf8),
             rows: [["Ref", "Action"], ["1.1", "Do a, b"]]),
        Case(name: "semicolon separated", bytes: Array("Ref;Action;Lead\n1,5;Do;CC\n".utf8),
             rows: [["Ref", "Action", "Lead"], ["1,5", "Do", "CC"]]),
        Case(name: "ragged rows", bytes: Array("a,b,c\n1\n1,2,3,4\n".utf8),
             rows: [["a", "b", "c"], ["1"], ["1", "2", "3", "4"]]),
        Case(name: "empty cells", bytes: Array("a,,c\n,,\n".utf8), rows: [["a", "", "c"], ["", "", ""]]),
        Case(name: "stray quote in unquoted cell kept", bytes: Array("a\n5\" screen\n".utf8), rows: [["a"], ["5\" screen"]]),
        Case(name: "space after closing quote", bytes: Array("\"a\" ,b\n".utf8), rows: [["a", "b"]]),
        Case(name: "Windows-1252 converted", bytes: Array("Action,Lead\n".utf8) + [0x43, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0xA3, 0x35, 0x2C, 0x93, 0x43, 0x43, 0x94, 0x0A],
             rows: [["Action", "Lead"], ["Café – £5", "“CC”"]]),
        Case(name: "UTF-16 with BOM", bytes: [0xFF, 0xFE] + Array("a\tb\n1\té\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
             rows: [["a", "b"], ["1", "é"]]),
    ]

    @Test("reads tricky spreadsheet output", arguments: tricky)
    func readsTrickyInput(_ c: Case) throws {
        let table = try CSVReader.read(c.bytes)
        #expect(table.rows == c.rows)
    }

    @Test func reportsTheEncodingItFound() throws {
        #expect(try CSVReader.read(Array("a\n".utf8)).encoding == .utf8)
        #expect(try CSVReader.read([0xEF, 0xBB, 0xBF, 0x61]).encoding == .utf8WithBOM)
        #expect(try CSVReader.read([0x43, 0x61, 0x66, 0xE9]).encoding == .windows1252)
        #expect(try CSVReader.read(Array("a\tb\n".utf8)).separator == "\t")
    }

    @Test func refusesAnEmptyFile() {
        #expect(throws: CSVError.empty) { try CSVReader.read([]) }
        #expect(throws: CSVError.empty) { try CSVReader.read([0xEF, 0xBB, 0xBF]) }
        #expect(throws: CSVError.empty) { try CSVReader.read(Array("\r\n\n  \n".utf8)) }
        #expect(throws: CSVError.empty) { try CSVReader.read(Array(",,\n,,\n".utf8)) }
    }

    @Test func refusesBinaryJunk() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        #expect(throws: CSVError.binary(byteOffset: 6)) { try CSVReader.read(png) }
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]
        #expect(throws: CSVError.binary(byteOffset: 2)) { try CSVReader.read(zip) }
    }

    @Test func refusesBytesThatAreNeitherUTF8NorWindows1252() {
        // 0x81 is undefined in Windows-1252, so converting would be a guess.
        let bytes: [UInt8] = Array("a,b\n".utf8) + [0x81, 0x41]
        #expect(throws: CSVError.notUTF8(byteOffset: 4)) { try CSVReader.read(bytes) }
        // A file that declares UTF-8 with a BOM and then breaks it is refused, not converted.
        #expect(throws: CSVError.notUTF8(byteOffset: 5)) { try CSVReader.read([0xEF, 0xBB, 0xBF, 0x61, 0x2C, 0xE9]) }
    }

    @Test func refusalsSayHowToResave() {
        #expect(CSVError.notUTF8(byteOffset: 0).description.contains("CSV UTF-8"))
        #expect(CSVError.binary(byteOffset: 0).description.contains("Save As"))
    }

    @Test func anUnclosedQuoteNamesRowColumnAndLine() {
        let text = "Ref,Action\n1.1,ok\n1.2,\"never\nclosed\n"
        #expect(throws: CSVError.unterminatedQuote(row: 3, column: 2, line: 3)) { try CSVReader.read(text: text) }
    }

    @Test func textAfterAClosingQuoteNamesRowAndColumn() {
        let text = "Ref,Action\n\"a\nb\",\"x\"y\n"
        #expect(throws: CSVError.textAfterClosingQuote(row: 2, column: 2, line: 3)) { try CSVReader.read(text: text) }
        #expect(CSVError.textAfterClosingQuote(row: 2, column: 2, line: 3).description.contains("row 2, column 2"))
    }

    @Test func aSeparatorInsideQuotesInTheHeaderDoesNotChangeDetection() throws {
        let table = try CSVReader.read(text: "\"a\tb\",c\n1,2\n")
        #expect(table.separator == ",")
        #expect(table.rows[0] == ["a\tb", "c"])
    }
}
