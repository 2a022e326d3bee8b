/// Reading the leads cell of a plan into separate leads, and the key of leads they make.
///
/// People write several leads in one cell in many ways: `JB KM RT PD`, `AB/CD`, `A & B`,
/// `Planning Group JB/KM`, `Dundee Carers Centre/Lead Scotland`. The rules:
/// - commas, semicolons, line breaks and slashes always separate leads;
/// - a run of initials (`JB KM RT PD`) splits at its spaces, and `&`, `+` or `and` between two
///   initials separates them (`A & B`);
/// - names do not split at spaces or `&` (`Dundee Carers Centre Localities Team`, `Learning &
///   Development`), and an acronym that starts a name stays with it (`NHS Tayside`,
///   `SDS Personalisation proposal bid`);
/// - initials written against a slash (`Planning Group JB/KM`) leave the name before them, as do
///   two or more initials at its end (`Planning Group JB KM`).
enum LeadList {
    /// The separate leads in a cell, in order, each once (case-insensitive, first spelling kept).
    static func split(_ cell: String) -> [String] {
        var leads: [String] = []
        for part in cell.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" }) {
            let pieces = part.split(separator: "/", omittingEmptySubsequences: true)
                .map { words(in: $0) }
                .filter { !$0.isEmpty }
            for (index, piece) in pieces.enumerated() {
                // Initials against a slash belong with the initials on the slash's other side.
                let initialsAfter = index + 1 < pieces.count && isInitials(pieces[index + 1].first!)
                leads += leadsIn(piece, detachLast: initialsAfter)
            }
        }
        var seen = Set<String>()
        return leads.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }

    /// The words of one slash-separated piece, with `&`, `+` and `and` kept as words.
    private static func words(in text: Substring) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    /// The leads in one piece of words (no commas or slashes left in it).
    private static func leadsIn(_ words: [String], detachLast: Bool) -> [String] {
        let joiners: Set<String> = ["&", "+", "and"]
        let content = words.filter { !joiners.contains($0.lowercased()) }
        guard !content.isEmpty else { return [] }
        // A run of initials, possibly joined by & (`A & B`, `JB KM RT`): each is a lead.
        if content.count > 1, content.allSatisfy(isInitials) { return content }
        var name = words
        var tail: [String] = []
        // Trailing initials: two or more (`Group JB KM`), or one against a slash (`Group JB/KM`).
        var trailing = 0
        while trailing < name.count - 1, isInitials(name[name.count - 1 - trailing]) { trailing += 1 }
        if trailing >= 2 || (trailing == 1 && detachLast) {
            tail = Array(name.suffix(trailing))
            name.removeLast(trailing)
        }
        while let last = name.last, joiners.contains(last.lowercased()) { name.removeLast() }
        while let first = name.first, joiners.contains(first.lowercased()) { name.removeFirst() }
        return [name.joined(separator: " ")] + tail
    }

    /// True for a word written as initials or an acronym: `JB`, `A`, `NHS`, `DH&SCP`, `J.B.`.
    /// Mixed-case words (`CofD`, `Carers`) are names.
    static func isInitials(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        guard !letters.isEmpty, letters.count <= 6, word.first?.isLetter == true else { return false }
        return letters.allSatisfy(\.isUppercase) && word.allSatisfy { $0.isLetter || $0 == "&" || $0 == "." || $0.isNumber }
    }

    /// The key of leads built from every lead the actions name, in the order first met, each once
    /// (case-insensitive), names left blank for the officer to fill in.
    static func key(for actions: [Action]) -> [Lead] {
        var seen = Set<String>()
        var key: [Lead] = []
        for action in actions {
            for lead in action.leads where seen.insert(lead.lowercased()).inserted {
                key.append(Lead(initials: lead, name: ""))
            }
        }
        return key
    }
}
