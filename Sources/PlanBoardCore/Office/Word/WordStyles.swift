/// What the readers need from a document's paragraph styles (`word/styles.xml`): which are
/// headings, which is the Title, and which carry list numbering, following `basedOn`.
struct WordStyles: Sendable {
    struct Style: Sendable {
        var name: String
        var basedOn: String?
        var outlineLevel: Int?
        var numbering: (list: String, level: Int)?
    }

    private var styles: [String: Style] = [:]

    init(_ root: XMLElement?) {
        guard let root else { return }
        for style in root.children("style") where style.attribute("type") == "paragraph" {
            guard let id = style.attribute("styleId") else { continue }
            let paragraph = style.child("pPr")
            let outline = paragraph?.child("outlineLvl")?.attribute("val").flatMap { Int($0) }
            let numPr = paragraph?.child("numPr")
            let numbering = numPr?.child("numId")?.attribute("val").map { ($0, numPr?.child("ilvl")?.attribute("val").flatMap { Int($0) } ?? 0) }
            styles[id] = Style(name: style.child("name")?.attribute("val") ?? id, basedOn: style.child("basedOn")?.attribute("val"),
                               outlineLevel: outline, numbering: numbering)
        }
    }

    /// The heading level (1…9) of style `id`: from a name like "heading 2" or an outline level.
    func headingLevel(_ id: String?) -> Int? {
        lookup(id) { style in
            let words = style.name.lowercased().split(separator: " ")
            if words.count == 2, words[0] == "heading", let n = Int(words[1]), (1...9).contains(n) { return n }
            if let level = style.outlineLevel, (0...8).contains(level) { return level + 1 }
            return nil
        }
    }

    func isTitle(_ id: String?) -> Bool {
        lookup(id) { $0.name.lowercased() == "title" ? true : nil } ?? false
    }

    /// The list numbering a style gives its paragraphs (`numId` 0 means none).
    func numbering(_ id: String?) -> (list: String, level: Int)? {
        guard let found = lookup(id, { $0.numbering.map { ($0.list, $0.level) } }), found.0 != "0" else { return nil }
        return found
    }

    /// The first answer `read` gives walking from style `id` up its `basedOn` chain (at most 20 steps).
    private func lookup<T>(_ id: String?, _ read: (Style) -> T?) -> T? {
        var current = id
        for _ in 0..<20 {
            guard let key = current, let style = styles[key] else { return nil }
            if let value = read(style) { return value }
            current = style.basedOn
        }
        return nil
    }
}

/// Which lists are numbered and which bulleted (`word/numbering.xml`).
struct WordNumbering: Sendable {
    /// Number format (`decimal`, `bullet`, `none`…) by list id and level.
    private var formats: [String: [Int: String]] = [:]

    init(_ root: XMLElement?) {
        guard let root else { return }
        var abstract: [String: [Int: String]] = [:]
        for definition in root.children("abstractNum") {
            guard let id = definition.attribute("abstractNumId") else { continue }
            var levels: [Int: String] = [:]
            for level in definition.children("lvl") {
                guard let n = level.attribute("ilvl").flatMap({ Int($0) }) else { continue }
                levels[n] = level.child("numFmt")?.attribute("val") ?? "decimal"
            }
            abstract[id] = levels
        }
        for num in root.children("num") {
            guard let id = num.attribute("numId"), let base = num.child("abstractNumId")?.attribute("val") else { continue }
            var levels = abstract[base] ?? [:]
            for override in num.children("lvlOverride") {
                if let n = override.attribute("ilvl").flatMap({ Int($0) }), let format = override.child("lvl")?.child("numFmt")?.attribute("val") {
                    levels[n] = format
                }
            }
            formats[id] = levels
        }
    }

    /// True when list `id` at `level` shows numbers or letters; false for bullets and for lists
    /// the document does not define.
    func isNumbered(_ id: String, level: Int) -> Bool {
        guard let format = formats[id]?[level] else { return false }
        return format != "bullet" && format != "none"
    }

    /// True when list `id` shows no marker at all at `level` (a list id used only for indenting).
    func isUnmarked(_ id: String, level: Int) -> Bool { formats[id]?[level] == "none" }
}
