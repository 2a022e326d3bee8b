/// Any JSON value, read whole (for fields this planboard does not know) or checked and passed
/// over (for finding where a broken file breaks, and the place a path names).
extension JSONReader {
    /// Reads any value and keeps it whole, as a field this planboard does not know.
    mutating func value() throws(FileProblem) -> JSONValue {
        switch try valueStart() {
        case UInt8(ascii: "{"):
            var members = try openObject()
            var fields = UnknownFields()
            while let key = try nextKey(&members) {
                let keyOffset = key.start - 1
                let field = try value()
                guard fields.insert(tokens.string(key), field) else {
                    throw repeatedKey(key, at: keyOffset, inObjectAt: members.start)
                }
            }
            return .object(fields)
        case UInt8(ascii: "["):
            var items = try openList()
            var list: [JSONValue] = []
            while try nextItem(&items) { list.append(try value()) }
            return .list(list)
        case UInt8(ascii: "\""):
            return .text(try text())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let range = try tokens.number()
            return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
        default:
            switch try tokens.word() {
            case .true: return .bool(true)
            case .false: return .bool(false)
            case .null: return .null
            }
        }
    }

    /// Reads past any value, checking it as strictly as `value()` does without keeping it.
    mutating func skipValue() throws(FileProblem) {
        switch try valueStart() {
        case UInt8(ascii: "{"):
            var members = try openObject()
            var names = Set<[UInt8]>()
            while let key = try nextKey(&members) {
                guard names.insert(tokens.unescaped(key)).inserted else {
                    throw repeatedKey(key, at: key.start - 1, inObjectAt: members.start)
                }
                try skipValue()
            }
        case UInt8(ascii: "["):
            var items = try openList()
            while try nextItem(&items) { try skipValue() }
        case UInt8(ascii: "\""):
            _ = try tokens.text()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            _ = try tokens.number()
        default:
            _ = try tokens.word()
        }
    }

    /// Passes over the rest of the list being read, after its items so far, by its brackets
    /// alone (`JSONTokenizer.passOverRestOfNesting`): for a preview, whose file is read again in
    /// full, strictly, before anything can be changed.
    mutating func passOverRestOfList() throws(FileProblem) {
        try tokens.passOverRestOfNesting()
        leave()
    }

    /// The problem of a key met a second time in one object, naming where the first one is.
    func repeatedKey(_ key: JSONTokenizer.Text, at keyOffset: Int, inObjectAt start: Int) -> FileProblem {
        let name = tokens.unescaped(key)
        var first = keyOffset
        var reader = JSONReader(bytes, at: start)
        if var members = try? reader.openObject() {
            while let other = try? reader.nextKey(&members), other.start - 1 < keyOffset {
                if reader.tokens.unescaped(other) == name {
                    first = other.start - 1
                    break
                }
                guard (try? reader.skipValue()) != nil else { break }
            }
        }
        let shown = String(decoding: name, as: UTF8.self)
        return .syntax(keyOffset, "the field \"\(shown)\" appears twice in this object (first at "
                       + "\(TextPosition(of: first, in: bytes).text)); keep only one")
    }
}
