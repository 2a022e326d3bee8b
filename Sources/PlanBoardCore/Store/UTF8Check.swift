/// Finds the first byte that is not part of well-formed UTF-8 (RFC 3629), so a file saved in a
/// legacy encoding (Windows-1252 from Excel, Latin-1) is refused at the right place.
enum UTF8Check {
    /// The offset of the first byte that starts an ill-formed sequence, or nil when all are well formed.
    ///
    /// Refuses what RFC 3629 refuses: stray continuation bytes, truncated sequences, overlong forms,
    /// UTF-16 surrogates (U+D800–DFFF) and code points above U+10FFFF. Works on bytes with an ASCII
    /// fast path, as it runs on every load.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            let count = buffer.count
            var i = 0
            while i < count {
                // Eight ASCII bytes at a time: plan files are mostly ASCII.
                while i + 8 <= count,
                      UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                }
                guard i < count else { break }
                let lead = buffer[i]
                if lead < 0x80 {
                    i += 1
                    continue
                }
                let length: Int
                var low: UInt8 = 0x80, high: UInt8 = 0xBF  // the allowed range of the second byte
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return i
                }
                guard i + length <= count else { return i }
                let second = buffer[i + 1]
                guard second >= low, second <= high else { return i }
                var k = 2
                while k < length {
                    guard buffer[i + k] & 0xC0 == 0x80 else { return i }
                    k += 1
                }
                i += length
            }
            return nil
        }
    }
}
