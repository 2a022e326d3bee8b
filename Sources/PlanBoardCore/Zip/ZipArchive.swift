/// A ZIP archive read from its central directory, the way office files are opened.
///
/// Only the directory is read up front; an entry is unpacked when asked for, after its declared
/// sizes have passed `ZipLimits`. ZIP64 sizes and offsets are understood; encrypted entries,
/// multi-disk archives and compression other than stored and deflate are refused.
public struct ZipArchive: Sendable {
    public let entries: [ZipEntry]
    public let limits: ZipLimits
    private let bytes: [UInt8]
    /// Bytes unpacked so far, held against `limits.maxTotalSize`.
    public private(set) var unpackedSoFar: UInt64 = 0

    /// Reads the directory of `bytes`. Throws `ZipError.notAZip` for anything that is not a ZIP.
    public init(bytes: [UInt8], limits: ZipLimits = .standard) throws(ZipError) {
        self.bytes = bytes
        self.limits = limits
        let end = try Self.endOfDirectory(bytes, limits: limits)
        var entries: [ZipEntry] = []
        var offset = end.directoryOffset
        for _ in 0..<end.entryCount {
            let (entry, next) = try Self.directoryEntry(bytes, at: offset)
            entries.append(entry)
            offset = next
        }
        self.entries = entries
    }

