/// Encodes every field given, a nil one as JSON `null`: synthesised Codable leaves nil optionals
/// out, and scripts reading `planboard summary --json` rely on each key being there.
enum JSONNulls {
    static func encode<Key: CodingKey>(_ fields: [(Key, any Encodable)], to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (key, value) in fields { try container.encode(value, forKey: key) }
    }
}
