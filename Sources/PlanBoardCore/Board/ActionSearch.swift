/// Finding actions by what they say: every text field, case ignored.
public enum ActionSearch {
    /// True when any field of `action` contains `query` (ignoring case): ref, text, priority area,
    /// leads, deadline, measure, progress, notes, the removal reason, RAG and status words.
    public static func matches(_ action: Action, _ query: String) -> Bool {
        guard let needle = Needle(query) else { return false }
        return matches(action, needle)
    }

    /// What is searched for, prepared once per search rather than once per field.
    struct Needle {
        /// Lower-cased UTF-8 of an ASCII query, compared byte by byte without allocating.
        let ascii: [UInt8]?
        /// The lower-cased query, for queries with letters beyond ASCII (compared the slow way).
        let lowered: String

        init?(_ query: String) {
            lowered = query.lowercased()
            guard !lowered.isEmpty else { return nil }
            ascii = lowered.utf8.allSatisfy { $0 < 0x80 } ? Array(lowered.utf8) : nil
        }

        func found(in text: String) -> Bool {
            guard let ascii else { return text.lowercased().contains(lowered) }
            var text = text
            return text.withUTF8 { Needle.contains($0, ascii) }
        }

        /// Case-insensitive (ASCII) search of `needle` in `haystack`.
        private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
            let n = haystack.count, m = needle.count
            guard m <= n else { return false }
            let first = needle[0]
            var i = 0
            while i <= n - m {
                if lower(haystack[i]) == first {
                    var j = 1
                    while j < m, lower(haystack[i + j]) == needle[j] { j += 1 }
                    if j == m { return true }
                }
                i += 1
            }
            return false
        }

        private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
    }

    static func matches(_ action: Action, _ needle: Needle) -> Bool {
        if needle.found(in: action.ref) || needle.found(in: action.text) || needle.found(in: action.area)
            || needle.found(in: action.deadline) || needle.found(in: action.measure) || needle.found(in: action.progress)
            || needle.found(in: action.rag.word) || needle.found(in: action.statusWord) { return true }
        if action.leads.contains(where: needle.found) || (action.leads.count > 1 && needle.found(in: action.leadsText)) { return true }
        if let removal = action.removal, needle.found(in: removal.reason) { return true }
        return action.notes.contains { needle.found(in: $0.text) || needle.found(in: $0.owner ?? "") }
    }

    /// The board positions (lane, card) of the matches, in board order.
    static func hits(_ state: BoardState, _ query: String) -> [(lane: Int, card: Int)] {
        var out: [(lane: Int, card: Int)] = []
        guard let needle = Needle(query) else { return out }
        for (l, lane) in state.lanes.enumerated() {
            for (c, p) in lane.cards.enumerated() where matches(state.plan.outcomes[p.outcome].actions[p.action], needle) {
                out.append((l, c))
            }
        }
        return out
    }
}

/// Searching, jumping by ref, filtering and grouping the board.
extension Reducer {
    /// `/`: a prompt whose every keystroke moves the cursor to the first match.
    static func startSearch(_ state: inout BoardState) {
        state.mode = .prompt(LinePrompt(.search(origin: state.selectedAction?.id, kept: state.search),
                                        question: "Search:", returnTo: .board))
    }

    /// After each keystroke in the search prompt: jump to the first match, say how many.
    static func searchAsTyped(_ state: inout BoardState, _ query: String, origin: Action.ID?) {
        let hits = ActionSearch.hits(state, query)
        if let first = hits.first {
            state.laneIndex = first.lane
            state.cardIndex = first.card
            ensureCursorVisible(&state)
            state.flash = .init("\(hits.count) match\(hits.count == 1 ? "" : "es")")
        } else {
            if let origin { state.rebuildLanes(keeping: origin) }
            ensureCursorVisible(&state)
            state.flash = query.isEmpty ? nil : .init("No match for “\(query)”", isError: true)
        }
    }

    static func answerSearch(_ state: inout BoardState, _ text: String, origin: Action.ID?, kept: String?) {
        guard !text.isEmpty else {
            cancelSearch(&state, origin: origin, kept: kept)
            return
        }
        let hits = ActionSearch.hits(state, text)
        state.search = text
        state.flash = hits.isEmpty
            ? .init("No match for “\(text)”. Esc ends the search.", isError: true)
            : .init("\(hits.count) match\(hits.count == 1 ? "" : "es") for “\(text)”: n next, N previous, Esc ends the search.")
    }

    static func cancelSearch(_ state: inout BoardState, origin: Action.ID?, kept: String?) {
        state.search = kept
        if let origin { state.rebuildLanes(keeping: origin) }
        ensureCursorVisible(&state)
        state.flash = nil
    }

