extension Outcome {
    /// How minutes and flashes name the outcome as a workstream: `Outcome 2`, or its title when
    /// the plan does not number it.
    public var workstreamName: String { number.isEmpty ? title : "Outcome \(number)" }
}
