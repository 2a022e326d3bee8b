/// Finds the table or tables that hold the plan in a Word document and joins them into one
/// table in the shape the CSV importer reads.
///
/// A table holds a plan when its header names the actions and a lead, deadline, RAG,
/// progress, measure or status column. Tables naming the same fields are parts of one plan
/// (one table per outcome, say) and are joined in order; when several different tables could
/// be the plan, the one with most rows is read and the report says how to choose another with
/// `--table`; tables of the same columns with only a header row join too (an outcome with no
/// actions yet). When tables are joined, and the columns do not name the outcome, each table's
/// outcome is its caption row or the heading just before it, and the paragraphs between that
/// heading and the table are the outcome's description.
enum WordPlanTables {
    /// Joined tables ready for the importer, or nil when no table looks like a plan (and
    /// `chosen` is nil). Throws when `chosen` names a table the document does not have.
    static func read(_ blocks: [WordBlock], chosen: [Int]?) throws(OfficeError) -> OfficeTable? {
        let shapes = try tableShapes(blocks)
        var notes: [String] = []
        let pieces: [WordTableShape]
        if let chosen {
            for n in chosen where n < 1 || n > shapes.count { throw .noSuchTable(n, tables: shapes.count) }
            pieces = chosen.map { shapes[$0 - 1] }
        } else {
            var candidates = shapes.filter(\.namesAPlan)
            if candidates.isEmpty {
                // No header names a plan: fall back on tables whose contents show an action column.
                candidates = shapes.filter { shape in
                    shape.dataRows.count >= 2 && shape.header.count >= 2
                        && (try? HeaderMapping.make(header: shape.header, rows: shape.dataRows.map { shape.grid.rows[$0] })) != nil
                }
                candidates = Array(candidates.max { $0.dataRows.count < $1.dataRows.count }.map { [$0] } ?? [])
            }
            guard !candidates.isEmpty else { return nil }
            var groups: [[WordTableShape]] = []
            for shape in candidates {
                if let g = groups.firstIndex(where: { $0[0].signature == shape.signature }) { groups[g].append(shape) } else { groups.append([shape]) }
            }
            let best = groups.enumerated().max { a, b in
                let (ra, rb) = (a.element.reduce(0) { $0 + $1.dataRows.count }, b.element.reduce(0) { $0 + $1.dataRows.count })
                return ra != rb ? ra < rb : a.offset > b.offset
            }!.element
            // Tables of the same columns with no rows yet belong to the plan too: outcomes with no actions.
            let empty = shapes.filter { $0.dataRows.isEmpty && $0.fields.contains(.action) && $0.signature == best[0].signature }
            pieces = (best + empty).sorted { $0.number < $1.number }
            let others = candidates.filter { c in !best.contains { $0.number == c.number } }
            let bestNumbers = best.map { "\($0.number)" }.joined(separator: ",")
            for other in others {
                notes.append("Table \(other.number) (\(other.dataRows.count) row\(other.dataRows.count == 1 ? "" : "s"); \(other.columnsSummary)) "
                    + "could also be the plan: import it alone with --table \(other.number), "
                    + "or with the tables read with --table \(bestNumbers),\(other.number).")
            }
        }
        return join(pieces, blocks: blocks, tableCount: shapes.count, notes: notes)
    }

    /// Every top-level table with the paragraphs since the table before it.
    static func tableShapes(_ blocks: [WordBlock]) throws(OfficeError) -> [WordTableShape] {
        var shapes: [WordTableShape] = []
        var before: [(index: Int, paragraph: WordParagraph)] = []
        for (index, block) in blocks.enumerated() {
            switch block {
            case .paragraph(let p): before.append((index, p))
            case .table(let table):
                shapes.append(try WordTableShape(number: shapes.count + 1, blockIndex: index, table: table, before: before))
                before = []
            }
        }
        return shapes
    }

