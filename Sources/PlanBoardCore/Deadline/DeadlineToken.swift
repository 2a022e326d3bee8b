/// One piece of a deadline's text: a lower-cased word, a number, or a separator that matters.
///
/// Other punctuation (commas, brackets, question marks) only separates tokens. A dot is kept only
/// between digits (`05.10.2015`); `st`/`nd`/`rd`/`th` straight after a number are dropped (`31st`).
enum DeadlineToken: Equatable {
    case word(String)
    case number(Int, digits: Int)
    case slash
    case dash
    case dot
    case ampersand

    /// Splits `text` into tokens by scanning its UTF-8 bytes once (no regex, no Foundation).
    static func tokens(of text: String) -> [DeadlineToken] {
        var bytes = Array(text.utf8)
        for i in bytes.indices where bytes[i] >= 65 && bytes[i] <= 90 { bytes[i] += 32 }
        var tokens: [DeadlineToken] = []
        var i = 0
        let count = bytes.count
        while i < count {
            let b = bytes[i]
            if isDigit(b) {
                var value = 0, digits = 0
                while i < count, isDigit(bytes[i]) {
                    if digits < 9 { value = value * 10 + Int(bytes[i] - 48) }
                    digits += 1
                    i += 1
                }
                tokens.append(.number(value, digits: digits))
                // An ordinal suffix stuck to the number: 31st, 2nd, 3rd, 4th.
                if i + 1 < count, isOrdinalSuffix(bytes[i], bytes[i + 1]), i + 2 >= count || !isWordByte(bytes[i + 2]) {
                    i += 2
                }
            } else if isWordByte(b) && !isDashStart(bytes, i) {
                let start = i
                while i < count, isWordByte(bytes[i]), !isDashStart(bytes, i) { i += 1 }
                tokens.append(.word(String(decoding: bytes[start..<i], as: UTF8.self)))
            } else if b == 47 {  // /
                tokens.append(.slash)
                i += 1
            } else if b == 45 {  // -
                tokens.append(.dash)
                i += 1
            } else if isDashStart(bytes, i) {  // – — −
                tokens.append(.dash)
                i += 3
            } else if b == 46 {  // .
                if i > 0, i + 1 < count, isDigit(bytes[i - 1]), isDigit(bytes[i + 1]) { tokens.append(.dot) }
                i += 1
            } else if b == 38 {  // &
                tokens.append(.ampersand)
                i += 1
            } else {
                i += 1
            }
        }
        return tokens
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// Lower-case ASCII letters, and any non-ASCII byte, so accented words stay whole (and unmatched).
    private static func isWordByte(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || b >= 128 }

    private static func isOrdinalSuffix(_ a: UInt8, _ b: UInt8) -> Bool {
        switch (a, b) {
        case (115, 116), (110, 100), (114, 100), (116, 104): true  // st nd rd th
        default: false
        }
    }

    /// En dash (E2 80 93), em dash (E2 80 94) or minus sign (E2 88 92) starting at `i`.
    private static func isDashStart(_ bytes: [UInt8], _ i: Int) -> Bool {
        guard bytes[i] == 0xE2, i + 2 < bytes.count else { return false }
        return (bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94))
            || (bytes[i + 1] == 0x88 && bytes[i + 2] == 0x92)
    }
}
