/// Where new ids get the few random letters that keep two copies edited apart from both making
/// `a27`: `a27-k3f9q`. Injected (the driver seeds it once per session) so the reducer stays pure
/// and tests stay deterministic; `sequential` gives the old `a27` form.
public struct NewIDSource: Equatable, Hashable, Sendable {
    /// SplitMix64 state; nil for plain sequential ids.
    private var state: UInt64?

    /// Plain `a27` ids, as before: for tests and single-copy use.
    public static let sequential = NewIDSource(state: nil)

    /// Suffixes drawn from a generator started at `seed` (the driver uses the time and process id).
    public static func seeded(_ seed: UInt64) -> NewIDSource { NewIDSource(state: seed) }

    /// Letters that cannot be misread for one another (no i, l, o, u).
    private static let letters = Array("0123456789abcdefghjkmnpqrstvwxyz")

    /// The next suffix (`k3f9q`), or empty for sequential ids.
    public mutating func suffix() -> String {
        guard var z = state else { return "" }
        z &+= 0x9E37_79B9_7F4A_7C15
        state = z
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        var text = ""
        for _ in 0..<5 {
            text.append(Self.letters[Int(z & 31)])
            z >>= 5
        }
        return text
    }
}