    /// True when `bytes` begin as a ZIP archive does (a local header, or the record of an empty one).
    public static func looksLikeZip(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    public func entry(named name: String) -> ZipEntry? {
        entries.first { $0.name == name } ?? entries.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The unpacked contents of entry `name`, or nil when the archive has no such entry.
    public mutating func contents(of name: String) throws(ZipError) -> [UInt8]? {
        guard let entry = entry(named: name) else { return nil }
        return try contents(of: entry)
    }

    /// Checks the entry's sizes against the limits, then unpacks it and checks its CRC-32.
    public mutating func contents(of entry: ZipEntry) throws(ZipError) -> [UInt8] {
        if entry.isEncrypted { throw .encrypted(entry: entry.name) }
        guard entry.method == 0 || entry.method == 8 else { throw .unsupportedMethod(entry: entry.name, method: entry.method) }
        guard entry.uncompressedSize <= limits.maxEntrySize else {
            throw .entryTooLarge(entry: entry.name, size: entry.uncompressedSize, limit: limits.maxEntrySize)
        }
        if entry.uncompressedSize > limits.ratioFloor,
           entry.uncompressedSize / max(entry.compressedSize, 1) > limits.maxRatio {
            throw .ratioTooHigh(entry: entry.name, compressed: entry.compressedSize,
                                uncompressed: entry.uncompressedSize, limit: limits.maxRatio)
        }
        guard unpackedSoFar + entry.uncompressedSize <= limits.maxTotalSize else { throw .totalTooLarge(limit: limits.maxTotalSize) }

        let start = try dataStart(of: entry)
        guard entry.compressedSize <= UInt64(bytes.count - start) else {
            throw .damaged("\(entry.name) runs past the end of the file")
        }
        let packed = bytes[start..<(start + Int(entry.compressedSize))]
        let data: [UInt8]
        if entry.method == 0 {
            guard entry.compressedSize == entry.uncompressedSize else { throw .sizeMismatch(entry: entry.name) }
            data = Array(packed)
        } else {
            data = try Inflate.raw(packed, expectedSize: Int(entry.uncompressedSize), entry: entry.name)
        }
        guard CRC32.checksum(data) == entry.crc32 else { throw .corrupt(entry: entry.name) }
        unpackedSoFar += entry.uncompressedSize
        return data
    }

    /// Where the entry's data begins: after its local header, whose name and extra lengths may
    /// differ from the central directory's.
    private func dataStart(of entry: ZipEntry) throws(ZipError) -> Int {
        guard entry.localHeaderOffset < UInt64(bytes.count) else { throw .damaged("\(entry.name) starts past the end of the file") }
        let offset = Int(entry.localHeaderOffset)
        guard bytes.uint32(at: offset) == 0x0403_4B50,
              let nameLength = bytes.uint16(at: offset + 26), let extraLength = bytes.uint16(at: offset + 28) else {
            throw .damaged("no local header for \(entry.name)")
        }
        let start = offset + 30 + Int(nameLength) + Int(extraLength)
        guard start <= bytes.count else { throw .damaged("\(entry.name) runs past the end of the file") }
        return start
    }

    // MARK: The central directory

    private struct EndRecord {
        var entryCount: Int
        var directoryOffset: Int
    }

    /// Finds the end-of-central-directory record (searching back over a comment of up to 64 KB)
    /// and, when its fields are full, the ZIP64 record it points to.
    private static func endOfDirectory(_ bytes: [UInt8], limits: ZipLimits) throws(ZipError) -> EndRecord {
        guard bytes.count >= 22 else { throw .notAZip }
        var position = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while position >= lowest {
            if bytes[position] == 0x50, bytes.uint32(at: position) == 0x0605_4B50 { break }
            position -= 1
        }
        guard position >= lowest else { throw .notAZip }
        guard let disk = bytes.uint16(at: position + 4), let directoryDisk = bytes.uint16(at: position + 6),
              let count16 = bytes.uint16(at: position + 10), let offset32 = bytes.uint32(at: position + 16) else {
            throw .notAZip
        }
        var count = UInt64(count16)
        var offset = UInt64(offset32)
        if count16 == 0xFFFF || offset32 == 0xFFFF_FFFF {
            // ZIP64: a locator just before the record points to the 64-bit record.
            let locator = position - 20
            if locator >= 0, bytes.uint32(at: locator) == 0x0706_4B50, let recordOffset = bytes.uint64(at: locator + 8),
               recordOffset < UInt64(bytes.count) {
                let record = Int(recordOffset)
                guard bytes.uint32(at: record) == 0x0606_4B50, let count64 = bytes.uint64(at: record + 32),
                      let offset64 = bytes.uint64(at: record + 48) else {
                    throw .damaged("the ZIP64 end record is missing")
                }
                count = count64
                offset = offset64
            }
        } else if disk != 0 || directoryDisk != 0 {
            throw .multiDisk
        }
        guard count <= UInt64(limits.maxEntries) else {
            throw .tooManyEntries(count: Int(clamping: count), limit: limits.maxEntries)
        }
        guard offset <= UInt64(bytes.count) else { throw .damaged("the directory starts past the end of the file") }
        return EndRecord(entryCount: Int(count), directoryOffset: Int(offset))
    }

    /// One central-directory record at `offset` and where the next begins.
    private static func directoryEntry(_ bytes: [UInt8], at offset: Int) throws(ZipError) -> (ZipEntry, Int) {
        guard bytes.uint32(at: offset) == 0x0201_4B50,
              let flags = bytes.uint16(at: offset + 8), let method = bytes.uint16(at: offset + 10),
              let crc = bytes.uint32(at: offset + 16), let compressed = bytes.uint32(at: offset + 20),
              let uncompressed = bytes.uint32(at: offset + 24), let nameLength = bytes.uint16(at: offset + 28),
              let extraLength = bytes.uint16(at: offset + 30), let commentLength = bytes.uint16(at: offset + 32),
              let diskStart = bytes.uint16(at: offset + 34), let localOffset = bytes.uint32(at: offset + 42) else {
            throw .damaged("a directory record is cut short")
        }
        let nameStart = offset + 46
        let extraStart = nameStart + Int(nameLength)
        let next = extraStart + Int(extraLength) + Int(commentLength)
        guard next <= bytes.count else { throw .damaged("a directory record is cut short") }
        if diskStart != 0 && diskStart != 0xFFFF { throw .multiDisk }
        let name = String(decoding: bytes[nameStart..<extraStart], as: UTF8.self)
        var entry = ZipEntry(name: name, method: Int(method), flags: flags, crc32: crc,
                             compressedSize: UInt64(compressed), uncompressedSize: UInt64(uncompressed),
                             localHeaderOffset: UInt64(localOffset))
        // ZIP64 extra field: the 64-bit values, in this order, of the fields set to 0xFFFFFFFF.
        var extra = extraStart
        while extra + 4 <= extraStart + Int(extraLength) {
            let id = bytes.uint16(at: extra)!, size = Int(bytes.uint16(at: extra + 2)!)
            if id == 0x0001 {
                var field = extra + 4
                if uncompressed == 0xFFFF_FFFF, let value = bytes.uint64(at: field) { entry.uncompressedSize = value; field += 8 }
                if compressed == 0xFFFF_FFFF, let value = bytes.uint64(at: field) { entry.compressedSize = value; field += 8 }
                if localOffset == 0xFFFF_FFFF, let value = bytes.uint64(at: field) { entry.localHeaderOffset = value }
            }
            extra += 4 + size
        }
        return (entry, next)
    }
}
