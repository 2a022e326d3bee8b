/// Writes the plan file: the fields of `PlanFormat.swift` with keys sorted, pretty-printed with two
/// spaces and ` : ` after each key, slashes and non-ASCII as they are, and a newline at the end.
///
/// This is the layout JSONEncoder gives with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`,
/// which wrote planboard's files before this writer did; golden files in the tests hold the two to
/// the same bytes, so existing plans are rewritten exactly as they were. Fields this planboard does
/// not know are written back in their sorted place.
struct PlanJSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the container being written has had a member yet (one entry per open container).
    private var hasMember: [Bool] = []

    /// The file's bytes for `plan`, with `schemaVersion`, ending in a newline.
    static func bytes(for plan: Plan) -> [UInt8] {
        var writer = PlanJSONWriter()
        writer.bytes.reserveCapacity(4096 + plan.outcomes.reduce(0) { $0 + $1.actions.count } * 1536)
        PlanDocument(plan: plan).write(to: &writer)
        writer.bytes.append(UInt8(ascii: "\n"))
        return writer.bytes
    }

    /// Writes `value` as an object: its fields in sorted order, with its unknown fields in their places.
    mutating func object<T: FileObject>(_ value: T, _ fields: FileFields<T>) {
        open(UInt8(ascii: "{"))
        fields.writes.withUnsafeBufferPointer { writes in
            if value.unknownFields.isEmpty {
                for index in writes.indices { writes[index](value, &self) }
                return
            }
            let unknown = value.unknownFields.members
            var next = 0
            for index in writes.indices {
                while next < unknown.count, UnknownFields.precedes(unknown[next].name, fields.all[index].name) {
                    member(unknown[next])
                    next += 1
                }
                writes[index](value, &self)
            }
            for rest in unknown[next...] { member(rest) }
        }
        close(UInt8(ascii: "}"))
    }

    private mutating func member(_ field: UnknownFields.Member) {
        nextMember()
        string(field.name)
        bytes.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
        value(field.value)
    }

    /// A value kept from the file: numbers as they were written, objects with keys sorted.
    mutating func value(_ value: JSONValue) {
        switch value {
        case .text(let text): string(text)
        case .number(let text): raw(text)
        case .bool(let flag): raw(flag ? "true" : "false")
        case .null: raw("null")
        case .list(let items): list(items) { writer, item in writer.value(item) }
        case .object(let fields):
            open(UInt8(ascii: "{"))
            for field in fields.members { member(field) }
            close(UInt8(ascii: "}"))
        }
    }

    /// `"name" : `, the start of a member named `name` (plain ASCII), made once per field.
    static func key(_ name: String) -> [UInt8] { Array("\"\(name)\" : ".utf8) }

    /// Starts a member of the object being written with its `key` (made by `key(_:)`).
    mutating func member(_ key: [UInt8]) {
        nextMember()
        key.withUnsafeBufferPointer { bytes.append(contentsOf: $0) }
    }

    // MARK: The pretty-printed layout

    mutating func list<Element>(_ elements: [Element], _ write: (inout PlanJSONWriter, Element) -> Void) {
        open(UInt8(ascii: "["))
        elements.withUnsafeBufferPointer { elements in
            for index in elements.indices {
                nextMember()
                write(&self, elements[index])
            }
        }
        close(UInt8(ascii: "]"))
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        hasMember.append(false)
    }

    /// `{` and `[` close on their own line; an empty one keeps a blank line, as JSONEncoder does.
    private mutating func close(_ bracket: UInt8) {
        if !hasMember.removeLast() { bytes.append(UInt8(ascii: "\n")) }
        depth -= 1
        newline()
        bytes.append(bracket)
    }

    private mutating func nextMember() {
        if hasMember[hasMember.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasMember[hasMember.count - 1] = true
        newline()
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        var spaces = depth * 2
        while spaces > 0 {
            let run = min(spaces, Self.spaces.count)
            Self.spaces.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<run])) }
            spaces -= run
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`-style or `\u001b` escapes,
    /// everything else (slashes, non-ASCII) as it is.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var i = 0
            let count = utf8.count
            while i < count {
                let b = utf8[i]
                i += 1
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i - 1]))
                runStart = i
                bytes.append(UInt8(ascii: "\\"))
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(b)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                              hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
