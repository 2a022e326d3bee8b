/// A typed, string-backed identifier: `Identifier<Action>` cannot be passed where an outcome's id is wanted.
///
/// Stored in JSON as a bare string (`"a17"`). Ids are stable for the life of a plan; refs like `1.5`
/// are what people see and may change or repeat, ids never do.
public struct Identifier<Owner>: RawRepresentable, Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Identifier {
    /// The next id with `prefix` after those in `existing`: `a` + one more than the highest number seen.
    ///
    /// Deterministic (no random UUIDs), so tests and diffs are stable.
    public static func next(prefix: String, after existing: some Sequence<Identifier>) -> Identifier {
        var highest = 0
        for id in existing where id.rawValue.hasPrefix(prefix) {
            if let n = Int(id.rawValue.dropFirst(prefix.count)), n > highest { highest = n }
        }
        return Identifier("\(prefix)\(highest + 1)")
    }
}
