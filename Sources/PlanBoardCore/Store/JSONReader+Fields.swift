/// Reading the plan's own types by their field tables (`PlanFormat.swift`), and the few kinds of
/// value those fields hold.
extension JSONReader {
    /// Reads the object that must come next as a `T`: known fields through their table, required
    /// ones checked at the `}`, unknown ones kept whole; a key given twice is refused.
    mutating func object<T: FileObject>(_ fields: FileFields<T>) throws(FileProblem) -> T {
        var members = try openObject()
        var value = T.blank
        var seen: UInt64 = 0
        while let key = try nextKey(&members) {
            guard let index = fields.index(of: key, in: tokens) else {
                let name = tokens.string(key)
                let field: JSONValue
                do { field = try self.value() } catch { throw error.inside(.key(name)) }
                guard value.unknownFields.insert(name, field) else {
                    throw repeatedKey(key, at: key.start - 1, inObjectAt: members.start)
                }
                continue
            }
            let bit: UInt64 = 1 << UInt64(index)
            guard seen & bit == 0 else { throw repeatedKey(key, at: key.start - 1, inObjectAt: members.start) }
            seen |= bit
            do {
                try fields.reads.withUnsafeBufferPointer { reads throws(FileProblem) in try reads[index](&self, &value) }
            } catch {
                throw error.inside(.key(fields.all[index].name))
            }
        }
        if seen & fields.requiredMask != fields.requiredMask {
            let missing = fields.all.indices.first { fields.requiredMask & ~seen & (1 << UInt64($0)) != 0 }!
            throw .value(members.start, "the required field \"\(fields.all[missing].name)\" is missing")
        }
        return value
    }

    /// The value as written in the file from `start` to `end` (`"purple"`), shortened for a message.
    func snippet(from start: Int, to end: Int, limit: Int = 40) -> String {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// Reads text and makes it a `T` with `make`, or says that the text is not one (`"2026-13-01"
    /// is not a date like 2026-11-23`).
    @inline(__always)
    mutating func text<T>(as make: (String) -> T?, isNot description: @autoclosure () -> String) throws(FileProblem) -> T {
        let token = try textToken()
        if let value = make(tokens.string(token)) { return value }
        throw .value(token.start - 1, "\(snippet(from: token.start - 1, to: token.end + 1)) is not \(description())")
    }
}

extension String: FileValue {
    static func read(from reader: inout JSONReader) throws(FileProblem) -> String { try reader.text() }
    func write(to writer: inout PlanJSONWriter) { writer.string(self) }
}

extension Identifier: FileValue {
    static func read(from reader: inout JSONReader) throws(FileProblem) -> Identifier { Identifier(try reader.text()) }
    func write(to writer: inout PlanJSONWriter) { writer.string(rawValue) }
}

extension Array: FileValue where Element: FileValue {
    static func read(from reader: inout JSONReader) throws(FileProblem) -> [Element] {
        var items = try reader.openList()
        var list: [Element] = []
        while try reader.nextItem(&items) {
            if list.count >= reader.previewItems, Element.isCutInPreview {
                try reader.passOverRestOfList()
                break
            }
            do { list.append(try Element.read(from: &reader)) } catch { throw error.inside(.index(list.count)) }
        }
        return list
    }

    func write(to writer: inout PlanJSONWriter) {
        writer.list(self) { writer, element in element.write(to: &writer) }
    }
}

extension Day: FileValue {
    static func read(from reader: inout JSONReader) throws(FileProblem) -> Day {
        try reader.text(as: Day.init(isoText:), isNot: "a date like 2026-11-23")
    }

    func write(to writer: inout PlanJSONWriter) { writer.string(isoText) }
}

extension Timestamp: FileValue {
    /// `2026-11-23T14:02:05Z` is read straight from the bytes (it is every time planboard writes);
    /// any other text goes through `Timestamp(isoText:)`, which decides what else is accepted.
    static func read(from reader: inout JSONReader) throws(FileProblem) -> Timestamp {
        var probe = reader
        if let token = try? probe.textToken(), !token.hasEscapes, token.end - token.start == 20,
           let value = canonical(probe.bytes, at: token.start) {
            reader = probe
            return value
        }
        return try reader.text(as: Timestamp.init(isoText:), isNot: "a time like 2026-11-23T14:02:05Z")
    }

    func write(to writer: inout PlanJSONWriter) { writer.string(description) }

    /// `YYYY-MM-DDTHH:MM:SSZ` at `s`, as `Timestamp(isoText:)` reads it; nil when not in exactly that form.
    private static func canonical(_ bytes: UnsafeBufferPointer<UInt8>, at s: Int) -> Timestamp? {
        guard bytes[s + 4] == UInt8(ascii: "-"), bytes[s + 7] == UInt8(ascii: "-"), bytes[s + 10] == UInt8(ascii: "T"),
              bytes[s + 13] == UInt8(ascii: ":"), bytes[s + 16] == UInt8(ascii: ":"), bytes[s + 19] == UInt8(ascii: "Z")
        else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for i in from..<(from + count) {
                let byte = bytes[i]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(s, 4), let month = number(s + 5, 2), let date = number(s + 8, 2),
              let hour = number(s + 11, 2), let minute = number(s + 14, 2), let second = number(s + 17, 2),
              let day = Day(year: year, month: month, day: date), hour < 24, minute < 60, second < 61 else { return nil }
        return Timestamp(day: day, hour: hour, minute: minute, second: second)
    }
}

/// A value that is one of a fixed set of words in the file (a RAG rating, a status …).
protocol FileWord: FileValue, RawRepresentable, CaseIterable where RawValue == String {
    /// What one of these is called in a message: `a RAG rating`.
    static var wordKind: String { get }
}

extension FileWord {
    /// Reads one of the words, or says which words are allowed (`"purple" is not a RAG rating
    /// (red, amber, green or unrated)`).
    static func read(from reader: inout JSONReader) throws(FileProblem) -> Self {
        try reader.text(as: Self.init(rawValue:), isNot: "\(wordKind) (\(allowedWords))")
    }

    func write(to writer: inout PlanJSONWriter) { writer.string(rawValue) }

    /// `red, amber, green or unrated`.
    static var allowedWords: String {
        let words = allCases.map(\.rawValue)
        return words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words.last!
    }
}
