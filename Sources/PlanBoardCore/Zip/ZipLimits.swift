/// How far planboard will trust a ZIP archive before unpacking any of it.
///
/// Office files hold a few dozen parts; the text of a 500-page document or a 10,000-row sheet
/// unpacks to tens of megabytes at most, and XML packs at most about 100:1. Anything beyond
/// these limits is refused from the sizes the archive declares, before a byte is unpacked, and
/// unpacking never writes past the declared size, so no archive can exhaust memory.
public struct ZipLimits: Equatable, Sendable {
    /// Most entries the central directory may list.
    public var maxEntries: Int
    /// Most bytes one entry may unpack to.
    public var maxEntrySize: UInt64
    /// Most bytes all the entries read may unpack to together.
    public var maxTotalSize: UInt64
    /// Highest unpacked-to-packed ratio allowed for entries larger than `ratioFloor`.
    public var maxRatio: UInt64
    /// Entries smaller than this may have any ratio (a tiny file of spaces packs very well).
    public var ratioFloor: UInt64

    public init(maxEntries: Int = 10_000, maxEntrySize: UInt64 = 64 << 20, maxTotalSize: UInt64 = 160 << 20,
                maxRatio: UInt64 = 250, ratioFloor: UInt64 = 1 << 20) {
        self.maxEntries = maxEntries
        self.maxEntrySize = maxEntrySize
        self.maxTotalSize = maxTotalSize
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
    }

    public static let standard = ZipLimits()
}
