/// Strings, keys and the values the reader skips (those under keys the model does not know).
extension PlanJSONReader {
    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    /// Reads a JSON string as `String`: escapes undone, `\uD83D\uDE00` pairs joined.
    ///
    /// Gives up on a raw control character, an unknown escape or a lone surrogate, leaving those
    /// to the fallback. The bytes are known to be UTF-8 (checked before reading).
    mutating func string() throws(Refusal) -> String {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == Self.quote else { throw Refusal() }
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.quote {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == Self.backslash { return String(decoding: try unescaped(from: start), as: UTF8.self) }
            if byte < 0x20 { throw Refusal() }
            index += 1
        }
        throw Refusal()
    }

    /// A string's bytes with its escapes undone, from its first byte at `start` (`index` is on the
    /// first backslash); leaves `index` after the closing quote.
    private mutating func unescaped(from start: Int) throws(Refusal) -> [UInt8] {
        var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case Self.quote:
                return out
            case Self.backslash:
                guard index < bytes.count else { throw Refusal() }
                let escape = bytes[index]
                index += 1
                switch escape {
                case Self.quote, Self.backslash, UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"): append(try unicodeEscape(), to: &out)
                default: throw Refusal()
                }
            case 0..<0x20:
                throw Refusal()
            default:
                out.append(byte)
            }
        }
        throw Refusal()
    }

    /// The scalar of `\uXXXX` (the `\u` consumed), joining a surrogate pair; a lone half gives up.
    private mutating func unicodeEscape() throws(Refusal) -> Unicode.Scalar {
        let unit = try fourHexDigits()
        switch unit {
        case 0xD800...0xDBFF:
            guard index + 2 <= bytes.count, bytes[index] == Self.backslash, bytes[index + 1] == UInt8(ascii: "u")
            else { throw Refusal() }
            index += 2
            let low = try fourHexDigits()
            guard (0xDC00...0xDFFF).contains(low),
                  let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) else { throw Refusal() }
            return scalar
        case 0xDC00...0xDFFF:
            throw Refusal()
        default:
            guard let scalar = Unicode.Scalar(unit) else { throw Refusal() }
            return scalar
        }
    }

    private mutating func fourHexDigits() throws(Refusal) -> UInt32 {
        guard index + 4 <= bytes.count else { throw Refusal() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Refusal()
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        UTF8.encode(scalar) { out.append($0) }
    }

    /// Reads an object key and says which model key it is. A key with anything but ASCII in it
    /// gives up: the model's keys are ASCII, and matching others is left to `JSONDecoder`.
    mutating func readKey() throws(Refusal) -> (Key, UInt64) {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == Self.quote else { throw Refusal() }
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.quote {
                let found = match(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                index += 1
                return found
            }
            if byte == Self.backslash {
                let text = try unescaped(from: start)
                guard text.allSatisfy({ $0 < 0x80 }) else { throw Refusal() }
                return text.withUnsafeBufferPointer { match($0) }
            }
            if byte < 0x20 || byte >= 0x80 { throw Refusal() }
            index += 1
        }
        throw Refusal()
    }

    private func match(_ name: UnsafeBufferPointer<UInt8>) -> (Key, UInt64) {
        guard name.count < keysByLength.count else { return (.unknown, 0) }
        candidates: for candidate in keysByLength[name.count] {
            for (i, byte) in candidate.bytes.enumerated() where name[i] != byte { continue candidates }
            return (candidate.key, candidate.bit)
        }
        return (.unknown, 0)
    }

    /// Skips one value of any type, checking that it is well formed (strictly: no trailing commas).
    mutating func skipValue(depth: Int = 0) throws(Refusal) {
        guard depth < Self.maximumSkipDepth else { throw Refusal() }
        skipWhitespace()
        guard index < bytes.count else { throw Refusal() }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var first = true
            var seen: UInt64 = 0
            while try nextKey(first: &first, seen: &seen, wanted: 0) != nil { try skipValue(depth: depth + 1) }
        case UInt8(ascii: "["):
            _ = try list { (reader: inout PlanJSONReader) throws(Refusal) in try reader.skipValue(depth: depth + 1) }
        case Self.quote:
            _ = try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: try skipNumber()
        }
    }

    private mutating func literal(_ word: StaticString) throws(Refusal) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw Refusal() }
        for i in 0..<count where bytes[index + i] != word.utf8Start[i] { throw Refusal() }
        index += count
    }

    /// Skips a number as RFC 8259 writes it: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func skipNumber() throws(Refusal) {
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard isDigit(index) else { throw Refusal() }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { throw Refusal() }
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard isDigit(index) else { throw Refusal() }
            while isDigit(index) { index += 1 }
        }
    }
}
