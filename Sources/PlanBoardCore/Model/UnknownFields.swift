/// A JSON value that this planboard does not interpret, kept as it was read so that it can be
/// written back: a field added by hand, or by a newer planboard.
///
/// Numbers keep the text they were written with (`1.50` stays `1.50`), so nothing is rounded.
public indirect enum JSONValue: Hashable, Sendable {
    case text(String)
    /// A number exactly as written in the file.
    case number(String)
    case bool(Bool)
    case null
    case list([JSONValue])
    case object(UnknownFields)
}

/// The fields of one object in the plan file that this planboard does not know (a plan, outcome,
/// action, lead, meeting, note, change or removal), kept with their values so a save writes them
/// back unchanged instead of dropping them.
///
/// Kept in the order the file writes keys (by their UTF-8 bytes, as JSONEncoder's sorted keys), so
/// output stays deterministic. Only the plan file's reader adds to them.
public struct UnknownFields: Hashable, Sendable {
    /// One field: its name and value.
    public struct Member: Hashable, Sendable {
        public var name: String
        public var value: JSONValue
    }

    /// The fields, sorted by name.
    public private(set) var members: [Member] = []

    public init() {}

    public var isEmpty: Bool { members.isEmpty }

    /// The names, in order.
    public var names: [String] { members.map(\.name) }

    /// The value of the field `name`, if there is one.
    public subscript(name: String) -> JSONValue? {
        members.first { $0.name.utf8.elementsEqual(name.utf8) }?.value
    }

    /// Adds a field in its sorted place; false (adding nothing) when one of that name is already
    /// there. Names compare byte for byte: `é` and `e` + combining accent are different keys in JSON.
    mutating func insert(_ name: String, _ value: JSONValue) -> Bool {
        var low = 0, high = members.count
        while low < high {
            let middle = (low + high) / 2
            if Self.precedes(members[middle].name, name) { low = middle + 1 } else { high = middle }
        }
        if low < members.count, members[low].name.utf8.elementsEqual(name.utf8) { return false }
        members.insert(Member(name: name, value: value), at: low)
        return true
    }

    /// Whether `a` sorts before `b` by UTF-8 bytes.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
