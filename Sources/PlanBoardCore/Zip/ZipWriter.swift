/// Writes a ZIP archive of stored (uncompressed) entries, each with its CRC-32: a valid archive
/// that Word, LibreOffice and every unzip open, with no compressor needed.
///
/// Entries get a fixed date (1 January 1980) so the same content always gives the same bytes.
public struct ZipWriter: Sendable {
    private var body: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    public init() {}

    /// Adds a file at `name` (a `/`-separated path) holding `data`.
    public mutating func add(_ name: String, _ data: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let crc = CRC32.checksum(data)
        let offset = UInt32(body.count)
        // Local header.
        body.appendLittleEndian(UInt32(0x0403_4B50))
        appendCommon(to: &body, name: nameBytes, crc: crc, size: UInt32(data.count))
        body += nameBytes
        body += data
        // Central directory record.
        directory.appendLittleEndian(UInt32(0x0201_4B50))
        directory.appendLittleEndian(UInt16(20))            // made by: version 2.0
        appendCommon(to: &directory, name: nameBytes, crc: crc, size: UInt32(data.count))
        directory.appendLittleEndian(UInt16(0))             // comment length
        directory.appendLittleEndian(UInt16(0))             // disk number
        directory.appendLittleEndian(UInt16(0))             // internal attributes
        directory.appendLittleEndian(UInt32(0))             // external attributes
        directory.appendLittleEndian(offset)
        directory += nameBytes
        count += 1
    }

    /// The fields local headers and directory records share, from "version needed" to "extra length".
    private func appendCommon(to bytes: inout [UInt8], name: [UInt8], crc: UInt32, size: UInt32) {
        bytes.appendLittleEndian(UInt16(20))                // version needed: 2.0
        bytes.appendLittleEndian(UInt16(0x0800))            // flags: names are UTF-8
        bytes.appendLittleEndian(UInt16(0))                 // method: stored
        bytes.appendLittleEndian(UInt16(0))                 // time 00:00
        bytes.appendLittleEndian(UInt16(0x0021))            // date 1980-01-01
        bytes.appendLittleEndian(crc)
        bytes.appendLittleEndian(size)                      // compressed
        bytes.appendLittleEndian(size)                      // uncompressed
        bytes.appendLittleEndian(UInt16(name.count))
        bytes.appendLittleEndian(UInt16(0))                 // extra length
    }

    /// The whole archive.
    public func bytes() -> [UInt8] {
        var out = body + directory
        out.appendLittleEndian(UInt32(0x0605_4B50))
        out.appendLittleEndian(UInt16(0))                   // this disk
        out.appendLittleEndian(UInt16(0))                   // directory's disk
        out.appendLittleEndian(UInt16(count))
        out.appendLittleEndian(UInt16(count))
        out.appendLittleEndian(UInt32(directory.count))
        out.appendLittleEndian(UInt32(body.count))
        out.appendLittleEndian(UInt16(0))                   // comment length
        return out
    }
}
