/// A framework item's ref and whole name written out under a list that cuts names to fit
/// (`PI1 Adult carers …`, `R2 Carer support plans …`): wrapped, the ref bold.
enum RefTitleLines {
    static func lines(ref: String, title: String, width: Int, maxLines: Int) -> [StyledLine] {
        let lead = ref.isEmpty ? "" : ref + " "
        let wrapped = TextWrap.wrap(lead + title.replacingNewlinesWithSpaces(), width: width, maxLines: maxLines)
        return wrapped.enumerated().map { i, text in
            guard i == 0, !lead.isEmpty, text.hasPrefix(lead) else { return [Span(text)] }
            return [Span(ref, .bold), Span(String(text.dropFirst(ref.count)))]
        }
    }
}
