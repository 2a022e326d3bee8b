/// Reads a plan written as a document rather than a table: each priority a heading, with an
/// ambition paragraph and the key actions as a numbered or bulleted list.
///
/// Headings of one level become outcomes (the level where most headings have an action list,
/// or `--heading-level`); the first plain paragraph under each is its description; the items
/// of its action lists are its actions, numbered per outcome (`1.1`, `1.2`…). Which lists hold
/// actions: by default those introduced as actions ("The following key actions have been
/// identified:", "…delivered through these programmes:") and, under a heading with none, its
/// numbered lists; lists introduced as priorities, and quoted comments, are context. Numbering
/// may come from the paragraph, from its style, or be typed (`1.`, `•`, `✓`). The report says
/// what was taken as what, so the officer can choose again.
enum WordListPlan {
    /// One list in the document: its items and the paragraph that introduced it.
    struct List {
        var items: [String]
        var numbered: Bool
        var source: WordListMark.Source
        var intro: String

        var introducesActions: Bool { WordListPlan.mentions(intro, WordListPlan.actionWords) }
        var introducesContext: Bool { !introducesActions && WordListPlan.mentions(intro, WordListPlan.contextWords) }
    }

    /// A heading and what sits under it up to the next heading of its level or above.
    struct Section {
        var heading: String
        var level: Int
        var description: String
        var lists: [List]
    }

    static let actionWords: Set<String> = ["action", "actions", "programme", "programmes", "program", "programs", "deliver",
                                           "delivered", "commit", "commitments", "steps", "tasks", "activities"]
    static let contextWords: Set<String> = ["prioritise", "prioritize", "priorities", "priority", "included", "includes",
                                            "include", "including", "themes", "found", "said", "told", "feedback"]

    /// The plan as a table (outcome, description, ref, action) with the report's notes.
    static func read(_ blocks: [WordBlock], options: OfficeOptions, forced: Bool) throws(OfficeError) -> OfficeTable {
        let paragraphs = blocks.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }.map(typedMarkers)
        var headings = paragraphs.filter { $0.headingLevel != nil && !$0.isTitle && !$0.text.trimmingWhitespace().isEmpty }
        var styled = true
        if headings.isEmpty {
            // No heading styles: take short bold paragraphs for headings.
            styled = false
            headings = paragraphs.filter { $0.isBold && $0.list == nil && WordTableShape.looksLikeHeading($0) }
        }
        guard !headings.isEmpty else { throw .noListPlan(headings: 0) }
        let levelOf: (WordParagraph) -> Int? = { p in
            if p.isTitle { return nil }
            if styled { return p.headingLevel }
            return p.isBold && p.list == nil && WordTableShape.looksLikeHeading(p) ? 1 : nil
        }

        let levels = Set(headings.compactMap(levelOf)).sorted()
        func sections(at level: Int) -> [Section] { self.sections(paragraphs, level: level, levelOf: levelOf) }
        func actionLists(_ section: Section) -> [List] { chooseActionLists(section.lists, options.actionLists) }
        let level: Int
        if let wanted = options.headingLevel {
            level = wanted
        } else {
            let scored = levels.map { l in (l, sections(at: l).filter { !actionLists($0).isEmpty }.count) }
            level = scored.max { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 > $1.0 }?.0 ?? 1
        }
        let all = sections(at: level)
        let kept = all.filter { !actionLists($0).isEmpty }
        guard !kept.isEmpty else { throw .noListPlan(headings: headings.count) }

        var rows = [["Outcome", "Outcome description", "Ref", "Action"]]
        var locations = ["the headings"]
        var lines: [String] = []
        for (i, section) in kept.enumerated() {
            let split = PlanImporter.splitOutcome(section.heading)
            let number = split.number.isEmpty ? "\(i + 1)" : split.number
            let outcome = split.number.isEmpty ? "\(number). \(section.heading)" : section.heading
            let chosen = actionLists(section)
            var n = 0
            for list in chosen {
                for item in list.items {
                    n += 1
                    rows.append([outcome, section.description, "\(number).\(n)", item])
                    locations.append("'\(WordPlanTables.short(section.heading, 40))', item \(n)")
                }
            }
            lines.append("  \(number) \(WordPlanTables.short(split.number.isEmpty ? section.heading : split.title, 60))")
            lines.append("      description: " + (section.description.isEmpty ? "(none)" : "“\(WordPlanTables.short(section.description, 60))”"))
            for list in chosen {
                lines.append("      actions: \(describe(list))")
            }
            for list in section.lists where !chosen.contains(where: { $0.items == list.items && $0.intro == list.intro }) {
                lines.append("      context, not actions: \(describe(list))")
            }
        }

