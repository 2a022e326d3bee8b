/// Encodes every field given, a nil one as JSON `null`: synthesised Codable leaves nil optionals
/// out, and scripts reading `planboard summary --json` rely on each key being there.
enum JSONNulls {
    static func encode<FieldKey: CodingKey>(_ fields: [(FieldKey, any Encodable)], to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: FieldKey.self)
        for (key, value) in fields { try container.encode(value, forKey: key) }
    }
}
