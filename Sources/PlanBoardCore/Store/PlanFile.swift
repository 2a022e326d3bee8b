import Foundation

/// The on-disk format of a plan: a JSON object with the plan's fields plus `"schemaVersion": 1`.
///
/// Output is deterministic (sorted keys, pretty-printed, slashes and non-ASCII left unescaped, a
/// trailing newline) so a plan kept in git diffs line by line. Reading refuses anything it cannot
/// take in whole, naming the line and column; older schemas are brought up to date in one place,
/// `plan(from:version:)`.
public enum PlanFile {
    /// The schema this planboard writes, and the newest it reads.
    public static let schemaVersion = 1

    /// The bytes of `plan` as a file: pretty, key-sorted JSON ending in a newline.
    ///
    /// Written by `PlanJSONWriter`, which gives the same bytes as `referenceEncoding` (Foundation's
    /// `JSONEncoder`) about four times faster; tests hold the two equal.
    public static func encode(_ plan: Plan) -> [UInt8] {
        PlanJSONWriter.bytes(for: plan, schemaVersion: schemaVersion)
    }

    /// The format's definition: `JSONEncoder` with `[.prettyPrinted, .sortedKeys,
    /// .withoutEscapingSlashes]` plus a trailing newline. Too slow for saving a large plan on every
    /// keypress; kept so tests can check `encode` against it.
    static func referenceEncoding(_ plan: Plan) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var bytes = [UInt8](try encoder.encode(Document(plan: plan)))
            bytes.append(UInt8(ascii: "\n"))
            return bytes
        } catch {
            // A plan holds only text, whole numbers and lists of them, which always encode.
            preconditionFailure("a Plan failed to encode: \(error)")
        }
    }

    /// Reads a plan from the bytes of the file at `path` (used only in messages).
    ///
    /// `PlanJSONReader` reads a well-formed file several times faster than `JSONDecoder`; anything
    /// it does not accept goes through `decodeWithFoundation`, which reads the same plans and words
    /// the errors. Throws `.empty`, `.notUTF8`, `.malformed`, `.invalidValue` (also for two
    /// actions, outcomes or meetings sharing an id), `.missingSchemaVersion` or `.newerSchema`,
    /// each naming where the problem is. A UTF-8 byte-order mark is accepted.
    public static func decode(_ bytes: [UInt8], path: String) throws(StoreError) -> Plan {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw .empty(path: path)
        }
        if let bad = UTF8Check.firstInvalidOffset(in: body) {
            let location = JSONSyntaxScanner(body).location(ofOffset: bad)
            throw .notUTF8(path: path, line: location.line, column: location.column)
        }
        let plan: Plan
        if let read = PlanJSONReader.plan(from: body) {
            plan = read
        } else {
            plan = try decodeWithFoundation(body, path: path)
        }
        try checkUniqueIDs(in: plan, body: body, path: path)
        return plan
    }

    /// Refuses a plan in which two actions, two outcomes or two meetings share an id (easy to do
    /// by copying a block in a hand-edited file): lookups by id would then change the wrong one.
    /// Throws `.invalidValue` naming the second one's `id`, its line and column, and the first.
    static func checkUniqueIDs(in plan: Plan, body: [UInt8], path: String) throws(StoreError) {
        typealias Step = JSONSyntaxScanner.PathComponent
        func refuse(_ id: String, kind: String, first: [Step], second: [Step]) -> StoreError {
            let field = second + [.key("id")]
            let location = JSONSyntaxScanner(body).location(of: field)
            return .invalidValue(path: path, line: location.line, column: location.column,
                                 field: DecodingProblem.pathText(field),
                                 detail: "\"\(id)\" is already the id of another \(kind) "
                                     + "(\(DecodingProblem.pathText(first))); give each \(kind) its own id")
        }
        var outcomes: [Outcome.ID: Int] = [:]
        var actions: [Action.ID: (outcome: Int, action: Int)] = [:]
        for (o, outcome) in plan.outcomes.enumerated() {
            if let earlier = outcomes[outcome.id] {
                throw refuse(outcome.id.rawValue, kind: "outcome",
                             first: [.key("outcomes"), .index(earlier)], second: [.key("outcomes"), .index(o)])
            }
            outcomes[outcome.id] = o
            for (a, action) in outcome.actions.enumerated() {
                if let earlier = actions[action.id] {
                    throw refuse(action.id.rawValue, kind: "action",
                                 first: [.key("outcomes"), .index(earlier.outcome), .key("actions"), .index(earlier.action)],
                                 second: [.key("outcomes"), .index(o), .key("actions"), .index(a)])
                }
                actions[action.id] = (o, a)
            }
        }
        var meetings: [Meeting.ID: Int] = [:]
        for (m, meeting) in plan.meetings.enumerated() {
            if let earlier = meetings[meeting.id] {
                throw refuse(meeting.id.rawValue, kind: "meeting",
                             first: [.key("meetings"), .index(earlier)], second: [.key("meetings"), .index(m)])
            }
            meetings[meeting.id] = m
        }
    }

    /// The format's definition for reading: `JSONDecoder` through the model's `init(from:)`, with
    /// its errors turned into `StoreError`s naming line, column and field. `body` is UTF-8 text
    /// without a byte-order mark. Slower than `PlanJSONReader`; tests hold the two to the same plans.
    static func decodeWithFoundation(_ body: [UInt8], path: String) throws(StoreError) -> Plan {
        do {
            return try JSONDecoder().decode(Document.self, from: Data(body)).plan
        } catch let problem as SchemaProblem {
            throw problem.storeError(path: path, in: body)
        } catch let error as DecodingError {
            throw DecodingProblem(error: error, bytes: body).storeError(path: path)
        } catch {
            throw .malformed(path: path, line: 1, column: 1, detail: "\(error)")
        }
    }

    /// The one place a file's schema version decides how it is read: the current schema decodes
    /// directly; older ones will decode their own shape here and migrate it to today's `Plan`.
    static func plan(from decoder: any Decoder, version: Int) throws -> Plan {
        switch version {
        case schemaVersion:
            return try Plan(from: decoder)
        case let newer where newer > schemaVersion:
            throw SchemaProblem.newer(newer)
        default:
            throw SchemaProblem.unknown(version)
        }
    }

    /// The top-level object: the plan's own fields, plus `schemaVersion`.
    private struct Document: Codable {
        var plan: Plan

        init(plan: Plan) { self.plan = plan }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: SchemaKey.self)
            guard container.contains(.schemaVersion) else { throw SchemaProblem.missing }
            let version = try container.decode(Int.self, forKey: .schemaVersion)
            plan = try PlanFile.plan(from: decoder, version: version)
        }

        func encode(to encoder: any Encoder) throws {
            try plan.encode(to: encoder)
            var container = encoder.container(keyedBy: SchemaKey.self)
            try container.encode(PlanFile.schemaVersion, forKey: .schemaVersion)
        }
    }

    private enum SchemaKey: String, CodingKey {
        case schemaVersion
    }
}

/// A file whose `schemaVersion` this planboard cannot read.
enum SchemaProblem: Error {
    case missing
    case newer(Int)
    case unknown(Int)

    func storeError(path: String, in bytes: [UInt8]) -> StoreError {
        switch self {
        case .missing:
            return .missingSchemaVersion(path: path)
        case .newer(let found):
            return .newerSchema(path: path, found: found, supported: PlanFile.schemaVersion)
        case .unknown(let found):
            let location = JSONSyntaxScanner(bytes).location(of: [.key("schemaVersion")])
            return .invalidValue(path: path, line: location.line, column: location.column, field: "schemaVersion",
                                 detail: "\(found) is not a schema version; this planboard reads schema \(PlanFile.schemaVersion)")
        }
    }
}
