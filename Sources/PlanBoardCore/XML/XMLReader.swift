/// A small XML reader for the parts of office files: elements, attributes, text, the five
/// named entities and character references, CDATA, comments and processing instructions.
///
/// It builds the whole tree at once (office parts are read whole anyway) in one pass over the
/// bytes. A DOCTYPE is refused: office files never have one, and refusing it rules out entity
/// expansion attacks. Nesting deeper than `maxDepth` is refused, so nothing recurses without end.
/// Whitespace-only text between elements is dropped; text in elements without child elements
/// (`<w:t xml:space="preserve"> </w:t>`) is kept exactly.
public enum XMLReader {
    public static let maxDepth = 256

    /// The root element of `bytes` (UTF-8, or UTF-16 with a byte-order mark).
    public static func parse(_ bytes: [UInt8]) throws(XMLError) -> XMLElement {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try parse(utf16: bytes)
        }
        var parser = Parser(bytes: bytes)
        return try parser.document()
    }

    private static func parse(utf16 bytes: [UInt8]) throws(XMLError) -> XMLElement {
        let little = bytes[0] == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        return try parse(Array(String(decoding: units, as: UTF16.self).utf8))
    }
}

/// The reading position and the open elements.
private struct Parser {
    let bytes: [UInt8]
    var i = 0
    /// Open elements, the innermost last.
    var stack: [XMLElement] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    }

    mutating func document() throws(XMLError) -> XMLElement {
        var root: XMLElement?
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<") {
                if starts("<?") { try skip(past: "?>", what: "processing instruction") }
                else if starts("<!--") { try skip(past: "-->", what: "comment") }
                else if starts("<![CDATA[") {
                    guard !stack.isEmpty else { throw error("text outside the root element") }
                    i += 9
                    let start = i
                    try skip(past: "]]>", what: "CDATA section")
                    appendText(String(decoding: bytes[start..<(i - 3)], as: UTF8.self))
                } else if starts("<!") {
                    throw error("a DOCTYPE or declaration, which office files do not have")
                } else if starts("</") {
                    let closed = try endTag()
                    if stack.isEmpty { root = closed } else { stack[stack.count - 1].children.append(.element(closed)) }
                } else {
                    guard root == nil else { throw error("a second root element") }
                    let (element, empty) = try startTag()
                    if empty {
                        if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(.element(element)) }
                    } else {
                        guard stack.count < XMLReader.maxDepth else { throw error("elements nested more than \(XMLReader.maxDepth) deep") }
                        stack.append(element)
                    }
                }
            } else {
                let start = i
                while i < bytes.count, bytes[i] != UInt8(ascii: "<") { i += 1 }
                let raw = bytes[start..<i]
                if stack.isEmpty {
                    guard raw.allSatisfy(Self.isSpace) else { throw error("text outside the root element", at: start) }
                } else {
                    appendText(try decodeText(raw, at: start))
                }
            }
        }
        guard stack.isEmpty else { throw error("<\(stack.last!.name)> is never closed") }
        guard let root else { throw error("no root element") }
        return root
    }

    private mutating func appendText(_ text: String) {
        guard !text.isEmpty else { return }
        if case .text(let before)? = stack[stack.count - 1].children.last {
            stack[stack.count - 1].children[stack[stack.count - 1].children.count - 1] = .text(before + text)
        } else {
            stack[stack.count - 1].children.append(.text(text))
        }
    }

    /// Reads `<name attr="value" …>` or `<… />`; returns the element and whether it was empty.
    private mutating func startTag() throws(XMLError) -> (XMLElement, Bool) {
        i += 1
        let name = try readName()
        var attributes: [XMLAttribute] = []
        while true {
            skipSpace()
            guard i < bytes.count else { throw error("<\(name)> is cut short") }
            if bytes[i] == UInt8(ascii: ">") { i += 1; return (XMLElement(name: name, attributes: attributes), false) }
            if bytes[i] == UInt8(ascii: "/") {
                guard i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: ">") else { throw error("expected /> in <\(name)>") }
                i += 2
                return (XMLElement(name: name, attributes: attributes), true)
            }
            let attributeName = try readName()
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else { throw error("attribute \(attributeName) has no value") }
            i += 1
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
                throw error("the value of \(attributeName) is not quoted")
            }
            let quote = bytes[i]
            i += 1
            let start = i
            while i < bytes.count, bytes[i] != quote {
                if bytes[i] == UInt8(ascii: "<") { throw error("< inside the value of \(attributeName)") }
                i += 1
            }
            guard i < bytes.count else { throw error("the value of \(attributeName) is never closed", at: start) }
            let value = try decodeText(bytes[start..<i], at: start)
            i += 1
            attributes.append(XMLAttribute(name: attributeName, value: value))
        }
    }

    /// Reads `</name>`, checks it closes the innermost open element, and returns that element.
    private mutating func endTag() throws(XMLError) -> XMLElement {
        let at = i
        i += 2
        let name = try readName()
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ">") else { throw error("expected > after </\(name)") }
        i += 1
        guard var open = stack.popLast() else { throw error("</\(name)> closes nothing", at: at) }
        guard open.name == name else { throw error("</\(name)> closes <\(open.name)>", at: at) }
        if open.children.contains(where: { if case .element = $0 { true } else { false } }) {
            open.children.removeAll { if case .text(let t) = $0 { t.utf8.allSatisfy(Self.isSpace) } else { false } }
        }
        return open
    }

    /// A name, with any namespace prefix dropped (`w:tc` → `tc`).
    private mutating func readName() throws(XMLError) -> String {
        let start = i
        var localStart = i
        while i < bytes.count {
            let b = bytes[i]
            if Self.isSpace(b) || b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == UInt8(ascii: "=") { break }
            if b == UInt8(ascii: ":") { localStart = i + 1 }
            i += 1
        }
        guard i > start else { throw error("a name was expected") }
        // `xmlns:w` keeps its prefix so namespace declarations never shadow real attributes.
        if bytes[start..<localStart].starts(with: Array("xmlns".utf8)) {
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }
        return String(decoding: bytes[localStart..<i], as: UTF8.self)
    }

    /// Text with entity and character references replaced.
    private func decodeText(_ raw: ArraySlice<UInt8>, at start: Int) throws(XMLError) -> String {
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var j = raw.startIndex
        while j < raw.endIndex {
            let b = raw[j]
            guard b == UInt8(ascii: "&") else { out.append(b); j += 1; continue }
            guard let semicolon = raw[j...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                throw error("an & that starts no entity", at: j)
            }
            let name = String(decoding: raw[(j + 1)..<semicolon], as: UTF8.self)
            switch name {
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "amp": out.append(UInt8(ascii: "&"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            default:
                let number: UInt32?
                if name.hasPrefix("#x") || name.hasPrefix("#X") { number = UInt32(name.dropFirst(2), radix: 16) }
                else if name.hasPrefix("#") { number = UInt32(name.dropFirst()) }
                else { throw error("unknown entity &\(name);", at: j) }
                guard let number, let scalar = Unicode.Scalar(number) else { throw error("bad character reference &\(name);", at: j) }
                out += Array(String(Character(scalar)).utf8)
            }
            j = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func starts(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        return text.withUTF8Buffer { prefix in
            (0..<count).allSatisfy { bytes[i + $0] == prefix[$0] }
        }
    }

    private mutating func skip(past end: StaticString, what: String) throws(XMLError) {
        let start = i
        while i < bytes.count {
            if starts(end) { i += end.utf8CodeUnitCount; return }
            i += 1
        }
        throw error("a \(what) is never closed", at: start)
    }

    private mutating func skipSpace() {
        while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// An error at byte `offset` (the current position by default), with its line and column.
    private func error(_ problem: String, at offset: Int? = nil) -> XMLError {
        let end = min(offset ?? i, bytes.count)
        var line = 1, column = 1
        for b in bytes[..<end] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return XMLError(line: line, column: column, problem: problem)
    }
}
