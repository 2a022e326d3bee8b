/// Finding a value by its coding path (`outcomes[1].actions[3].rag`) in well-formed JSON, so a
/// decoding error can name the line and column of the value it is about.
extension JSONSyntaxScanner {
    /// One step of a path into a JSON document: a field of an object, or an element of a list.
    enum PathComponent: Equatable, Sendable {
        case key(String)
        case index(Int)
    }

    /// What kind of value starts at an offset, in words for messages.
    enum ValueKind: Equatable, Sendable {
        case text, number, boolean, null, object, list

        var phrase: String {
            switch self {
            case .text: "text"
            case .number: "a number"
            case .boolean: "true or false"
            case .null: "null"
            case .object: "an object { … }"
            case .list: "a list [ … ]"
            }
        }
    }

    /// Where the value at `path` starts; when part of the path is not in the text, where the
    /// deepest part that is starts (the document itself for an empty path).
    ///
    /// Expects well-formed JSON (run `firstError()` first); on anything else it stops early.
    func location(of path: [PathComponent]) -> Location {
        var found = skipWhitespace(from: 0)
        for component in path {
            guard found < bytes.count else { break }
            let next: Int?
            switch (component, bytes[found]) {
            case (.key(let key), UInt8(ascii: "{")): next = offsetOfField(key, inObjectAt: found)
            case (.index(let index), UInt8(ascii: "[")): next = offsetOfElement(index, inListAt: found)
            default: next = nil
            }
            guard let next else { break }
            found = next
        }
        return location(ofOffset: found)
    }

    /// The kind of the value starting at `offset`.
    func kind(at offset: Int) -> ValueKind {
        guard offset < bytes.count else { return .null }
        switch bytes[offset] {
        case UInt8(ascii: "\""): return .text
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .list
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .boolean
        case UInt8(ascii: "n"): return .null
        default: return .number
        }
    }

    /// The value at `offset` as written in the file (`"purple"`, `42`), shortened to `limit`
    /// characters; containers are described rather than quoted.
    func snippet(at offset: Int, limit: Int = 40) -> String {
        switch kind(at: offset) {
        case .object, .list: return kind(at: offset).phrase
        default:
            let text = String(decoding: bytes[offset..<endOfValue(at: offset)], as: UTF8.self)
            return text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
        }
    }

    private func offsetOfField(_ key: String, inObjectAt start: Int) -> Int? {
        var i = skipWhitespace(from: start + 1)
        while i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
            let nameEnd = endOfString(at: i)
            let name = decodedString(from: i, to: nameEnd)
            i = skipWhitespace(from: nameEnd)
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
            i = skipWhitespace(from: i + 1)
            if name == key { return i }
            i = skipWhitespace(from: endOfValue(at: i))
            guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return nil }
            i = skipWhitespace(from: i + 1)
        }
        return nil
    }

    private func offsetOfElement(_ index: Int, inListAt start: Int) -> Int? {
        var i = skipWhitespace(from: start + 1)
        guard i < bytes.count, bytes[i] != UInt8(ascii: "]") else { return nil }
        var position = 0
        while i < bytes.count {
            if position == index { return i }
            i = skipWhitespace(from: endOfValue(at: i))
            guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return nil }
            i = skipWhitespace(from: i + 1)
            position += 1
        }
        return nil
    }

    /// The offset just after the value starting at `start` (iterative, so deep nesting is safe).
    func endOfValue(at start: Int) -> Int {
        guard start < bytes.count else { return start }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            return endOfString(at: start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var i = start
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "\""):
                    i = endOfString(at: i)
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return i + 1 }
                default: break
                }
                i += 1
            }
            return i
        default:
            var i = start
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: " "), UInt8(ascii: "\t"),
                     UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    return i
                default: i += 1
                }
            }
            return i
        }
    }

    /// The offset just after the closing quote of the string opening at `start`.
    private func endOfString(at start: Int) -> Int {
        var i = start + 1
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\""): return i + 1
            case UInt8(ascii: "\\"): i += 2
            default: i += 1
            }
        }
        return bytes.count
    }

    /// The text of the JSON string between `start` (its opening quote) and `end` (after its
    /// closing quote), escapes resolved.
    private func decodedString(from start: Int, to end: Int) -> String {
        var scalars = String.UnicodeScalarView()
        var plain: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: plain, as: UTF8.self).unicodeScalars)
            plain.removeAll()
        }
        var i = start + 1
        let stop = max(i, end - 1)
        while i < stop {
            let b = bytes[i]
            guard b == UInt8(ascii: "\\"), i + 1 < stop else {
                plain.append(b)
                i += 1
                continue
            }
            flush()
            let escaped = bytes[i + 1]
            i += 2
            switch escaped {
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                guard let unit = hexUnit(at: i) else { continue }
                i += 4
                var value = UInt32(unit)
                if (0xD800...0xDBFF).contains(unit), i + 6 <= stop, let low = hexUnit(at: i + 2) {
                    value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    i += 6
                }
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            default: scalars.append(Unicode.Scalar(escaped))
            }
        }
        flush()
        return String(scalars)
    }
}
