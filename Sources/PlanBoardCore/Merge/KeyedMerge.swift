/// Merging lists of things that have a key (leads by initials, meetings by id): a thing on both
/// sides is merged field by field; one added on either side is kept; one deleted on one side is
/// gone unless the other side changed it.
enum KeyedMerge {
    /// `added` gives the base for a thing both sides added under one key (a blank one, so each
    /// field set differently is a conflict); without it ours is the base.
    static func merge<T: Equatable, K: Hashable>(base: [T], ours: [T], theirs: [T], key: (T) -> K,
                                                 added: ((T) -> T)? = nil, both: (T, T, T) -> T) -> [T] {
        let b = index(base, key), o = index(ours, key), t = index(theirs, key)
        var merged: [K: T] = [:]
        for (k, mine) in o {
            if let other = t[k] {
                merged[k] = both(b[k] ?? added?(mine) ?? mine, mine, other)
            } else if let old = b[k], old == mine {
                continue  // deleted on their side, unchanged on ours
            } else {
                merged[k] = mine
            }
        }
        for (k, other) in t where o[k] == nil {
            if let old = b[k], old == other { continue }
            merged[k] = other
        }
        let order = ThreeWay.order(ours: ours.map(key), theirs: theirs.map(key), keep: Set(merged.keys))
        return order.compactMap { merged[$0] }
    }

    /// A set-like list (records with no fields to merge): kept unless one side dropped it.
    static func mergeSet<T: Hashable>(base: [T], ours: [T], theirs: [T]) -> [T] {
        let b = Set(base), o = Set(ours), t = Set(theirs)
        var seen = Set<T>()
        return (ours + theirs).filter { item in
            if b.contains(item), !o.contains(item) || !t.contains(item) { return false }
            return seen.insert(item).inserted
        }
    }

    private static func index<T, K: Hashable>(_ items: [T], _ key: (T) -> K) -> [K: T] {
        var result: [K: T] = [:]
        for item in items where result[key(item)] == nil { result[key(item)] = item }
        return result
    }
}
