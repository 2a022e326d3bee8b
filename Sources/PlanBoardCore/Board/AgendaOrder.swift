/// The order the meeting walks the actions in with `w` / `W`.
public enum AgendaOrder: Equatable, Sendable {
    /// By ref, numbers compared as numbers (`1.9` before `1.10`).
    case ref
    /// Reds first, then ambers, unrated, greens and blues (complete), each by ref.
    case redsFirst

    /// The words the info line uses.
    public var word: String {
        switch self {
        case .ref: "ref order"
        case .redsFirst: "reds first"
        }
    }

    /// The plan's actions (removed ones left out) in this order.
    public func agenda(_ plan: Plan) -> [Action] {
        let actions = plan.allActions.filter { !$0.isRemoved }
        switch self {
        case .ref:
            return actions.enumerated().sorted { lhs, rhs in
                RefOrder.compare(lhs.element.ref, rhs.element.ref) ?? (lhs.offset < rhs.offset)
            }.map(\.element)
        case .redsFirst:
            return actions.enumerated().sorted { lhs, rhs in
                let l = Self.weight(lhs.element.rag), r = Self.weight(rhs.element.rag)
                if l != r { return l < r }
                return RefOrder.compare(lhs.element.ref, rhs.element.ref) ?? (lhs.offset < rhs.offset)
            }.map(\.element)
        }
    }

    private static func weight(_ rag: RAG) -> Int {
        switch rag {
        case .red: 0
        case .amber: 1
        case .unrated: 2
        case .green: 3
        case .blue: 4
        }
    }
}

/// Comparing refs as people read them: `1.9` before `1.10`, `2` before `10`, `1.5` before `1.5 P`.
enum RefOrder {
    /// True when `a` comes first, false when `b` does, nil when they are the same ref.
    static func compare(_ a: String, _ b: String) -> Bool? {
        let x = parts(a), y = parts(b)
        for (p, q) in zip(x, y) where p != q {
            switch (p, q) {
            case (.number(let m), .number(let n)): return m < n
            case (.number, .text): return true
            case (.text, .number): return false
            case (.text(let s), .text(let t)): return s < t
            }
        }
        return x.count == y.count ? nil : x.count < y.count
    }

    private enum Part: Equatable {
        case number(Int), text(String)
    }

    private static func parts(_ ref: String) -> [Part] {
        var out: [Part] = []
        var digits = "", letters = ""
        func flush() {
            if !digits.isEmpty { out.append(.number(Int(digits) ?? .max)); digits = "" }
            if !letters.isEmpty { out.append(.text(letters.lowercased())); letters = "" }
        }
        for c in ref {
            if c.isASCII, c.isNumber {
                if !letters.isEmpty { flush() }
                digits.append(c)
            } else if c.isLetter {
                if !digits.isEmpty { flush() }
                letters.append(c)
            } else {
                flush()
            }
        }
        flush()
        return out
    }
}
