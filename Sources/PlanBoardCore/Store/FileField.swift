/// A value as the plan file holds it: how it is read (with the problem worded when it is not
/// what the file should hold there) and written.
protocol FileValue: SendableMetatype {
    static func read(from reader: inout JSONReader) throws(FileProblem) -> Self
    func write(to writer: inout PlanJSONWriter)
    /// Whether a preview (`PlanPreview`) reads only the first few of a list of these.
    static var isCutInPreview: Bool { get }
}

/// A type the plan file holds as an object (a plan, outcome, action …), described by its fields.
protocol FileObject: FileValue {
    /// The type's fields: the one definition both reading and writing use.
    static var fileFields: FileFields<Self> { get }
    /// What reading an object starts from: every optional field at its default (required ones are
    /// always read over it).
    static var blank: Self { get }
    /// Fields in the file that `fileFields` does not name, kept to be written back.
    var unknownFields: UnknownFields { get set }
}

extension FileObject {
    static func read(from reader: inout JSONReader) throws(FileProblem) -> Self {
        try reader.object(fileFields)
    }

    func write(to writer: inout PlanJSONWriter) {
        writer.object(self, Self.fileFields)
    }
}

/// One field of a `FileObject` in the file: its name, whether a file must have it, and how its
/// value is read into the object and written out of it.
///
/// A field that is not required may be left out or be `null`; it then keeps the default it has
/// in `FileObject.blank`. An optional (`?`) field is left out of the file when it is nil.
struct FileField<Owner>: Sendable {
    typealias Read = @Sendable (inout JSONReader, inout Owner) throws(FileProblem) -> Void
    typealias Write = @Sendable (Owner, inout PlanJSONWriter) -> Void

    let name: String
    /// The name's UTF-8 bytes, for matching keys without making strings.
    let nameBytes: [UInt8]
    let isRequired: Bool
    /// Reads the value (after the key and its `:`) into the object.
    let read: Read
    /// Writes `"name" : value` into the object being written, or nothing for an absent optional.
    let write: Write

    init(_ name: String, required: Bool, read: @escaping Read, write: @escaping Write) {
        self.name = name
        nameBytes = Array(name.utf8)
        isRequired = required
        self.read = read
        self.write = write
    }

    /// A field holding a `Value`, got and set by `get` and `set`; `required` fields must be in the
    /// file and not `null`. (Closures rather than key paths: key paths cost a runtime lookup each use.)
    @inline(__always)
    static func field<Value: FileValue>(_ name: String, required: Bool = false,
                                        _ get: @escaping @Sendable (Owner) -> Value,
                                        _ set: @escaping @Sendable (inout Owner, Value) -> Void) -> FileField {
        let key = PlanJSONWriter.key(name)
        let write: Write = { owner, writer in
            writer.member(key)
            get(owner).write(to: &writer)
        }
        if required {
            return FileField(name, required: true,
                             read: { reader, owner throws(FileProblem) in set(&owner, try Value.read(from: &reader)) },
                             write: write)
        }
        return FileField(name, required: false,
                         read: { reader, owner throws(FileProblem) in
                             if reader.takeNull() { return }
                             set(&owner, try Value.read(from: &reader))
                         },
                         write: write)
    }

    /// An optional field: absent or `null` in the file is nil, and nil is left out when writing.
    @inline(__always)
    static func field<Value: FileValue>(_ name: String, _ get: @escaping @Sendable (Owner) -> Value?,
                                        _ set: @escaping @Sendable (inout Owner, Value) -> Void) -> FileField {
        let key = PlanJSONWriter.key(name)
        return FileField(name, required: false,
                         read: { reader, owner throws(FileProblem) in
                             if reader.takeNull() { return }
                             set(&owner, try Value.read(from: &reader))
                         },
                         write: { owner, writer in
                             guard let value = get(owner) else { return }
                             writer.member(key)
                             value.write(to: &writer)
                         })
    }

    /// This field, as a field of a type that holds an `Owner` at `part` (the file's top level
    /// holds the plan). A key path is fine here: it is used a few times per file, not per action.
    func lifted<Outer>(_ part: WritableKeyPath<Outer, Owner> & Sendable) -> FileField<Outer> {
        let read = self.read, write = self.write
        return FileField<Outer>(name, required: isRequired,
                                read: { reader, outer throws(FileProblem) in try read(&reader, &outer[keyPath: part]) },
                                write: { outer, writer in write(outer[keyPath: part], &writer) })
    }
}

/// A `FileObject`'s fields, sorted by name as the file writes them, with a quick way to find the
/// field a key names.
struct FileFields<Owner>: Sendable {
    /// Sorted by the names' UTF-8 bytes (JSONEncoder's sorted keys).
    let all: [FileField<Owner>]
    /// One bit per field (its index in `all`) for the required ones.
    let requiredMask: UInt64
    /// The fields' `read` and `write`, by index, kept apart so the hot loops copy nothing else.
    let reads: ContiguousArray<FileField<Owner>.Read>
    let writes: ContiguousArray<FileField<Owner>.Write>
    /// Field indices by name length, and the names' bytes, for matching a key without making a string.
    private let byLength: [[Int]]
    private let names: ContiguousArray<[UInt8]>

    init(_ fields: [FileField<Owner>]) {
        all = fields.sorted { UnknownFields.precedes($0.name, $1.name) }
        precondition(all.count <= 64, "a set of fields is tracked in 64 bits")
        precondition(Set(all.map(\.name)).count == all.count, "two fields share a name")
        var mask: UInt64 = 0
        var byLength = [[Int]](repeating: [], count: (all.map(\.nameBytes.count).max() ?? 0) + 1)
        for (index, field) in all.enumerated() {
            if field.isRequired { mask |= 1 << UInt64(index) }
            byLength[field.nameBytes.count].append(index)
        }
        requiredMask = mask
        self.byLength = byLength
        names = ContiguousArray(all.map(\.nameBytes))
        reads = ContiguousArray(all.map(\.read))
        writes = ContiguousArray(all.map(\.write))
    }

    /// The index in `all` of the field that `key` names, or nil for a key this type does not know.
    @inline(__always)
    func index(of key: JSONTokenizer.Text, in tokens: JSONTokenizer) -> Int? {
        if key.hasEscapes { return index(ofName: tokens.unescaped(key)) }
        let length = key.end - key.start
        guard length < byLength.count else { return nil }
        candidates: for index in byLength[length] {
            let name = names[index]
            var i = 0
            while i < length {
                if tokens.bytes[key.start + i] != name[i] { continue candidates }
                i += 1
            }
            return index
        }
        return nil
    }

    private func index(ofName name: [UInt8]) -> Int? {
        guard name.count < byLength.count else { return nil }
        return byLength[name.count].first { names[$0] == name }
    }
}
