/// A refused key ends the typing ahead: the keys pressed after it were aimed at a screen or a
/// question that never came, so they are discarded (as terminals do after an error) rather than
/// run as commands, and the flash says so.
extension Reducer {
    /// What the status line adds to a refusal.
    static let typeaheadIgnored = " — the keys typed after it were ignored"

    /// Flashes `refusal` (with "? shows the keys" last) and discards the keys typed ahead.
    static func refuseKey(_ state: inout BoardState, _ refusal: String, hint: String = " · ? shows the keys") -> [Effect] {
        state.flash = .init(refusal + typeaheadIgnored + hint)
        return [.discardTypeahead]
    }
}
