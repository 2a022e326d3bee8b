/// How many actions carry each rating: the numbers a lane header, a summary and a chart show.
public struct RAGCounts: Codable, Equatable, Hashable, Sendable {
    public var red = 0
    public var amber = 0
    public var green = 0
    /// Complete, in plans that rate with BRAG (Blue, Red, Amber, Green).
    public var blue = 0
    public var unrated = 0

    public init() {}

    /// Counts the ratings of `actions` (the caller decides whether removed ones count).
    public init(_ actions: some Sequence<Action>) {
        for action in actions { self[action.rag] += 1 }
    }

    /// Counts one more action rated `rag`.
    public mutating func add(_ rag: RAG) { self[rag] += 1 }

    public subscript(rag: RAG) -> Int {
        get {
            switch rag {
            case .red: red
            case .amber: amber
            case .green: green
            case .blue: blue
            case .unrated: unrated
            }
        }
        set {
            switch rag {
            case .red: red = newValue
            case .amber: amber = newValue
            case .green: green = newValue
            case .blue: blue = newValue
            case .unrated: unrated = newValue
            }
        }
    }

    public var total: Int { red + amber + green + blue + unrated }

    /// `2 Red, 5 Amber, 9 Green, 1 not rated`; Blue is named only when some action is Blue.
    public var text: String {
        "\(red) Red, \(amber) Amber, \(green) Green, " + (blue > 0 ? "\(blue) Blue, " : "") + "\(unrated) not rated"
    }
}
