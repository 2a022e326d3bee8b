/// One attribute, by its local name (`w:val` is `val`).
public struct XMLAttribute: Equatable, Sendable {
    public var name: String
    public var value: String
}

/// A child of an element: another element or a run of text.
public enum XMLNode: Equatable, Sendable {
    case element(XMLElement)
    case text(String)
}

/// An XML element as office files need it: names without their namespace prefix (`w:tc` is
/// `tc`), attributes, and children in document order.
///
/// Office parts use fixed prefixes in practice but the standard allows any, so matching is by
/// local name; the few places where one local name means different things (DrawingML's `a:t`
/// inside a Word drawing) are skipped as whole subtrees by the readers.
public struct XMLElement: Equatable, Sendable {
    public var name: String
    public var attributes: [XMLAttribute]
    public var children: [XMLNode]

    public init(name: String, attributes: [XMLAttribute] = [], children: [XMLNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The value of the attribute with this local name.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The child elements, in order.
    public var elements: [XMLElement] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    /// The first child element called `name`.
    public func child(_ name: String) -> XMLElement? {
        for case .element(let e) in children where e.name == name { return e }
        return nil
    }

    /// Every child element called `name`.
    public func children(_ name: String) -> [XMLElement] {
        children.compactMap { if case .element(let e) = $0, e.name == name { e } else { nil } }
    }

    /// The element at a path of child names (`child("sheets", "sheet")` is the first sheet).
    public func child(_ first: String, _ rest: String...) -> XMLElement? {
        rest.reduce(child(first)) { $0?.child($1) }
    }

    /// All text inside the element, at any depth, in order.
    public var text: String {
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        for child in children {
            switch child {
            case .text(let t): result += t
            case .element(let e): e.appendText(to: &result)
            }
        }
    }

    /// Every descendant element called `name`, in document order (not looking inside matches).
    /// Recursion is safe: the reader refuses documents nested deeper than `XMLReader.maxDepth`.
    public func descendants(_ name: String) -> [XMLElement] {
        var found: [XMLElement] = []
        collect(name, into: &found)
        return found
    }

    private func collect(_ name: String, into found: inout [XMLElement]) {
        for case .element(let e) in children {
            if e.name == name { found.append(e) } else { e.collect(name, into: &found) }
        }
    }
}
