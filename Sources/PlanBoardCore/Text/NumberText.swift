/// Numbers written for people and files: no `.0` on whole values, and no float noise.
public enum NumberText {
    /// `37` for 37.0, `29.1` for 29.1, `-0.5`; the shortest text that reads back as the same
    /// value, never an exponent for the sizes plans use.
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// `1,250,000` or `1,250.5`: thousands grouped with commas, as UK reports write them.
    public static func grouped(_ value: Double) -> String {
        let text = plain(abs(value))
        let parts = text.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0])
        guard whole.allSatisfy(\.isNumber) else { return plain(value) }
        var groups: [Substring] = []
        while whole.count > 3 {
            groups.insert(whole.suffix(3)[...], at: 0)
            whole = String(whole.dropLast(3))
        }
        groups.insert(whole[...], at: 0)
        let grouped = groups.joined(separator: ",") + (parts.count > 1 ? "." + parts[1] : "")
        return value < 0 ? "-" + grouped : grouped
    }
}
