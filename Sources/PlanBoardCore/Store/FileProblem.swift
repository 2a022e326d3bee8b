/// Why reading a plan file stopped: where (a byte offset), what is wrong there in words, and
/// whether it is the JSON's syntax or a well-formed value the plan cannot take.
///
/// `PlanFile` turns it into a `StoreError` with line and column; value problems also carry the
/// value's place in the plan (`outcomes[1].actions[3].rag`), added step by step as the error
/// leaves each object and list, so the happy path never tracks where it is.
struct FileProblem: Error {
    enum Kind: Equatable {
        /// Not well-formed JSON: a missing comma, a trailing comma, a repeated key, text cut short.
        case syntax
        /// Well-formed JSON holding something the plan cannot take: a RAG of `"purple"`, a missing `title`.
        case value
    }

    var kind: Kind
    /// Where the problem is: the first byte of the value, key or character at fault.
    var offset: Int
    /// What is wrong, as the end of a sentence (no full stop).
    var detail: String
    /// The steps from the document to the value, innermost first.
    var reversedPath: [JSONPath.Step] = []

    static func syntax(_ offset: Int, _ detail: String) -> FileProblem {
        FileProblem(kind: .syntax, offset: offset, detail: detail)
    }

    static func value(_ offset: Int, _ detail: String) -> FileProblem {
        FileProblem(kind: .value, offset: offset, detail: detail)
    }

    /// The same problem, one step further out: inside the field `name` or the list item `index`.
    func inside(_ step: JSONPath.Step) -> FileProblem {
        guard kind == .value else { return self }
        var outer = self
        outer.reversedPath.append(step)
        return outer
    }

    /// The steps from the document to the value, outermost first.
    var path: [JSONPath.Step] { reversedPath.reversed() }

    /// Said of a file that stops in the middle of its JSON.
    static let cutShort = "the file ends before the JSON is complete; it looks cut short"
}
