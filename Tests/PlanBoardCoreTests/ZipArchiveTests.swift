import Foundation
import Testing
@testable import PlanBoardCore

@Suite("ZipArchive")
struct ZipArchiveTests {
    static func written(_ entries: [(String, String)]) -> [UInt8] {
        var zip = ZipWriter()
        for (name, text) in entries { zip.add(name, Array(text.utf8)) }
        return zip.bytes()
    }

    @Test func readsBackWhatTheWriterStored() throws {
        var archive = try ZipArchive(bytes: Self.written([("a.txt", "first"), ("folder/b.xml", "<b>é</b>"), ("empty", "")]))
        #expect(archive.entries.map(\.name) == ["a.txt", "folder/b.xml", "empty"])
        #expect(archive.entries.allSatisfy { $0.method == 0 })
        #expect(try archive.contents(of: "folder/b.xml") == Array("<b>é</b>".utf8))
        #expect(try archive.contents(of: "empty") == [])
        #expect(try archive.contents(of: "missing") == nil)
    }

    @Test func theWriterWritesTheBytesTheZIPSpecificationGives() {
        // File "a" holding "x", laid out by hand from the ZIP specification (APPNOTE 4.3) with
        // Python's struct.pack: local header, data, central directory record, end record.
        // Stored, UTF-8 names, 1 January 1980, CRC-32 of "x" 8CDC1683.
        let expected: [UInt8] = [
            0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x21, 0x00, 0x83, 0x16,
            0xDC, 0x8C, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x61, 0x78,
            0x50, 0x4B, 0x01, 0x02, 0x14, 0x00, 0x14, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x21, 0x00,
            0x83, 0x16, 0xDC, 0x8C, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x61, 0x50,
            0x4B, 0x05, 0x06, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x2F, 0x00, 0x00, 0x00, 0x20,
            0x00, 0x00, 0x00, 0x00, 0x00,
        ]
        #expect(Self.written([("a", "x")]) == expected)
    }

    @Test func theWriterRecordsEachEntrysNameSizeAndCRC() throws {
        // CRC-32s from Python's zlib.crc32: "x" 8CDC1683, "y" FBDB2615.
        let archive = try ZipArchive(bytes: Self.written([("a", "x"), ("dir/b", "y")]))
        #expect(archive.entries.map(\.name) == ["a", "dir/b"])
        #expect(archive.entries.map(\.crc32) == [0x8CDC_1683, 0xFBDB_2615])
        #expect(archive.entries.map(\.uncompressedSize) == [1, 1])
        #expect(archive.entries.map(\.localHeaderOffset) == [0, 32])
    }