        var notes = ["\(styled ? "Headings at level \(level)" : "Bold paragraphs") became outcomes, the first paragraph under each its "
            + "description, and the items of its action lists its actions (refs numbered per outcome):"]
        notes.append(lines.joined(separator: "\n"))
        let skipped = all.filter { actionLists($0).isEmpty }.map { "'\(WordPlanTables.short($0.heading, 40))'" }
        if !skipped.isEmpty {
            notes.append("Left out \(skipped.count) heading\(skipped.count == 1 ? "" : "s") at that level with no action list: "
                + skipped.prefix(8).joined(separator: ", ") + (skipped.count > 8 ? ", …" : "") + ".")
        }
        if styled {
            let counts = levels.map { l in "\(l) (\(headings.filter { $0.headingLevel == l }.count))" }.joined(separator: ", ")
            notes.append("To choose differently: --heading-level N (heading levels found, with how many: \(counts)); "
                + "--action-lists numbered, introduced or all (now \(options.actionLists.rawValue)).")
        } else {
            notes.append("To choose differently: --action-lists numbered, introduced or all (now \(options.actionLists.rawValue)).")
        }
        let source = forced ? "Read a Word document as headings and lists (--lists)"
            : "Read a Word document as headings and lists: it has no plan table"
        var table = OfficeTable(kind: .word, table: CSVTable(rows: rows), source: source, notes: notes, rowLocations: locations)
        table.hasHeaderRow = false
        return table
    }

    /// The lists that hold actions under the choice made.
    static func chooseActionLists(_ lists: [List], _ choice: OfficeOptions.ActionLists) -> [List] {
        switch choice {
        case .all: return lists
        case .numbered: return lists.filter(\.numbered)
        case .introduced: return lists.filter(\.introducesActions)
        case .auto:
            let introduced = lists.filter(\.introducesActions)
            return introduced.isEmpty ? lists.filter { $0.numbered && !$0.introducesContext } : introduced
        }
    }

    /// `the numbered list (7 items, numbered by the paragraph) after “The following key actions…”`.
    static func describe(_ list: List) -> String {
        let kind = list.numbered ? "numbered list" : "bulleted list"
        let by: String
        switch list.source {
        case .paragraph: by = ""
        case .style: by = ", numbered by its style"
        case .typed: by = ", markers typed in the text"
        }
        let after = list.intro.isEmpty ? "" : " after “\(WordPlanTables.short(list.intro, 50))”"
        return "\(list.items.count) from the \(kind)\(by)\(after)"
    }

    /// The sections under headings of `level`, each to the next heading at that level or above.
    static func sections(_ paragraphs: [WordParagraph], level: Int, levelOf: (WordParagraph) -> Int?) -> [Section] {
        var sections: [Section] = []
        var current: Section?
        var pendingIntro = ""
        var openList: List?
        var lastListID: String?

        func closeList() {
            if let list = openList, !list.items.isEmpty { current?.lists.append(list) }
            openList = nil
            lastListID = nil
        }
        func closeSection() {
            closeList()
            if let section = current { sections.append(section) }
            current = nil
        }

        for p in paragraphs {
            let text = p.text.trimmingWhitespace()
            if let l = levelOf(p) {
                if l <= level { closeSection() }
                if l == level {
                    current = Section(heading: text, level: l, description: "", lists: [])
                    pendingIntro = ""
                } else if l > level {
                    closeList()
                    pendingIntro = text
                }
                continue
            }
            guard current != nil else { continue }
            if text.isEmpty { continue }
            if let mark = p.list {
                if mark.level > 0, openList != nil, !openList!.items.isEmpty {
                    // A sub-item: part of the item above it.
                    openList!.items[openList!.items.count - 1] += "\n– " + text
                    continue
                }
                if openList == nil || lastListID != mark.list || openList!.numbered != mark.numbered {
                    closeList()
                    openList = List(items: [], numbered: mark.numbered, source: mark.source, intro: pendingIntro)
                    lastListID = mark.list
                }
                openList!.items.append(text)
                continue
            }
            closeList()
            if current!.description.isEmpty, !text.hasSuffix(":"), text.count >= 20 {
                current!.description = text
            }
            pendingIntro = text
        }
        closeSection()
        return sections
    }

    /// A paragraph whose list marker was typed (`1.`, `2)`, `•`, `✓`) gets a list mark and loses
    /// the marker; paragraphs already in a list, and headings, are left as they are.
    static func typedMarkers(_ p: WordParagraph) -> WordParagraph {
        guard p.list == nil, p.headingLevel == nil, !p.isTitle else { return p }
        let text = p.text.trimmingWhitespace()
        var result = p
        if let first = text.unicodeScalars.first, "•●▪■◦○✓✔➢►➤–-*·".unicodeScalars.contains(first) {
            let rest = text.unicodeScalars.dropFirst()
            guard let next = rest.first, next == " " || next == "\t" else { return p }
            result.text = String(String.UnicodeScalarView(rest)).trimmingWhitespace()
            result.list = WordListMark(list: "typed-bullet", level: 0, numbered: false, source: .typed)
            return result
        }
        let digits = text.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let after = text.dropFirst(digits.count)
            if let mark = after.first, mark == "." || mark == ")", after.dropFirst().first?.isWhitespace == true {
                result.text = after.dropFirst().trimmingWhitespace()
                result.list = WordListMark(list: "typed-number", level: 0, numbered: true, source: .typed)
                return result
            }
        }
        return p
    }

    static func mentions(_ text: String, _ words: Set<String>) -> Bool {
        !words.isDisjoint(with: HeaderText.words(text))
    }
}
