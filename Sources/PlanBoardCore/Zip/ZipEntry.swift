/// One file listed in a ZIP archive's central directory.
public struct ZipEntry: Equatable, Sendable {
    /// The path inside the archive, `/`-separated (`word/document.xml`).
    public var name: String
    /// 0 stored, 8 deflate; others are refused when read.
    public var method: Int
    public var flags: UInt16
    public var crc32: UInt32
    public var compressedSize: UInt64
    public var uncompressedSize: UInt64
    /// Where the entry's local header starts in the archive.
    public var localHeaderOffset: UInt64

    /// True when the entry is encrypted (traditional or strong ZIP encryption).
    public var isEncrypted: Bool { flags & 0x0001 != 0 || flags & 0x0040 != 0 }
}