    @Test func inflateRefusesWhatZlibCannotCountRatherThanTrapping() {
        // zlib counts buffers in 32 bits; a smaller limit stands in for 4 GB here.
        let packed = ArraySlice([UInt8](repeating: 0, count: 64))
        #expect(throws: ZipError.entryTooLarge(entry: "big.xml", size: 64, limit: 63)) {
            try Inflate.raw(packed, expectedSize: 10, entry: "big.xml", largest: 63)
        }
        #expect(throws: ZipError.entryTooLarge(entry: "big.xml", size: 100, limit: 100)) {
            try Inflate.raw(packed, expectedSize: 100, entry: "big.xml", largest: 100)
        }
    }

    @Test func theWriterRecordsTheCRC32OfEachEntry() throws {
        // The CRC-32 of "123456789" is the standard check value CBF43926.
        let archive = try ZipArchive(bytes: Self.written([("check", "123456789")]))
        #expect(archive.entries[0].crc32 == 0xCBF4_3926)
    }

    @Test func unpacksDeflatedEntriesWrittenByLibreOffice() throws {
        var archive = try ZipArchive(bytes: OfficeFixtures.bytes("carers-plan.docx"))
        let document = try #require(archive.entries.first { $0.name == "word/document.xml" })
        #expect(document.method == 8)
        let xml = try #require(try archive.contents(of: "word/document.xml"))
        #expect(xml.count == Int(document.uncompressedSize))
        #expect(String(decoding: xml, as: UTF8.self).contains("Run a carers week stall in each locality"))
    }

    @Test func aDamagedEntryFailsItsChecksum() throws {
        var bytes = Self.written([("note.txt", "the carers plan")])
        // The data sits after the 30-byte local header and the 8-byte name.
        bytes[38] ^= 0x20
        var archive = try ZipArchive(bytes: bytes)
        #expect(throws: ZipError.corrupt(entry: "note.txt")) { try archive.contents(of: "note.txt") }
    }

    @Test func refusesBytesThatAreNotAZip() {
        #expect(throws: ZipError.notAZip) { try ZipArchive(bytes: Array("Outcome,Action\n1,Do it\n".utf8)) }
        #expect(throws: ZipError.notAZip) { try ZipArchive(bytes: []) }
    }

    @Test func refusesAnEntryLargerThanTheLimitBeforeUnpackingIt() throws {
        let bytes = Self.written([("big.xml", String(repeating: "x", count: 5_000))])
        var archive = try ZipArchive(bytes: bytes, limits: ZipLimits(maxEntrySize: 4_000))
        #expect(throws: ZipError.entryTooLarge(entry: "big.xml", size: 5_000, limit: 4_000)) { try archive.contents(of: "big.xml") }
    }

    @Test func refusesEntriesBeyondTheTotalLimit() throws {
        let text = String(repeating: "y", count: 3_000)
        var archive = try ZipArchive(bytes: Self.written([("one", text), ("two", text)]), limits: ZipLimits(maxTotalSize: 5_000))
        _ = try archive.contents(of: "one")
        #expect(throws: ZipError.totalTooLarge(limit: 5_000)) { try archive.contents(of: "two") }
    }

    @Test func refusesMoreEntriesThanTheLimitFromTheDirectoryAlone() {
        let bytes = Self.written((1...5).map { ("part\($0).xml", "<a/>") })
        #expect(throws: ZipError.tooManyEntries(count: 5, limit: 4)) { try ZipArchive(bytes: bytes, limits: ZipLimits(maxEntries: 4)) }
        #expect(throws: Never.self) { try ZipArchive(bytes: bytes, limits: ZipLimits(maxEntries: 5)) }
    }

    @Test func refusesAZipBombFromItsDeclaredSizesWithoutUnpacking() throws {
        var archive = try ZipArchive(bytes: OfficeFixtures.bytes("zip-bomb.docx"))
        let bomb = try #require(archive.entry(named: "word/document.xml"))
        #expect(bomb.uncompressedSize > 60_000_000 && bomb.compressedSize < 100_000)
        #expect(throws: ZipError.ratioTooHigh(entry: "word/document.xml", compressed: bomb.compressedSize,
                                              uncompressed: bomb.uncompressedSize, limit: 250)) {
            try archive.contents(of: "word/document.xml")
        }
        #expect(archive.unpackedSoFar == 0)
    }

    @Test func refusesADeclaredSizeOfGigabytes() throws {
        var archive = try ZipArchive(bytes: OfficeFixtures.bytes("huge-size.docx"))
        #expect(throws: ZipError.entryTooLarge(entry: "word/document.xml", size: 0xF000_0000, limit: 64 << 20)) {
            try archive.contents(of: "word/document.xml")
        }
    }

    @Test func stopsAnEntryThatUnpacksToMoreThanItDeclared() throws {
        var archive = try ZipArchive(bytes: OfficeFixtures.bytes("lying-size.docx"))
        #expect(try #require(archive.entry(named: "word/document.xml")).uncompressedSize == 2_000)
        #expect(throws: ZipError.sizeMismatch(entry: "word/document.xml")) { try archive.contents(of: "word/document.xml") }
    }

    @Test func refusesEncryptedEntries() throws {
        var archive = try ZipArchive(bytes: OfficeFixtures.bytes("encrypted-entry.docx"))
        #expect(throws: ZipError.encrypted(entry: "word/document.xml")) { try archive.contents(of: "word/document.xml") }
    }

    @Test func aTruncatedArchiveHasNoDirectory() throws {
        #expect(throws: ZipError.notAZip) { try ZipArchive(bytes: OfficeFixtures.bytes("truncated.docx")) }
    }

    @Test func sizesReadAsPeopleSayThem() {
        #expect(ZipError.megabytes(2_000) == "2000 bytes")
        #expect(ZipError.megabytes(64 << 20) == "64 MB")
        #expect(ZipError.megabytes(1_572_864) == "1.5 MB")
    }
}
