/// A typed, string-backed identifier: `Identifier<Action>` cannot be passed where an outcome's id is wanted.
///
/// Stored in JSON as a bare string (`"a17"`). Ids are stable for the life of a plan; refs like `1.5`
/// are what people see and may change or repeat, ids never do.
public struct Identifier<Owner>: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Identifier {
    /// The next id with `prefix` after those in `existing`: `a` + one more than the highest number seen.
    ///
    /// Deterministic (no random UUIDs), so tests and diffs are stable. A hand-edited id numbered
    /// as high as a whole number goes (`a9223372036854775807`) is counted past, never crashed on.
    ///
    /// With a `suffix` the id is `a27-k3f9q`: the number still counts up (ids read in order), the
    /// suffix keeps copies edited apart from making the same id. Old `a27` ids are counted alike.
    public static func next(prefix: String, after existing: some Sequence<Identifier>, suffix: String = "") -> Identifier {
        var numbers: [Int] = []
        for id in existing where id.rawValue.hasPrefix(prefix) {
            if let n = number(in: id.rawValue.dropFirst(prefix.count)) { numbers.append(n) }
        }
        let base = "\(prefix)\(NextNumber.after(numbers))"
        return Identifier(suffix.isEmpty ? base : base + "-" + suffix)
    }

    /// The number of `27` or `27-k3f9q`; nil for anything else.
    private static func number(in rest: Substring) -> Int? {
        let digits = rest.prefix { $0 != "-" }
        return Int(digits)
    }
}

/// The number to give a new id or ref after those already used.
enum NextNumber {
    /// One more than the highest of `numbers` (1 when none is positive); when that number would
    /// pass `Int.max` or is `Int.max` and taken, the lowest positive number not among them, so the
    /// result is never one of `numbers` and never overflows.
    static func after(_ numbers: [Int]) -> Int {
        var highest = 0
        var topTaken = false
        for n in numbers {
            if n == .max { topTaken = true } else if n > highest { highest = n }
        }
        if highest < .max - 1 || !topTaken { return highest + 1 }
        let taken = Set(numbers)
        var candidate = 1
        while taken.contains(candidate) { candidate += 1 }
        return candidate
    }
}
