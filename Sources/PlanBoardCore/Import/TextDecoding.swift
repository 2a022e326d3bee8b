/// The character encoding a spreadsheet file turned out to be in.
public enum SourceEncoding: String, Equatable, Sendable {
    case utf8, utf8WithBOM, utf16, windows1252

    /// How the import report names it.
    public var label: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8WithBOM: "UTF-8 with byte-order mark"
        case .utf16: "UTF-16"
        case .windows1252: "Windows-1252 (converted)"
        }
    }
}

/// Turns a file's bytes into text the way spreadsheets write it, never guessing into mojibake.
///
/// UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are read as they
/// are. Anything else is read as Windows-1252, Excel's legacy "CSV (Comma delimited)" on UK
/// Windows, but only when every byte is defined in that code page; otherwise it is refused.
enum TextDecoding {
    static func decode(_ bytes: [UInt8]) throws(CSVError) -> (text: String, encoding: SourceEncoding) {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return (try decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF), .utf16)
        }
        var body = bytes[...]
        var encoding = SourceEncoding.utf8
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = bytes[3...]
            encoding = .utf8WithBOM
        }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw .empty }
        let offset = bytes.count - body.count
        if let bad = firstControlByte(body) { throw .binary(byteOffset: bad + offset) }
        if let text = String(validating: body, as: UTF8.self) { return (text, encoding) }
        if encoding == .utf8WithBOM { throw .notUTF8(byteOffset: offset + firstInvalidUTF8(body)) }
        return (try decodeWindows1252(body), .windows1252)
    }

    /// Index (from 0) of the first byte no text file has: NUL and the C0 controls but tab, LF, FF, CR.
    private static func firstControlByte(_ bytes: ArraySlice<UInt8>) -> Int? {
        for (i, b) in bytes.enumerated() where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0C && b != 0x0D {
            return i
        }
        return nil
    }

    /// Offset of the first byte that does not decode as UTF-8.
    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return offset
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) throws(CSVError) -> String {
        guard bytes.count % 2 == 0 else { throw .notUTF8(byteOffset: bytes.count - 1) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i + 1 < bytes.count {
            units.append(littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
                                      : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        var text = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var unit = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains(scalar.value) {
                    throw .binary(byteOffset: 2 + unit * 2)
                }
                text.unicodeScalars.append(scalar)
                unit += scalar.value > 0xFFFF ? 2 : 1
            case .emptyInput: break loop
            case .error: throw .notUTF8(byteOffset: 2 + unit * 2)
            }
        }
        if text.allSatisfy(\.isWhitespace) { throw .empty }
        return text
    }

    /// Code points for bytes 0x80–0x9F; 0 marks the five bytes Windows-1252 leaves undefined.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    private static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) throws(CSVError) -> String {
        var scalars = String.UnicodeScalarView()
        for (i, b) in bytes.enumerated() {
            let value: UInt32 = (0x80...0x9F).contains(b) ? windows1252High[Int(b) - 0x80] : UInt32(b)
            guard value != 0, let scalar = Unicode.Scalar(value) else { throw .notUTF8(byteOffset: i) }
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
