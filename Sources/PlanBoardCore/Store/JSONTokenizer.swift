#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one JSON lexer: reads the tokens of RFC 8259 (text, numbers, `true` `false` `null`, and the
/// punctuation between them) from UTF-8 bytes, strictly, and says in words what is wrong with a
/// token that is not JSON (`\q is not an escape JSON knows`, `purple is not a JSON value`).
///
/// `JSONReader` puts the grammar on top; reading a plan and finding where a broken file breaks
/// both go through here, so they cannot disagree about what a token is. Works on an unsafe
/// buffer for speed: a 10,000-action plan is 7 MB and is read at start-up.
struct JSONTokenizer {
    /// A text token: its contents between the quotes, and whether they hold any escape.
    struct Text {
        /// The first byte after the opening quote.
        var start: Int
        /// The closing quote.
        var end: Int
        var hasEscapes: Bool
    }

    /// `true`, `false` or `null`.
    enum Word { case `true`, `false`, null }

    let bytes: UnsafeBufferPointer<UInt8>
    /// Where reading continues.
    var offset = 0
    /// Set when a list's end was not where planboard's layout puts it (`passOverRestOfNesting`).
    var laidOutOtherwise = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Skips JSON whitespace and returns the byte there without taking it; nil at the end.
    @inline(__always)
    mutating func peek() -> UInt8? {
        // A pretty-printed file indents with runs of spaces: eight at a time.
        while offset + 8 <= bytes.count,
              UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020 {
            offset += 8
        }
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D: offset += 1
            default: return bytes[offset]
            }
        }
        return nil
    }

    /// Takes the byte `peek()` just returned.
    @inline(__always)
    mutating func take() { offset += 1 }

    // MARK: Text

    /// Reads the text token whose opening quote is at `offset`, leaving `offset` after its closing quote.
    mutating func text() throws(FileProblem) -> Text {
        let quote = offset
        var i = offset + 1
        var hasEscapes = false
        while i < bytes.count {
            // Eight bytes at a time while none is a quote, a backslash or a control character:
            // most of a plan file is text.
            while i + 8 <= bytes.count, !Self.mayEndText(UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                i += 8
            }
            guard i < bytes.count else { break }
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") {
                offset = i + 1
                return Text(start: quote + 1, end: i, hasEscapes: hasEscapes)
            }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                i = try escape(at: i)
                continue
            }
            if byte < 0x20 {
                throw .syntax(i, byte == UInt8(ascii: "\n")
                    ? "a line break inside text: a closing \" may be missing, or write the break as \\n"
                    : "a control character inside text: write it as an escape such as \\t")
            }
            i += 1
        }
        throw .syntax(quote, "the text that starts here is never closed (a \" is missing, or the file is cut short)")
    }

    /// Passes over the rest of a list whose next item starts at `offset`, leaving `offset` after
    /// its closing bracket: by the layout planboard writes where the file has it, else by the
    /// brackets alone. Nothing is checked. Only for a preview, whose file is read again in full,
    /// strictly, before anything can be changed. Throws when the file ends first.
    mutating func passOverRestOfNesting() throws(FileProblem) {
        if !laidOutOtherwise, let closing = closingBracketByLayout() {
            offset = closing + 1
        } else {
            // One miss says the file is not laid out as planboard writes it: each later look
            // would search to the end of the file for nothing.
            laidOutOtherwise = true
            try passOverByBrackets()
        }
    }

    /// Passes over the rest of a list or object whose opening bracket has been taken, in a file
    /// of any layout, leaving `offset` after its closing one: text is passed over to its closing
    /// quote, and nothing else is checked (not even that `[` closes with `]`).
    mutating func passOverByBrackets() throws(FileProblem) {
        let start = offset
        var open = 1
        var i = offset
        let count = bytes.count
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while i < count {
            // Straight to the next quote or bracket, eight bytes at a time.
            Self.skip(&i, count: count, base: base, past: Self.nestingMask)
            guard i < count else { break }
            switch bytes[i] {
            case UInt8(ascii: "\""):
                i += 1
                while i < count {
                    Self.skip(&i, count: count, base: base, past: Self.textEndMask)
                    guard i < count else { break }
                    let byte = bytes[i]
                    if byte == UInt8(ascii: "\"") { break }
                    i += byte == UInt8(ascii: "\\") ? 2 : 1
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                open += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                open -= 1
                if open == 0 {
                    offset = i + 1
                    return
                }
            default:
                break
            }
            i += 1
        }
        throw .syntax(start, FileProblem.cutShort)
    }

    /// Where the list whose next item starts at `offset` closes, found by the layout planboard
    /// writes (each item on lines of its own, indented two spaces more than the line holding the
    /// list's `]`), or nil when the file is not laid out so. A raw line break cannot be inside
    /// text, so a line break, exactly that many spaces and `]` are always the list's closing
    /// bracket in such a file; `memchr` finds them far faster than following the brackets. In a
    /// file laid out otherwise this may pick a wrong `]`: the preview is then wrong, or given up,
    /// for the moment the strict read of the same bytes takes, which alone decides.
    func closingBracketByLayout() -> Int? {
        guard let base = bytes.baseAddress, offset < bytes.count else { return nil }
        var lineStart = offset
        while lineStart > 0, bytes[lineStart - 1] == 0x20 { lineStart -= 1 }
        let closingIndent = offset - lineStart - 2
        guard closingIndent >= 0, lineStart > 0, bytes[lineStart - 1] == 0x0A else { return nil }
        var i = offset
        while i < bytes.count, let found = memchr(base + i, Int32(UInt8(ascii: "]")), bytes.count - i) {
            let at = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            let lineBreak = at - closingIndent - 1
            if lineBreak >= 0, bytes[lineBreak] == 0x0A,
               !bytes[(lineBreak + 1)..<at].contains(where: { $0 != 0x20 }) {
                return at
            }
            i = at + 1
        }
        return nil
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `v` that is zero; the lowest one set is exactly the first zero
    /// byte (a set bit above it may be false).
    @inline(__always)
    private static func zeroBytes(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }

    /// Moves `i` eight bytes at a time while `mask` marks none of them, then to the first byte it
    /// marks; stops where fewer than eight bytes are left (the caller reads those one by one).
    @inline(__always)
    private static func skip(_ i: inout Int, count: Int, base: UnsafeRawPointer, past mask: (UInt64) -> UInt64) {
        while i + 8 <= count {
            let found = mask(base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            if found != 0 {
                i += found.trailingZeroBitCount >> 3
                return
            }
            i += 8
        }
    }

    /// Marks, by their high bits, the bytes of a word (little-endian) that are `"`, `\\` or below
    /// 0x20; the lowest mark is exactly the first such byte, and none means there is none.
    @inline(__always)
    static func textEndMask(_ word: UInt64) -> UInt64 {
        zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x5C)) | ((word &- ones &* 0x20) & ~word & highs)
    }

    /// Marks, as `textEndMask` does, the bytes that are `"`, `[`, `]`, `{` or `}` (`[` and `{`,
    /// `]` and `}` differ only in the 0x20 bit).
    @inline(__always)
    static func nestingMask(_ word: UInt64) -> UInt64 {
        let folded = word | (ones &* 0x20)
        return zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(folded ^ (ones &* 0x7B)) | zeroBytes(folded ^ (ones &* 0x7D))
    }

    /// Whether any of eight bytes (read as one little-endian word) is `"`, `\\` or below 0x20: the
    /// bytes that end or interrupt the plain run of a text token. May say yes for a word that has
    /// none (the byte loop then looks); never says no for one that has one.
    @inline(__always)
    static func mayEndText(_ word: UInt64) -> Bool {
        textEndMask(word) != 0
    }

    /// Checks the escape whose backslash is at `i`; returns the offset after it.
    private func escape(at i: Int) throws(FileProblem) -> Int {
        guard i + 1 < bytes.count else { throw .syntax(i, FileProblem.cutShort) }
        switch bytes[i + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return i + 2
        case UInt8(ascii: "u"):
            guard let unit = hexUnit(at: i + 2) else { throw .syntax(i, "\\u must be followed by four hex digits") }
            if (0xDC00...0xDFFF).contains(unit) {
                throw .syntax(i, "\\u\(Self.hex(unit)) is half of a character pair without its first half")
            }
            guard (0xD800...0xDBFF).contains(unit) else { return i + 6 }
            guard i + 7 < bytes.count, bytes[i + 6] == UInt8(ascii: "\\"), bytes[i + 7] == UInt8(ascii: "u"),
                  let low = hexUnit(at: i + 8), (0xDC00...0xDFFF).contains(low) else {
                throw .syntax(i, "\\u\(Self.hex(unit)) is half of a character pair without its second half")
            }
            return i + 12
        default:
            let escaped = bytes[i + 1]
            let shown = escaped < 0x80 ? String(Unicode.Scalar(escaped)) : "…"
            throw .syntax(i, "\\\(shown) is not an escape JSON knows; write \\\\ for a backslash")
        }
    }

    /// The text of a token read by `text()`, escapes undone.
    func string(_ token: Text) -> String {
        let raw = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
        guard token.hasEscapes else { return String(decoding: raw, as: UTF8.self) }
        return String(decoding: unescaped(token), as: UTF8.self)
    }

    /// The UTF-8 bytes of a token read by `text()`, escapes undone (they are known to be valid).
    func unescaped(_ token: Text) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(token.end - token.start)
        var i = token.start
        while i < token.end {
            let byte = bytes[i]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                i += 1
                continue
            }
            let escaped = bytes[i + 1]
            i += 2
            switch escaped {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var value = UInt32(hexUnit(at: i)!)
                i += 4
                if (0xD800...0xDBFF).contains(value) {
                    value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(hexUnit(at: i + 2)!) - 0xDC00)
                    i += 6
                }
                UTF8.encode(Unicode.Scalar(value) ?? "\u{FFFD}") { out.append($0) }
            default: out.append(escaped)  // `"`, `\`, `/`
            }
        }
        return out
    }

    /// Whether the token's text is exactly `name` (ASCII), without making a `String`.
    func text(_ token: Text, equals name: [UInt8]) -> Bool {
        guard !token.hasEscapes else { return unescaped(token) == name }
        guard token.end - token.start == name.count else { return false }
        var i = 0
        while i < name.count {
            if bytes[token.start + i] != name[i] { return false }
            i += 1
        }
        return true
    }

    // MARK: Numbers and words

    /// Reads a number at `offset`: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    mutating func number() throws(FileProblem) -> Range<Int> {
        let start = offset
        var i = offset
        func isDigit(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= UInt8(ascii: "0") && bytes[at] <= UInt8(ascii: "9") }
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard isDigit(i) else { throw .syntax(i, "a number must have a digit here") }
        if bytes[i] == UInt8(ascii: "0") { i += 1 } else { while isDigit(i) { i += 1 } }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard isDigit(i) else { throw .syntax(i, "a number needs digits after the decimal point") }
            while isDigit(i) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard isDigit(i) else { throw .syntax(i, "a number needs digits in its exponent") }
            while isDigit(i) { i += 1 }
        }
        offset = i
        return start..<i
    }

    /// Reads `true`, `false` or `null` at `offset`; anything else where a value belongs is explained.
    mutating func word() throws(FileProblem) -> Word {
        let expected: StaticString, value: Word
        switch offset < bytes.count ? bytes[offset] : 0 {
        case UInt8(ascii: "t"): (expected, value) = ("true", .true)
        case UInt8(ascii: "f"): (expected, value) = ("false", .false)
        case UInt8(ascii: "n"): (expected, value) = ("null", .null)
        default: throw notAValue(at: offset)
        }
        let end = offset + expected.utf8CodeUnitCount
        guard end <= bytes.count, end == bytes.count || !Self.isWordByte(bytes[end]) else { throw notAValue(at: offset) }
        for i in 0..<expected.utf8CodeUnitCount where bytes[offset + i] != expected.utf8Start[i] {
            throw notAValue(at: offset)
        }
        offset = end
        return value
    }

    /// The problem with whatever is at `at` where a value should start but none can.
    func notAValue(at start: Int) -> FileProblem {
        guard start < bytes.count else { return .syntax(start, FileProblem.cutShort) }
        var end = start
        while end < bytes.count, Self.isWordByte(bytes[end]) { end += 1 }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        if end == bytes.count, !word.isEmpty, ["true", "false", "null"].contains(where: { $0.hasPrefix(word) }) {
            return .syntax(start, FileProblem.cutShort)
        }
        if !word.isEmpty {
            return .syntax(start, "\(word.prefix(30)) is not a JSON value: text must be in double quotes")
        }
        let rest = bytes[start...]
        if bytes[start] == UInt8(ascii: "'") {
            return .syntax(start, "text must be in double quotes \", not single quotes")
        }
        if rest.starts(with: [0xE2, 0x80, 0x9C]) || rest.starts(with: [0xE2, 0x80, 0x9D]) {
            return .syntax(start, "a curly quote: JSON text needs straight double quotes \"")
        }
        return .syntax(start, "expected a value: text in double quotes, a number, true, false, null, { … } or [ … ]")
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || b == UInt8(ascii: "_")
    }

    /// The UTF-16 unit written as four hex digits at `at`, or nil.
    func hexUnit(at start: Int) -> UInt16? {
        guard start + 4 <= bytes.count else { return nil }
        var unit: UInt16 = 0
        for i in start..<start + 4 {
            let b = bytes[i]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: return nil
            }
            unit = unit << 4 | UInt16(digit)
        }
        return unit
    }

    private static func hex(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
