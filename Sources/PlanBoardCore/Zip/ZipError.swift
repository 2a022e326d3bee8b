/// Why a ZIP archive (the container of every .docx and .xlsx) could not be read.
///
/// Entry names are the paths inside the archive (`word/document.xml`); sizes are in bytes.
public enum ZipError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No end-of-archive record: the bytes are not a ZIP archive, or it was cut short.
    case notAZip
    /// The archive's directory points outside the file or contradicts itself.
    case damaged(String)
    /// The archive spans several files (disks), which office files never do.
    case multiDisk
    /// The archive lists more entries than any office file has.
    case tooManyEntries(count: Int, limit: Int)
    /// An entry is encrypted (a password-protected ZIP).
    case encrypted(entry: String)
    /// An entry is compressed with a method other than stored or deflate.
    case unsupportedMethod(entry: String, method: Int)
    /// An entry would unpack to more than the limit: refused before unpacking.
    case entryTooLarge(entry: String, size: UInt64, limit: UInt64)
    /// An entry packs too much into too little (a "zip bomb"): refused before unpacking.
    case ratioTooHigh(entry: String, compressed: UInt64, uncompressed: UInt64, limit: UInt64)
    /// The entries read so far would unpack to more than the limit in all.
    case totalTooLarge(limit: UInt64)
    /// An entry unpacked to a size other than the one the archive declared.
    case sizeMismatch(entry: String)
    /// An entry's data is corrupt (bad DEFLATE data or a wrong checksum).
    case corrupt(entry: String)

    public var description: String {
        switch self {
        case .notAZip:
            "it is not a ZIP archive (or it was cut short)"
        case .damaged(let what):
            "the ZIP archive is damaged (\(what))"
        case .multiDisk:
            "the ZIP archive is split over several files"
        case .tooManyEntries(let count, let limit):
            "the ZIP archive lists \(count) files, more than the \(limit) any office file needs"
        case .encrypted(let entry):
            "\(entry) inside the ZIP archive is encrypted"
        case .unsupportedMethod(let entry, let method):
            "\(entry) inside the ZIP archive is compressed with method \(method), which planboard does not read (only stored and deflate)"
        case .entryTooLarge(let entry, let size, let limit):
            "\(entry) would unpack to \(Self.megabytes(size)), more than the \(Self.megabytes(limit)) allowed; it was not unpacked"
        case .ratioTooHigh(let entry, let compressed, let uncompressed, let limit):
            "\(entry) would unpack from \(Self.megabytes(compressed)) to \(Self.megabytes(uncompressed)), "
                + "more than \(limit) times its packed size, which is the mark of a ZIP bomb; it was not unpacked"
        case .totalTooLarge(let limit):
            "the parts of the ZIP archive would unpack to more than \(Self.megabytes(limit)) in all"
        case .sizeMismatch(let entry):
            "\(entry) inside the ZIP archive does not unpack to the size the archive declares"
        case .corrupt(let entry):
            "\(entry) inside the ZIP archive is corrupt"
        }
    }

    /// `12.5 MB`, or bytes for small sizes.
    static func megabytes(_ bytes: UInt64) -> String {
        if bytes < 10_000 { return "\(bytes) bytes" }
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
