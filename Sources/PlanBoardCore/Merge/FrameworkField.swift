/// One field of an indicator, a risk or an indicator's period as the merge and the conflict
/// chooser see it: merged three-way, read as words and exactly, and set back from a conflict's
/// recorded value. One table per kind of thing (`Indicator.mergeFields` …), so the merge, the
/// chooser and settling a conflict cannot disagree about a field.
struct FrameworkField<Root, Context> {
    /// The field's name in the plan file (`unit`, `residual`, `reviewDate`).
    let name: String
    /// How it reads after "Two copies set …" (`the unit`).
    let phrase: String
    /// The history field a settled conflict on it is recorded under.
    let change: Change.Field
    /// Merges the field of base, ours and theirs into `merged`; true when both sides changed it
    /// differently (ours is then kept).
    let merge: (_ b: Root, _ o: Root, _ t: Root, _ merged: inout Root) -> Bool
    /// The value as a person reads it (`L3 × I3 = 9 High`, `29.1%`).
    let words: (Root, Context) -> String
    /// The value exactly, when its words cannot give it back; nil when the words are the value.
    let exact: (Root) -> [String]?
    /// Sets the value from a conflict's exact value (or its words); false when it cannot be read.
    let set: (inout Root, _ exact: [String]?, _ words: String) -> Bool

    /// A field whose value is recorded exactly in a conflict (`exact`) and read back by `read`.
    static func value<V: Equatable>(_ name: String, _ path: WritableKeyPath<Root, V>, _ change: Change.Field, _ phrase: String,
                                    words: @escaping (V, Root, Context) -> String, exact: @escaping (V) -> [String],
                                    read: @escaping ([String]) -> V?) -> Self {
        FrameworkField(name: name, phrase: phrase, change: change,
                       merge: { b, o, t, merged in
                           let (value, clash) = ThreeWay.pick(b[keyPath: path], o[keyPath: path], t[keyPath: path])
                           merged[keyPath: path] = value
                           return clash
                       },
                       words: { root, context in words(root[keyPath: path], root, context) },
                       exact: { exact($0[keyPath: path]) },
                       set: { root, recorded, _ in
                           guard let recorded, let value = read(recorded) else { return false }
                           root[keyPath: path] = value
                           return true
                       })
    }

    /// A text field: its words are its value.
    static func text(_ name: String, _ path: WritableKeyPath<Root, String>, _ change: Change.Field, _ phrase: String) -> Self {
        FrameworkField(name: name, phrase: phrase, change: change,
                       merge: { b, o, t, merged in
                           let (value, clash) = ThreeWay.pick(b[keyPath: path], o[keyPath: path], t[keyPath: path])
                           merged[keyPath: path] = value
                           return clash
                       },
                       words: { root, _ in root[keyPath: path] },
                       exact: { _ in nil },
                       set: { root, _, words in
                           root[keyPath: path] = words
                           return true
                       })
    }

    /// A field chosen from a fixed set of words (a unit, a frequency): recorded by its file word.
    static func word<V: RawRepresentable & Equatable>(_ name: String, _ path: WritableKeyPath<Root, V>, _ change: Change.Field,
                                                     _ phrase: String, words: @escaping (V) -> String) -> Self
    where V.RawValue == String {
        value(name, path, change, phrase, words: { v, _, _ in words(v) }, exact: { [$0.rawValue] },
              read: { $0.first.flatMap(V.init(rawValue:)) })
    }
}

/// Exact forms of the framework's values in a conflict record, read back the same.
enum FrameworkValueText {
    /// A number as the shortest text that reads back as the same value.
    static func number(_ value: Double) -> String { NumberText.plain(value) }

    static func number(_ text: String) -> Double? { Double(text).flatMap { $0.isFinite ? $0 : nil } }

    /// An optional number: `[]` for none.
    static func optional(_ value: Double?) -> [String] { value.map { [number($0)] } ?? [] }

    static func optional(_ exact: [String]) -> Double?? {
        guard let first = exact.first else { return .some(nil) }
        return number(first).map { .some($0) }
    }
}
