/// Finds where a JSON text first goes wrong, by line and column, in words a person can act on.
///
/// Foundation's decoder says that a file is broken but not reliably where; this scanner follows
/// RFC 8259 byte by byte and reports the first place it breaks. It only runs after the decoder has
/// refused a file, so the happy path never pays for it. `JSONSyntaxScanner+Paths.swift` adds the
/// other half: finding where a value named by a coding path sits.
struct JSONSyntaxScanner {
    /// A place in the text: a byte offset, and the 1-based line and column a text editor shows
    /// (columns count characters, not bytes).
    struct Location: Equatable, Sendable {
        var offset: Int
        var line: Int
        var column: Int
    }

    /// The first syntax error: where, and what was expected there.
    struct SyntaxError: Error, Equatable, Sendable {
        var location: Location
        var detail: String
    }

    /// Foundation's decoder allows this much nesting; deeper files are refused here too.
    static let maximumDepth = 512

    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The line and column of a byte offset (which may be the end of the text).
    func location(ofOffset offset: Int) -> Location {
        var line = 1
        var lineStart = 0
        for i in 0..<offset where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        var column = 1
        for i in lineStart..<offset where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return Location(offset: offset, line: line, column: column)
    }

    /// The first syntax error in the text, or nil when it is well-formed JSON.
    func firstError() -> SyntaxError? {
        let n = bytes.count
        var i = skipWhitespace(from: 0)
        var containers: [UInt8] = []  // `{` or `[` for each open container
        var wantValue = true
        var afterComma = false
        func fail(_ offset: Int, _ detail: String) -> SyntaxError {
            SyntaxError(location: location(ofOffset: offset), detail: detail)
        }
        let truncated = "the file ends before the JSON is complete; it looks cut short"
        while true {
            i = skipWhitespace(from: i)
            if wantValue {
                guard i < n else { return fail(i, truncated) }
                let b = bytes[i]
                switch b {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    guard containers.count < Self.maximumDepth else {
                        return fail(i, "nested more than \(Self.maximumDepth) levels deep")
                    }
                    containers.append(b)
                    i = skipWhitespace(from: i + 1)
                    guard i < n else { return fail(i, truncated) }
                    if bytes[i] == b + 2 {  // `}` is `{` + 2, `]` is `[` + 2
                        containers.removeLast()
                        i += 1
                        wantValue = false
                    } else if b == UInt8(ascii: "{") {
                        if let error = scanFieldName(&i) { return error }
                    }
                case UInt8(ascii: "\""):
                    if let error = scanString(&i) { return error }
                    wantValue = false
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if let error = scanNumber(&i) { return error }
                    wantValue = false
                case UInt8(ascii: "]") where afterComma:
                    return fail(i, "a comma before ']': remove the comma after the last item")
                default:
                    if let error = scanWord(&i) { return error }
                    wantValue = false
                }
                afterComma = false
            } else {
                guard let open = containers.last else {
                    return i < n ? fail(i, "more text after the end of the JSON") : nil
                }
                guard i < n else { return fail(i, truncated) }
                let b = bytes[i]
                if b == UInt8(ascii: ",") {
                    i += 1
                    wantValue = true
                    afterComma = true
                    if open == UInt8(ascii: "{") {
                        i = skipWhitespace(from: i)
                        guard i < n else { return fail(i, truncated) }
                        if bytes[i] == UInt8(ascii: "}") {
                            return fail(i, "a comma before '}': remove the comma after the last field")
                        }
                        if let error = scanFieldName(&i) { return error }
                        afterComma = false
                    }
                } else if b == open + 2 {
                    containers.removeLast()
                    i += 1
                } else if open == UInt8(ascii: "{") {
                    return fail(i, "expected ',' between fields or '}' to close the object (is a comma missing?)")
                } else {
                    return fail(i, "expected ',' between items or ']' to close the list (is a comma missing?)")
                }
            }
        }
    }

