/// The small rules every part of a three-way merge uses: a value changed on one side takes that
/// side; both changed differently is a conflict; lists of records are a union; keyed lists keep
/// one side's order with the other side's additions after their neighbours.
enum ThreeWay {
    /// The merged value of one field, and whether both sides changed it differently (then `ours`).
    static func pick<T: Equatable>(_ base: T, _ ours: T, _ theirs: T) -> (value: T, conflict: Bool) {
        if ours == theirs || base == theirs { return (ours, false) }
        if base == ours { return (theirs, false) }
        return (ours, true)
    }

    /// Every entry of either side once, oldest first; entries made at the same time in an order
    /// that does not depend on which side was which.
    /// When both sides hold the same list it is left as it is.
    static func union<T: Hashable>(_ ours: [T], _ theirs: [T], at time: (T) -> Timestamp, key: (T) -> String) -> [T] {
        if ours == theirs { return ours }
        var seen = Set<T>()
        var all: [T] = []
        for entry in ours + theirs where seen.insert(entry).inserted { all.append(entry) }
        return all.enumerated().sorted { l, r in
            let (a, b) = (time(l.element), time(r.element))
            if a != b { return a < b }
            let (ka, kb) = (key(l.element), key(r.element))
            if ka != kb { return ka < kb }
            return l.offset < r.offset
        }.map(\.element)
    }

    /// A keyed list's order: ours, with each key only theirs has placed after the key before it in
    /// theirs (at the front when it was theirs' first); keys not in `keep` are left out.
    static func order<K: Hashable>(ours: [K], theirs: [K], keep: Set<K>) -> [K] {
        var result = ours.filter { keep.contains($0) }
        var placed = Set(result)
        for (index, key) in theirs.enumerated() where keep.contains(key) && !placed.contains(key) {
            var at = 0
            var back = index - 1
            while back >= 0 {
                if let found = result.firstIndex(of: theirs[back]) { at = found + 1; break }
                back -= 1
            }
            result.insert(key, at: at)
            placed.insert(key)
        }
        for key in keep where !placed.contains(key) { result.append(key) }
        return result
    }

    /// Unknown fields merged name by name, as fields are.
    static func unknown(_ base: UnknownFields, _ ours: UnknownFields, _ theirs: UnknownFields) -> UnknownFields {
        if ours == theirs || base == theirs { return ours }
        if base == ours { return theirs }
        var merged = UnknownFields()
        let names = Set(ours.names + theirs.names)
        for name in names.sorted() {
            guard let value = pick(base[name], ours[name], theirs[name]).value else { continue }
            _ = merged.insert(name, value)
        }
        return merged
    }
}