    /// `n` / `N` after a search: the next or previous match in board order, wrapping round.
    static func findNext(_ state: inout BoardState, forward: Bool) {
        guard let query = state.search else { return }
        let hits = ActionSearch.hits(state, query)
        guard !hits.isEmpty else {
            state.flash = .init("No match for “\(query)” on the board.", isError: true)
            return
        }
        let here = (state.laneIndex, state.cardIndex)
        func before(_ a: (Int, Int), _ b: (Int, Int)) -> Bool { a.0 < b.0 || (a.0 == b.0 && a.1 < b.1) }
        let index: Int
        if forward {
            index = hits.firstIndex { before(here, ($0.lane, $0.card)) } ?? 0
        } else {
            index = hits.lastIndex { before(($0.lane, $0.card), here) } ?? hits.count - 1
        }
        state.laneIndex = hits[index].lane
        state.cardIndex = hits[index].card
        ensureCursorVisible(&state)
        state.flash = .init("Match \(index + 1) of \(hits.count) for “\(query)”")
    }

    static func askRef(_ state: inout BoardState) {
        state.mode = .prompt(LinePrompt(.jumpToRef, question: "Go to ref:", returnTo: .board))
    }

    /// Goes to the action with ref `text`; `1.1` also finds the first action of priority area 1.1
    /// (refs `1.1a`, `1.1b`…), so the plan's own numbers and planboard's refs both work.
    static func jump(_ state: inout BoardState, toRef text: String) {
        let wanted = text.lowercased().filter { $0 != " " }
        guard !wanted.isEmpty else { return }
        let all = state.plan.allActions
        let ref = { (action: Action) in action.ref.lowercased().filter { $0 != " " } }
        guard let action = all.first(where: { ref($0) == wanted })
                ?? all.first(where: { CellWords.leadingNumber($0.area) == wanted })
                ?? all.first(where: { ref($0).hasPrefix(wanted) }) else {
            state.flash = .init("No action has the ref \(text).", isError: true)
            return
        }
        guard let found = state.locate(action.id) else {
            state.flash = .init(action.isRemoved
                ? "\(action.ref) is removed: R shows removed actions."
                : "\(action.ref) is hidden by the filter: Esc clears it.", isError: true)
            return
        }
        state.laneIndex = found.lane
        state.cardIndex = found.card
        ensureCursorVisible(&state)
    }

    static func askFilter(_ state: inout BoardState) {
        state.mode = .prompt(LinePrompt(.filter, question: "Filter (red amber green unrated @GP in-progress overdue soon changed todo):",
                                        text: state.filter.description, returnTo: .board))
    }

    static func answerFilter(_ state: inout BoardState, _ prompt: LinePrompt, text: String) {
        do {
            state.filter = try BoardFilter.parse(text)
        } catch {
            state.mode = .prompt(prompt)
            state.flash = .init(error.description, isError: true)
            return
        }
        state.rebuildLanes(keeping: state.selectedAction?.id)
        ensureCursorVisible(&state)
        let shown = state.lanes.reduce(0) { $0 + $1.cards.count }
        let all = state.lanes.reduce(0) { $0 + $1.unfilteredCount }
        state.flash = .init(state.filter.isEmpty ? "Filter cleared." : "Showing \(shown) of \(all) cards. Esc clears the filter.")
    }

    /// Esc on the board: the search and the filter go; the cursor stays on its action.
    static func clearFilters(_ state: inout BoardState) {
        guard state.search != nil || !state.filter.isEmpty else { return }
        let selection = state.selectedAction?.id
        state.search = nil
        state.filter = BoardFilter()
        state.rebuildLanes(keeping: selection)
        ensureCursorVisible(&state)
        state.flash = .init("Search and filter cleared.")
    }

    /// `v`: the next grouping; lanes are rebuilt and the cursor follows its action.
    static func cycleGrouping(_ state: inout BoardState) {
        let selection = state.selectedAction?.id
        state.grouping = state.grouping.next
        state.firstVisibleLane = 0
        state.laneScroll = [:]
        state.laneIndex = 0
        state.cardIndex = 0
        state.rebuildLanes(keeping: selection)
        ensureCursorVisible(&state)
        let how = switch state.grouping {
        case .outcome: "H / L move actions between outcomes."
        case .rag: "H / L change the rating."
        case .lead: "an action with two leads shows in both lanes; H / L hand it to the next lead."
        case .status: "H / L change the status."
        }
        state.flash = .init("Grouped by \(state.grouping.word): " + how)
    }
}