    func skipWhitespace(from start: Int) -> Int {
        var i = start
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): i += 1
            default: return i
            }
        }
        return i
    }

    /// Scans `"name"` then `:`, leaving `i` after the colon.
    private func scanFieldName(_ i: inout Int) -> SyntaxError? {
        guard i < bytes.count else { return SyntaxError(location: location(ofOffset: i), detail: "the file ends too soon") }
        guard bytes[i] == UInt8(ascii: "\"") else {
            return SyntaxError(location: location(ofOffset: i), detail: "expected a field name in double quotes")
        }
        if let error = scanString(&i) { return error }
        i = skipWhitespace(from: i)
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
            return SyntaxError(location: location(ofOffset: i), detail: "expected ':' after the field name")
        }
        i += 1
        return nil
    }

    /// Scans a string from its opening quote, leaving `i` after the closing quote.
    private func scanString(_ i: inout Int) -> SyntaxError? {
        let start = i
        func fail(_ offset: Int, _ detail: String) -> SyntaxError {
            SyntaxError(location: location(ofOffset: offset), detail: detail)
        }
        i += 1
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return nil
            }
            if b == UInt8(ascii: "\\") {
                guard i + 1 < bytes.count else { break }
                let escaped = bytes[i + 1]
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    i += 2
                case UInt8(ascii: "u"):
                    guard let unit = hexUnit(at: i + 2) else {
                        return fail(i, "\\u must be followed by four hex digits")
                    }
                    if (0xDC00...0xDFFF).contains(unit) {
                        return fail(i, "\\u\(hex(unit)) is half of a character pair without its first half")
                    }
                    if (0xD800...0xDBFF).contains(unit) {
                        guard bytes.count > i + 7, bytes[i + 6] == UInt8(ascii: "\\"), bytes[i + 7] == UInt8(ascii: "u"),
                              let next = hexUnit(at: i + 8), (0xDC00...0xDFFF).contains(next) else {
                            return fail(i, "\\u\(hex(unit)) is half of a character pair without its second half")
                        }
                        i += 6
                    }
                    i += 6
                default:
                    let shown = escaped < 0x80 ? String(Unicode.Scalar(escaped)) : "…"
                    return fail(i, "\\\(shown) is not an escape JSON knows; write \\\\ for a backslash")
                }
                continue
            }
            if b < 0x20 {
                return fail(i, b == UInt8(ascii: "\n")
                    ? "a line break inside text: a closing \" may be missing, or write the break as \\n"
                    : "a control character inside text: write it as an escape such as \\t")
            }
            i += 1
        }
        return fail(start, "the text that starts here is never closed (a \" is missing, or the file is cut short)")
    }

    /// Scans `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`, leaving `i` after it.
    private func scanNumber(_ i: inout Int) -> SyntaxError? {
        func isDigit(_ at: Int) -> Bool { at < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at]) }
        func fail(_ detail: String) -> SyntaxError { SyntaxError(location: location(ofOffset: i), detail: detail) }
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard isDigit(i) else { return fail("a number must have a digit here") }
        if bytes[i] == UInt8(ascii: "0") { i += 1 } else { while isDigit(i) { i += 1 } }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard isDigit(i) else { return fail("a number needs digits after the decimal point") }
            while isDigit(i) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard isDigit(i) else { return fail("a number needs digits in its exponent") }
            while isDigit(i) { i += 1 }
        }
        return nil
    }

    /// Scans `true`, `false` or `null`; anything else where a value belongs is explained.
    private func scanWord(_ i: inout Int) -> SyntaxError? {
        var end = i
        while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
        let word = String(decoding: bytes[i..<end], as: UTF8.self)
        if word == "true" || word == "false" || word == "null" {
            i = end
            return nil
        }
        let detail: String
        if end == bytes.count, !word.isEmpty, ["true", "false", "null"].contains(where: { $0.hasPrefix(word) }) {
            detail = "the file ends before the JSON is complete; it looks cut short"
        } else if !word.isEmpty {
            detail = "\(word.prefix(30)) is not a JSON value: text must be in double quotes"
        } else if bytes[i] == UInt8(ascii: "'") {
            detail = "text must be in double quotes \", not single quotes"
        } else if bytes[i...].starts(with: [0xE2, 0x80, 0x9C]) || bytes[i...].starts(with: [0xE2, 0x80, 0x9D]) {
            detail = "a curly quote: JSON text needs straight double quotes \""
        } else {
            detail = "expected a value: text in double quotes, a number, true, false, null, { … } or [ … ]"
        }
        return SyntaxError(location: location(ofOffset: i), detail: detail)
    }

    private func isWordByte(_ b: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || b == UInt8(ascii: "_")
    }

    /// The UTF-16 unit written as four hex digits at `offset`, or nil.
    func hexUnit(at offset: Int) -> UInt16? {
        guard offset + 4 <= bytes.count else { return nil }
        var unit: UInt16 = 0
        for b in bytes[offset..<offset + 4] {
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

    private func hex(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
