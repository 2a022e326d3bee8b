extension Plan {
    /// The ref given to an indicator added without one: `PI<n>`, one past the highest `PI<n>`
    /// (`PI 4`, `pi4`) the plan's indicators have, so an imported sheet's indicators can be named
    /// on the board and in reports as the example plan's are.
    public func nextIndicatorRef() -> String {
        let taken = indicators.compactMap { indicator -> Int? in
            let squashed = indicator.ref.filter { !$0.isWhitespace }.uppercased()
            guard squashed.hasPrefix("PI") else { return nil }
            return Int(squashed.dropFirst(2))
        }
        return "PI\((taken.max() ?? 0) + 1)"
    }
}
