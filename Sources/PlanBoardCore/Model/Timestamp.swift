/// A moment, to the whole second, stored in files as ISO 8601 UTC text (`2026-11-23T14:02:05Z`).
///
/// Whole seconds so a value read back from JSON is equal to the one written; text rather than
/// Foundation's seconds-since-2001 so the file stays readable.
public struct Timestamp: Codable, Comparable, Hashable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSince1970: Int64

    public init(secondsSince1970: Int64) { self.secondsSince1970 = secondsSince1970 }

    public init(day: Day, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        secondsSince1970 = Int64(day.daysSince1970) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// The UTC calendar day of this moment, shifted by `utcOffset` seconds for local time.
    public func day(utcOffset: Int = 0) -> Day {
        let shifted = secondsSince1970 + Int64(utcOffset)
        let days = shifted >= 0 ? shifted / 86_400 : (shifted - 86_399) / 86_400
        return Day(daysSince1970: Int(days))
    }

    /// Hours and minutes (`14:02`) in local time given `utcOffset` seconds.
    public func clockText(utcOffset: Int = 0) -> String {
        let shifted = secondsSince1970 + Int64(utcOffset)
        var secondsOfDay = shifted % 86_400
        if secondsOfDay < 0 { secondsOfDay += 86_400 }
        return pad2(Int(secondsOfDay / 3600)) + ":" + pad2(Int(secondsOfDay % 3600 / 60))
    }

    public var description: String {
        var secondsOfDay = secondsSince1970 % 86_400
        if secondsOfDay < 0 { secondsOfDay += 86_400 }
        let h = Int(secondsOfDay / 3600), m = Int(secondsOfDay % 3600 / 60), s = Int(secondsOfDay % 60)
        return "\(day().isoText)T\(pad2(h)):\(pad2(m)):\(pad2(s))Z"
    }

    /// Parses `YYYY-MM-DDTHH:MM:SSZ` (also accepts a bare `YYYY-MM-DD`).
    public init?(isoText text: String) {
        let parts = text.split(separator: "T", maxSplits: 1)
        guard let first = parts.first, let day = Day(isoText: String(first)) else { return nil }
        if parts.count == 1 { self.init(day: day); return }
        var time = String(parts[1])
        guard time.hasSuffix("Z") else { return nil }
        time.removeLast()
        let fields = time.split(separator: ":").map { Int($0) }
        guard fields.count == 3, let h = fields[0], let m = fields[1], let s = fields[2],
              (0..<24).contains(h), (0..<60).contains(m), (0..<61).contains(s) else { return nil }
        self.init(day: day, hour: h, minute: m, second: s)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Timestamp(isoText: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(Excerpt.of(text))' is not a time like 2026-11-23T14:02:05Z")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }
}

func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
