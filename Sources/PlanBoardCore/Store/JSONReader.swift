/// JSON's grammar on top of `JSONTokenizer`: objects, lists, the commas and colons between their
/// parts, and the end of the document, each syntax error worded and placed.
///
/// Strict RFC 8259, stricter than Foundation's decoder: a trailing comma (`[1, 2,]`) and a key
/// repeated in one object are refused, since the second value of a repeated key would silently
/// win or be lost. The plan's reader (`JSONReader+Fields.swift`), the reader of unknown values and
/// the search for where a broken file breaks are all built on these few calls.
struct JSONReader {
    var tokens: JSONTokenizer
    /// How many objects and lists are open around the current position.
    private(set) var depth = 0

    /// Deeper nesting than this is refused (Foundation's decoder allows as much).
    static let maximumDepth = 512

    /// How many items of a list of values that are `isCutInPreview` are read; the rest are passed
    /// over. Only a preview (`PlanPreview`) sets it: every other read takes every item.
    var previewItems = Int.max

    init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int = 0) {
        tokens = JSONTokenizer(bytes)
        tokens.offset = offset
    }

    var bytes: UnsafeBufferPointer<UInt8> { tokens.bytes }

    /// An object being read: where its `{` is, and whether a field has been read yet.
    struct Members {
        let start: Int
        var first = true
    }

    /// A list being read: whether an item has been read yet.
    struct Items {
        var first = true
    }

    // MARK: Values

    /// The offset and first byte of the next value, after whitespace; a syntax error at the end of the file.
    @inline(__always)
    mutating func valueStart() throws(FileProblem) -> UInt8 {
        guard let byte = tokens.peek() else { throw .syntax(tokens.offset, FileProblem.cutShort) }
        return byte
    }

    /// What kind of value starts at the current position, checking that a scalar there is a
    /// whole, well-formed token; a syntax error when no value starts there.
    mutating func kindOfValue() throws(FileProblem) -> JSONValueKind {
        var probe = tokens
        switch try valueStart() {
        case UInt8(ascii: "\""): _ = try probe.text(); return .text
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .list
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try probe.number(); return .number
        default: return try probe.word() == .null ? .null : .boolean
        }
    }

    /// The problem of finding another kind of value than `expected` (`text`, `a whole number`) here:
    /// a value problem naming both, or the syntax problem when no value starts here at all.
    mutating func mismatch(expected: String) -> FileProblem {
        let start = tokens.offset
        do {
            let found = try kindOfValue()
            return .value(start, "expected \(expected), found \(found.foundPhrase)")
        } catch {
            return error
        }
    }

    /// Takes a `null` if one comes next (an optional field left empty).
    @inline(__always)
    mutating func takeNull() -> Bool {
        guard tokens.peek() == UInt8(ascii: "n") else { return false }
        var probe = tokens
        guard (try? probe.word()) == .null else { return false }
        tokens = probe
        return true
    }

    /// The next value, which must be text.
    @inline(__always)
    mutating func textToken() throws(FileProblem) -> JSONTokenizer.Text {
        guard try valueStart() == UInt8(ascii: "\"") else { throw mismatch(expected: "text") }
        return try tokens.text()
    }

    /// The next value as a `String`, which must be text.
    @inline(__always)
    mutating func text() throws(FileProblem) -> String {
        tokens.string(try textToken())
    }

    // MARK: Objects and lists

    /// Opens the object that must come next.
    @inline(__always)
    mutating func openObject() throws(FileProblem) -> Members {
        guard try valueStart() == UInt8(ascii: "{") else { throw mismatch(expected: "an object { … }") }
        let start = tokens.offset
        try enter()
        tokens.take()
        return Members(start: start)
    }

    /// The next field's key, with its `:` taken; nil after the object's closing `}`.
    mutating func nextKey(_ members: inout Members) throws(FileProblem) -> JSONTokenizer.Text? {
        guard var byte = tokens.peek() else { throw .syntax(tokens.offset, FileProblem.cutShort) }
        if byte == UInt8(ascii: "}") {
            tokens.take()
            depth -= 1
            return nil
        }
        if !members.first {
            guard byte == UInt8(ascii: ",") else {
                throw .syntax(tokens.offset, "expected ',' between fields or '}' to close the object (is a comma missing?)")
            }
            let comma = tokens.offset
            tokens.take()
            guard let next = tokens.peek() else { throw .syntax(tokens.offset, FileProblem.cutShort) }
            if next == UInt8(ascii: "}") { throw .syntax(comma, "a trailing comma before '}': remove this comma") }
            byte = next
        }
        members.first = false
        guard byte == UInt8(ascii: "\"") else { throw .syntax(tokens.offset, "expected a field name in double quotes") }
        let key = try tokens.text()
        guard let colon = tokens.peek() else { throw .syntax(tokens.offset, FileProblem.cutShort) }
        guard colon == UInt8(ascii: ":") else { throw .syntax(tokens.offset, "expected ':' after the field name") }
        tokens.take()
        return key
    }

    /// Opens the list that must come next.
    @inline(__always)
    mutating func openList() throws(FileProblem) -> Items {
        guard try valueStart() == UInt8(ascii: "[") else { throw mismatch(expected: "a list [ … ]") }
        try enter()
        tokens.take()
        return Items()
    }

    /// True when another item follows (its `,` taken); false after the list's closing `]`.
    mutating func nextItem(_ items: inout Items) throws(FileProblem) -> Bool {
        guard let byte = tokens.peek() else { throw .syntax(tokens.offset, FileProblem.cutShort) }
        if byte == UInt8(ascii: "]") {
            tokens.take()
            depth -= 1
            return false
        }
        if items.first {
            items.first = false
            return true
        }
        guard byte == UInt8(ascii: ",") else {
            throw .syntax(tokens.offset, "expected ',' between items or ']' to close the list (is a comma missing?)")
        }
        let comma = tokens.offset
        tokens.take()
        guard let next = tokens.peek() else { throw .syntax(tokens.offset, FileProblem.cutShort) }
        if next == UInt8(ascii: "]") { throw .syntax(comma, "a trailing comma before ']': remove this comma") }
        return true
    }

    /// Counts an object or list opening, refusing nesting deeper than `maximumDepth`.
    mutating func enter() throws(FileProblem) {
        guard depth < Self.maximumDepth else {
            throw .syntax(tokens.offset, "nested more than \(Self.maximumDepth) levels deep")
        }
        depth += 1
    }

    /// Counts an object or list closing.
    mutating func leave() {
        depth -= 1
    }

    /// Checks that nothing but whitespace follows the document.
    mutating func finish() throws(FileProblem) {
        if tokens.peek() != nil { throw .syntax(tokens.offset, "more text after the end of the JSON") }
    }
}

/// The kinds of JSON value, in words for messages.
enum JSONValueKind: Equatable, Sendable {
    case text, number, boolean, null, object, list

    /// How a message names a value of this kind that was found where another was expected.
    var foundPhrase: String {
        switch self {
        case .text: "text"
        case .number: "a number"
        case .boolean: "true or false"
        case .null: "nothing (null)"
        case .object: "an object { … }"
        case .list: "a list [ … ]"
        }
    }
}
