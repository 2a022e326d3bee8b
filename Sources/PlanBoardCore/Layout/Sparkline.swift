/// A trend drawn in one row of block characters (`▁▂▃▄▅▆▇█`), one per value, scaled between
/// `low` and `high` so a target can share the scale with the values.
public enum Sparkline {
    public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per value; all the middle block when the range is empty (every value the same).
    public static func text(_ values: [Double], low: Double, high: Double) -> String {
        String(values.map { value -> Character in
            guard high > low else { return blocks[3] }
            let fraction = min(1, max(0, (value - low) / (high - low)))
            return blocks[Int((fraction * Double(blocks.count - 1)).rounded())]
        })
    }
}
