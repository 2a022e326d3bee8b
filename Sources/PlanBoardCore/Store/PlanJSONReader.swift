/// Reads a plan file's JSON straight into the model, several times faster than `JSONDecoder`.
///
/// A recursive-descent parser over the file's bytes that builds `Plan`, `Outcome`, `Action` …
/// directly, with the same required fields, defaults and enum words as the model's
/// `init(from:)`. It is deliberately narrow: anything it is not sure `JSONDecoder` would read the
/// same way (a syntax error, a trailing comma, a wrong type, an unknown word, a missing or repeated
/// field, a non-ASCII key, a `schemaVersion` that is not a plain `1`) makes it give up, and
/// `PlanFile.decode` falls back to `JSONDecoder`, which reads what it can and words the errors.
/// So refusing is always safe; accepting must give exactly `JSONDecoder`'s plan (tests hold that).
struct PlanJSONReader {
    /// Why the reader gave up; never shown, only a signal to fall back.
    struct Refusal: Error {}

    /// The plan in `bytes` (UTF-8, no byte-order mark), or nil when the reader gives up.
    static func plan(from bytes: [UInt8]) -> Plan? {
        bytes.withUnsafeBufferPointer { buffer -> Plan? in
            var reader = PlanJSONReader(buffer)
            return try? reader.document()
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// Known keys and their bits by length (a key's length is the index), for matching without
    /// making strings.
    let keysByLength: [[(key: Key, bit: UInt64, bytes: [UInt8])]]

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var table = [[(key: Key, bit: UInt64, bytes: [UInt8])]](repeating: [], count: Key.longest + 1)
        for key in Key.allCases where key != .unknown {
            table[key.rawValue.utf8.count].append((key, key.bit, Array(key.rawValue.utf8)))
        }
        keysByLength = table
    }

    /// Deeper than this, skipping an unknown value gives up (`JSONDecoder` allows 512 levels).
    static let maximumSkipDepth = 256

    // MARK: Structure

    /// Skips JSON whitespace: space, tab, line feed, carriage return.
    @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Consumes `byte` after any whitespace, or gives up.
    @inline(__always)
    mutating func expect(_ byte: UInt8) throws(Refusal) {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { throw Refusal() }
        index += 1
    }

    /// Consumes `null` when it comes next (the value of an absent optional field).
    mutating func takeNull() -> Bool {
        skipWhitespace()
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
              bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l") else { return false }
        index += 4
        return true
    }

    /// Reads the next member's key of an object whose `{` has been consumed, and its `:`; nil at
    /// the closing `}`. Keys outside `wanted` come back as `.unknown`; a wanted key seen twice
    /// gives up, since which of the two `JSONDecoder` keeps is not something to guess.
    mutating func nextKey(first: inout Bool, seen: inout UInt64, wanted: UInt64) throws(Refusal) -> Key? {
        skipWhitespace()
        guard index < bytes.count else { throw Refusal() }
        if bytes[index] == UInt8(ascii: "}") {
            index += 1
            return nil
        }
        if !first {
            guard bytes[index] == UInt8(ascii: ",") else { throw Refusal() }
            index += 1
            skipWhitespace()
            // `{"a": 1,}`: a trailing comma, which only the fallback judges.
            guard index < bytes.count, bytes[index] != UInt8(ascii: "}") else { throw Refusal() }
        }
        first = false
        let (key, bit) = try readKey()
        try expect(UInt8(ascii: ":"))
        guard wanted & bit != 0 else { return .unknown }
        guard seen & bit == 0 else { throw Refusal() }
        seen |= bit
        return key
    }

    /// Reads a list, calling `element` for each item; the `[` has not been consumed yet.
    mutating func list<T>(_ element: (inout PlanJSONReader) throws(Refusal) -> T) throws(Refusal) -> [T] {
        try expect(UInt8(ascii: "["))
        var items: [T] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return items
        }
        while true {
            items.append(try element(&self))
            skipWhitespace()
            guard index < bytes.count else { throw Refusal() }
            let next = bytes[index]
            index += 1
            if next == UInt8(ascii: "]") { return items }
            guard next == UInt8(ascii: ",") else { throw Refusal() }
            skipWhitespace()
            // `[1, 2,]`: a trailing comma, left to the fallback.
            guard index < bytes.count, bytes[index] != UInt8(ascii: "]") else { throw Refusal() }
        }
    }

    /// Reads a list of text, as `[String]` decodes: no nulls, no other types.
    mutating func stringList() throws(Refusal) -> [String] {
        try list { (reader: inout PlanJSONReader) throws(Refusal) in try reader.string() }
    }

    /// A whole number written plainly (`1`, `-3`): no fraction, exponent or leading zero.
    mutating func plainInteger() throws(Refusal) -> Int {
        skipWhitespace()
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        let start = index
        var value = 0
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int(bytes[index] - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { throw Refusal() }
            value = sum
            index += 1
        }
        let digits = index - start
        guard digits > 0, !(digits > 1 && bytes[start] == UInt8(ascii: "0")) else { throw Refusal() }
        if index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): throw Refusal()
            default: break
            }
        }
        return negative ? -value : value
    }
}

extension PlanJSONReader {
    /// Every key the model reads, across all its types; `unknown` stands for any other key.
    enum Key: String, CaseIterable {
        case schemaVersion, title, period, owner, outcomes, leads, meetings
        case id, number, description, actions
        case ref, text, area, deadline, measure, progress, rag, status, statusText, notes, history, removal
        case initials, name, organisation
        case date, attendees, apologies, startedAt, endedAt, discussed
        case at, field, from, to, reason, meeting, kind, due
        case unknown = ""

        static let longest = allCases.map(\.rawValue.utf8.count).max()!

        /// This key's bit in a set of keys (`seen`, `wanted`); `unknown` has none.
        var bit: UInt64 {
            switch self {
            case .unknown: 0
            default: 1 << UInt64(Key.allCases.firstIndex(of: self)!)
            }
        }

        /// The set of `keys`, as bits.
        static func set(_ keys: Key...) -> UInt64 { keys.reduce(0) { $0 | $1.bit } }
    }
}