    /// The pieces as one table: the union of their columns (matched by header name), with an
    /// outcome and description column in front when the outcome comes from headings.
    static func join(_ pieces: [WordTableShape], blocks: [WordBlock], tableCount: Int, notes: [String]) -> OfficeTable {
        var notes = notes
        // Columns matched by name across tables; unnamed columns stay apart.
        var keys: [String] = []
        var names: [String] = []
        var placement: [[Int]] = []
        for piece in pieces {
            var places: [Int] = []
            for (c, name) in piece.header.enumerated() {
                let squashed = HeaderText.squashed(name)
                let key = squashed.isEmpty ? "#\(piece.number).\(c)" : squashed
                if let at = keys.firstIndex(of: key) { places.append(at) } else {
                    keys.append(key)
                    names.append(name.trimmingWhitespace())
                    places.append(keys.count - 1)
                }
            }
            placement.append(places)
        }
        let namesOutcome = names.contains { PlanField.recognising(header: $0) == .outcome }
        let single = pieces.count == 1
        let headingsAreOutcomes = !namesOutcome && pieces.contains { $0.outcome != nil }
            && (!single || !PlanImporter.splitOutcome(pieces[0].outcome ?? "").number.isEmpty)
        let front = headingsAreOutcomes ? ["Outcome (the heading above each table)", "Outcome description (the text under it)"] : []

        var rows: [[String]] = [front + names]
        var locations = ["table \(pieces.first.map { $0.number } ?? 1), row \((pieces.first?.headerIndex ?? 0) + 1)"]
        let orphans = headingsAreOutcomes ? orphanOutcomes(pieces, blocks: blocks) : []
        var orphanIndex = 0
        for (p, piece) in pieces.enumerated() {
            while orphanIndex < orphans.count, orphans[orphanIndex].block < piece.blockIndex {
                let orphan = orphans[orphanIndex]
                rows.append([orphan.title, orphan.description] + Array(repeating: "", count: names.count))
                locations.append("the heading '\(orphan.title)'")
                orphanIndex += 1
            }
            if piece.dataRows.isEmpty, headingsAreOutcomes {
                rows.append([piece.outcome ?? "", piece.description] + Array(repeating: "", count: names.count))
                locations.append("table \(piece.number)")
            }
            for r in piece.dataRows {
                var cells = Array(repeating: "", count: names.count)
                for (c, value) in piece.grid.rows[r].enumerated() where c < placement[p].count {
                    cells[placement[p][c]] = value
                }
                rows.append((headingsAreOutcomes ? [piece.outcome ?? "", piece.description] : []) + cells)
                locations.append("table \(piece.number), row \(r + 1)")
            }
        }

        let numbers = pieces.map { "\($0.number)" }
        let which = numbers.count == 1 ? "table \(numbers[0])" : "tables \(Self.list(numbers))"
        var source = "Read \(which) of a Word document with \(tableCount) table\(tableCount == 1 ? "" : "s")"
        if pieces.count > 1 { source += ", joined in order" }
        if headingsAreOutcomes {
            var lines = pieces.map { piece in "  table \(piece.number): \(Self.short(piece.outcome ?? "(none)"))" }
            lines += orphans.map { "  (no table): \(Self.short($0.title))" }
            notes.insert("Outcomes from the heading above each table:\n" + lines.joined(separator: "\n"), at: 0)
        }
        let repeats = pieces.reduce(0) { $0 + $1.repeatedHeaders }
        if repeats > 0 {
            notes.append("Left out \(repeats) header row\(repeats == 1 ? "" : "s") repeated inside the table\(pieces.count == 1 ? "" : "s").")
        }
        let left = tableCount - pieces.count
        if left > 0, notes.allSatisfy({ !$0.hasPrefix("Table ") }) {
            notes.append("\(left) other table\(left == 1 ? "" : "s") in the document \(left == 1 ? "does" : "do") not look like the plan and \(left == 1 ? "was" : "were") left out; "
                + "choose tables with --table N[,M].")
        }
        return OfficeTable(kind: .word, table: CSVTable(rows: rows, separator: ",", encoding: .utf8), source: source, notes: notes,
                           rowLocations: locations)
    }

    /// Headings at the level of the tables' headings that have no table of their own, between
    /// the first and the last table read: outcomes with no actions yet.
    private static func orphanOutcomes(_ pieces: [WordTableShape], blocks: [WordBlock]) -> [(block: Int, title: String, description: String)] {
        let levels = Set(pieces.compactMap(\.outcomeHeadingLevel))
        guard levels.count == 1, let level = levels.first, pieces.allSatisfy({ $0.outcomeHeadingLevel == level }),
              let first = pieces.compactMap(\.outcomeBlock).min(), let last = pieces.map(\.blockIndex).max() else { return [] }
        let used = Set(pieces.compactMap(\.outcomeBlock))
        var found: [(block: Int, title: String, description: String)] = []
        var i = first
        while i < last {
            if case .paragraph(let p) = blocks[i], p.headingLevel == level, !used.contains(i), !p.text.trimmingWhitespace().isEmpty {
                var description: [String] = []
                var j = i + 1
                while j < blocks.count, case .paragraph(let next) = blocks[j], next.headingLevel == nil {
                    if !next.text.trimmingWhitespace().isEmpty { description.append(next.text.trimmingWhitespace()) }
                    j += 1
                }
                found.append((i, p.text.trimmingWhitespace(), description.joined(separator: "\n")))
                i = j
            } else {
                i += 1
            }
        }
        return found
    }

    /// `2, 3 and 4`.
    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    static func short(_ text: String, _ limit: Int = 70) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }
}
