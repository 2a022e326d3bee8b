/// A value's place in a JSON document (`outcomes[1].actions[3].rag`), and finding where in the
/// text a place is, so a message can give its line and column.
enum JSONPath {
    /// One step into a document: a field of an object, or an item of a list.
    enum Step: Equatable, Sendable {
        case key(String)
        case index(Int)
    }

    /// `outcomes[1].actions[3].rag`: indices from 0, as `jq` writes them.
    static func text(_ steps: [Step]) -> String {
        var text = ""
        for step in steps {
            switch step {
            case .index(let index): text += "[\(index)]"
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            }
        }
        return text
    }

    /// Where the value at `steps` starts in well-formed JSON; when part of the path is not in the
    /// text, where the deepest part that is starts (the document itself for no steps).
    static func offset(of steps: [Step], in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var reader = JSONReader(bytes)
        var found = reader.tokens.peek() == nil ? 0 : reader.tokens.offset
        for step in steps {
            guard let next = offset(of: step, from: &reader) else { break }
            found = next
        }
        return found
    }

    /// Moves `reader` (at the start of a container) to the start of the value at `step` in it.
    private static func offset(of step: Step, from reader: inout JSONReader) -> Int? {
        do {
            switch step {
            case .key(let key):
                let wanted = Array(key.utf8)
                guard reader.tokens.peek() == UInt8(ascii: "{") else { return nil }
                var members = try reader.openObject()
                while let name = try reader.nextKey(&members) {
                    if reader.tokens.text(name, equals: wanted) { return reader.tokens.peek() == nil ? nil : reader.tokens.offset }
                    try reader.skipValue()
                }
            case .index(let index):
                guard reader.tokens.peek() == UInt8(ascii: "[") else { return nil }
                var items = try reader.openList()
                var position = 0
                while try reader.nextItem(&items) {
                    if position == index { return reader.tokens.peek() == nil ? nil : reader.tokens.offset }
                    try reader.skipValue()
                    position += 1
                }
            }
        } catch {
            return nil
        }
        return nil
    }
}
