/// The on-disk format of a plan: a JSON object with the plan's fields plus `"schemaVersion": 1`,
/// as `PlanFormat.swift` defines them.
///
/// Output is deterministic (sorted keys, pretty-printed, slashes and non-ASCII left unescaped, a
/// trailing newline) so a plan kept in git diffs line by line. Reading is strict JSON and refuses
/// anything it cannot take in whole, naming the line and column; fields it does not know are kept
/// and written back.
public enum PlanFile {
    /// The schema this planboard writes, and the newest it reads.
    public static let schemaVersion = 1

    /// The bytes of `plan` as a file: pretty, key-sorted JSON ending in a newline.
    public static func encode(_ plan: Plan) -> [UInt8] {
        PlanJSONWriter.bytes(for: plan)
    }

    /// Reads a plan from the bytes of the file at `path` (used only in messages).
    ///
    /// Throws `.empty`, `.notUTF8`, `.malformed` (also for a trailing comma or a key given twice),
    /// `.invalidValue` (also for two actions, outcomes or meetings sharing an id),
    /// `.missingSchemaVersion` or `.newerSchema`, each naming where the problem is. When a file
    /// has several, a syntax error comes first, then the schema version (so a newer planboard's
    /// file says "upgrade" rather than naming a field it changed), then the first wrong value. A
    /// UTF-8 byte-order mark is accepted.
    public static func decode(_ bytes: [UInt8], path: String) throws(StoreError) -> Plan {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw .empty(path: path)
        }
        if let bad = UTF8Check.firstInvalidOffset(in: body) {
            let position = TextPosition(of: bad, in: body)
            throw .notUTF8(path: path, line: position.line, column: position.column)
        }
        let read = body.withUnsafeBufferPointer { buffer in
            Result { () throws(StoreError) in try readPlan(in: buffer, path: path) }
        }
        let plan = try read.get()
        try checkUniqueIDs(in: plan, body: body, path: path)
        return plan
    }

    /// Reads the document in one pass; only when that fails does it look further to word the error.
    private static func readPlan(in bytes: UnsafeBufferPointer<UInt8>, path: String) throws(StoreError) -> Plan {
        var reader = JSONReader(bytes)
        let document: PlanDocument
        do {
            document = try PlanDocument.read(from: &reader)
            try reader.finish()
        } catch {
            throw storeError(for: error, in: bytes, path: path)
        }
        try checkSchemaVersion(at: document.schemaVersionOffset, in: bytes, path: path)
        return document.plan
    }

    /// The error to report for `problem`: a syntax error as it is; for a wrong value, first any
    /// syntax error in the whole file, then a schema version this planboard cannot read.
    private static func storeError(for problem: FileProblem, in bytes: UnsafeBufferPointer<UInt8>,
                                   path: String) -> StoreError {
        if problem.kind == .value {
            do {
                let top = try topLevel(of: bytes)
                if top.isObject { try checkSchemaVersion(at: top.schemaVersionOffset, in: bytes, path: path) }
            } catch let syntax as FileProblem {
                return located(syntax, in: bytes, path: path)
            } catch let schema as StoreError {
                return schema
            } catch {
                return located(problem, in: bytes, path: path)
            }
        }
        return located(problem, in: bytes, path: path)
    }

    /// Checks the whole text strictly, and says whether it is an object and where its
    /// `schemaVersion` value is.
    private static func topLevel(of bytes: UnsafeBufferPointer<UInt8>) throws(FileProblem)
        -> (isObject: Bool, schemaVersionOffset: Int?) {
        var reader = JSONReader(bytes)
        guard try reader.valueStart() == UInt8(ascii: "{") else {
            try reader.skipValue()
            try reader.finish()
            return (false, nil)
        }
        var members = try reader.openObject()
        var names = Set<[UInt8]>()
        var schemaVersionOffset: Int?
        let schemaKey = Array("schemaVersion".utf8)
        while let key = try reader.nextKey(&members) {
            let name = reader.tokens.unescaped(key)
            guard names.insert(name).inserted else { throw reader.repeatedKey(key, at: key.start - 1, inObjectAt: members.start) }
            if name == schemaKey {
                _ = reader.tokens.peek()
                schemaVersionOffset = reader.tokens.offset
            }
            try reader.skipValue()
        }
        try reader.finish()
        return (true, schemaVersionOffset)
    }

    /// The one place a file's schema version decides how it is read: this planboard reads schema 1
    /// (an older schema would be brought up to date here). Throws `.missingSchemaVersion`,
    /// `.newerSchema`, or `.invalidValue` at the value for anything but a plain whole number.
    private static func checkSchemaVersion(at offset: Int?, in bytes: UnsafeBufferPointer<UInt8>,
                                           path: String) throws(StoreError) {
        guard let offset else { throw .missingSchemaVersion(path: path) }
        var reader = JSONReader(bytes, at: offset)
        let found: String
        if case .number = try? reader.kindOfValue(), let range = try? reader.tokens.number() {
            let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            if written.allSatisfy({ $0 == "-" || $0.isASCII && $0.isNumber }) {
                if let number = Int(written), number > schemaVersion {
                    throw .newerSchema(path: path, found: number, supported: schemaVersion)
                }
                if written != String(schemaVersion) {
                    throw invalidSchemaVersion(at: offset, in: bytes, path: path,
                                               detail: "\(written) is not a schema version; this planboard reads schema \(schemaVersion)")
                }
                return
            }
            found = written
        } else {
            found = ((try? reader.kindOfValue()) ?? .null).foundPhrase
        }
        throw invalidSchemaVersion(at: offset, in: bytes, path: path,
                                   detail: "expected a whole number (this planboard reads schema \(schemaVersion)), found \(found)")
    }

    private static func invalidSchemaVersion(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, path: String,
                                             detail: String) -> StoreError {
        located(FileProblem(kind: .value, offset: offset, detail: detail, reversedPath: [.key("schemaVersion")]),
                in: bytes, path: path)
    }

    /// The `StoreError` for `problem`, with its line and column.
    private static func located(_ problem: FileProblem, in bytes: UnsafeBufferPointer<UInt8>, path: String) -> StoreError {
        let position = TextPosition(of: problem.offset, in: bytes)
        switch problem.kind {
        case .syntax:
            return .malformed(path: path, line: position.line, column: position.column, detail: problem.detail)
        case .value:
            return .invalidValue(path: path, line: position.line, column: position.column,
                                 field: JSONPath.text(problem.path), detail: problem.detail)
        }
    }
}
