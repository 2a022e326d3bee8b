/// Turns Foundation's `DecodingError` into a `StoreError` that names the line, column and field
/// of the value at fault, in the plan's own words (`"purple" is not a RAG rating …`).
///
/// Syntax is checked first with `JSONSyntaxScanner`, since Foundation's positions are not reliable;
/// only a well-formed file gets a value error.
struct DecodingProblem {
    let error: DecodingError
    let bytes: [UInt8]

    func storeError(path: String) -> StoreError {
        let scanner = JSONSyntaxScanner(bytes)
        if let syntax = scanner.firstError() {
            return .malformed(path: path, line: syntax.location.line, column: syntax.location.column,
                              detail: syntax.detail)
        }
        let codingPath: [any CodingKey]
        let detail: (JSONSyntaxScanner.Location) -> String
        switch error {
        case .typeMismatch(let type, let context):
            codingPath = context.codingPath
            detail = { "expected \(Self.phrase(for: type)), found \(scanner.kind(at: $0.offset).phrase)" }
        case .valueNotFound(let type, let context):
            codingPath = context.codingPath
            detail = { _ in "expected \(Self.phrase(for: type)), found nothing (null)" }
        case .keyNotFound(let key, let context):
            codingPath = context.codingPath
            detail = { _ in "the required field \"\(key.stringValue)\" is missing" }
        case .dataCorrupted(let context):
            codingPath = context.codingPath
            let name = codingPath.last?.stringValue ?? ""
            detail = { Self.allowedValues(field: name, written: scanner.snippet(at: $0.offset)) ?? context.debugDescription }
        @unknown default:
            codingPath = []
            detail = { _ in "\(error)" }
        }
        let components = codingPath.map(Self.component)
        let location = scanner.location(of: components)
        return .invalidValue(path: path, line: location.line, column: location.column,
                             field: Self.pathText(components), detail: detail(location))
    }

    /// A coding key as a step into the JSON: Foundation names list elements `Index 3`.
    static func component(_ key: any CodingKey) -> JSONSyntaxScanner.PathComponent {
        if let index = key.intValue, key.stringValue == "Index \(index)" { return .index(index) }
        return .key(key.stringValue)
    }

    /// `outcomes[1].actions[3].rag`: indices from 0, as `jq` writes them.
    static func pathText(_ components: [JSONSyntaxScanner.PathComponent]) -> String {
        var text = ""
        for component in components {
            switch component {
            case .index(let index): text += "[\(index)]"
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            }
        }
        return text
    }

    /// What a value of `type` is called in a message.
    static func phrase(for type: Any.Type) -> String {
        if type == String.self { return "text" }
        if type == Int.self || type == Int64.self { return "a whole number" }
        if type == Bool.self { return "true or false" }
        let name = String(describing: type)
        if name.hasPrefix("Dictionary") || name.hasPrefix("[String") { return "an object { … }" }
        if name.hasPrefix("Array") || name.hasPrefix("[") { return "a list [ … ]" }
        return name
    }

    /// For a field holding one of a fixed set of words, a message listing the words allowed.
    static func allowedValues(field: String, written: String) -> String? {
        func list(_ words: [String]) -> String {
            words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words.last!
        }
        switch field {
        case "rag": return "\(written) is not a RAG rating (\(list(RAG.allCases.map(\.rawValue))))"
        case "status": return "\(written) is not a status (\(list(Status.allCases.map(\.rawValue))))"
        case "field": return "\(written) is not a kind of change (\(list(Change.Field.allCases.map(\.rawValue))))"
        default: return nil
        }
    }
}
