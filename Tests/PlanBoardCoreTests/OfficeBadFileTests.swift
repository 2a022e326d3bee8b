import Foundation
import Testing
@testable import PlanBoardCore

/// Every file planboard cannot read as a plan is refused with what to do, and nothing written.
@Suite("Office import: bad files")
struct OfficeBadFileTests {
    @Test func anOldWordDocumentSaysSaveAsDocx() throws {
        let error = try #require(try OfficeFixtures.error("carers-plan.doc"))
        #expect(error == .oldWordDocument)
        #expect(error.description.contains("Save As > Word Document (.docx)"))
    }

    @Test func anOldExcelWorkbookSaysSaveAsXlsx() throws {
        let error = try #require(try OfficeFixtures.error("carers-plan.xls"))
        #expect(error == .oldExcelWorkbook)
        #expect(error.description.contains("Save As > Excel Workbook (.xlsx)"))
    }

    @Test func aPasswordProtectedFileSaysRemoveThePassword() throws {
        let error = try #require(try OfficeFixtures.error("password.docx"))
        #expect(error == .passwordProtected)
        #expect(error.description.contains("remove the password"))
        #expect(try OfficeFixtures.error("encrypted-entry.docx") == .passwordProtected)
    }

    @Test func aFileThatIsNotAZipSaysWhatItShouldBe() throws {
        let error = try #require(try OfficeFixtures.error("not-a-zip.docx"))
        #expect(error == .notAZip(expected: .word))
        #expect(error.description.contains("this is not a .docx file"))
    }

    @Test func anOpenDocumentFileSaysSaveAsDocx() throws {
        #expect(try OfficeFixtures.error("carers-plan.odt") == .openDocument(.word))
    }

    @Test func zipBombsAreRefusedBeforeUnpacking() throws {
        for name in ["zip-bomb.docx", "huge-size.docx"] {
            let error = try #require(try OfficeFixtures.error(name))
            guard case .archive(let zip) = error else { Issue.record("\(name): \(error)"); continue }
            switch zip {
            case .ratioTooHigh, .entryTooLarge: break
            default: Issue.record("\(name): \(zip)")
            }
            #expect(error.description.contains("it was not unpacked"))
            #expect(error.description.contains("Word and Excel do not write files like this"))
        }
    }

    @Test func aDamagedArchiveSaysSaveItAgain() throws {
        #expect(try OfficeFixtures.error("lying-size.docx") == .archive(.sizeMismatch(entry: "word/document.xml")))
        let truncated = try #require(try OfficeFixtures.error("truncated.docx"))
        #expect(truncated == .archive(.notAZip))
        #expect(truncated.description.contains("save it again"))
    }

    @Test func aZipThatIsNotAnOfficeFileIsNamed() throws {
        var zip = ZipWriter()
        zip.add("notes.txt", Array("hello".utf8))
        #expect(throws: OfficeError.notWordOrExcel("it holds no office document")) {
            try OfficeImporter.read(zip.bytes(), expected: .excel)
        }
    }

    @Test func aBinaryWorkbookSaysSaveAsXlsx() throws {
        var zip = ZipWriter()
        zip.add("_rels/.rels", Array(("<Relationships><Relationship Id=\"r1\" Type=\"http://x/officeDocument\" "
            + "Target=\"xl/workbook.bin\"/></Relationships>").utf8))
        zip.add("xl/workbook.bin", [0x83, 0x01, 0x00])
        do {
            _ = try OfficeImporter.read(zip.bytes(), expected: .excel)
            Issue.record("a binary workbook was read")
        } catch {
            #expect(error.description.contains("an Excel binary workbook (.xlsb)"))
            #expect(error.description.contains("Excel Workbook (.xlsx)"))
        }
    }

    @Test func malformedXMLNamesThePartAndLine() throws {
        var zip = ZipWriter()
        zip.add("_rels/.rels", Array(("<Relationships><Relationship Id=\"r1\" Type=\"http://x/officeDocument\" "
            + "Target=\"word/document.xml\"/></Relationships>").utf8))
        zip.add("word/document.xml", Array("<w:document>\n<w:body><w:p></w:body></w:document>".utf8))
        do {
            _ = try OfficeImporter.read(zip.bytes(), expected: .word)
            Issue.record("malformed XML was read")
        } catch {
            guard case .xml(let part, let xmlError) = error else { Issue.record("\(error)"); return }
            #expect(part == "word/document.xml")
            #expect(xmlError.line == 2)
            #expect(error.description.hasPrefix("the file is damaged: word/document.xml, line 2, column"))
        }
    }

    @Test("the command exits 1 and writes nothing", arguments: [
        "carers-plan.doc", "carers-plan.xls", "password.docx", "not-a-zip.docx", "zip-bomb.docx", "huge-size.docx",
        "lying-size.docx", "encrypted-entry.docx", "truncated.docx", "no-table.docx", "carers-plan.odt",
    ])
    func theCommandRefusesAndWritesNothing(_ name: String) throws {
        var run = try SubcommandTests.Run()
        let copy = run.path(name)
        try Data(OfficeFixtures.bytes(name)).write(to: URL(fileURLWithPath: copy))
        run("import", copy, "-o", run.path("plan.json"))
        #expect(run.status == 1)
        #expect(run.err.hasPrefix("planboard: \(copy): "))
        #expect(run.err.contains("Nothing was written."))
        #expect(run.files() == [name])
    }
}
