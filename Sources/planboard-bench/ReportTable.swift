/// The bench's printed report: one column per plan size, one row per step, and the targets for
/// 10,000 actions with PASS or MISS beside them.
struct ReportTable {
    /// A goal from issue 2, for a plan of `Target.size` actions in a release build.
    struct Target {
        static let size = 10_000
        var limit: Double
        var unit: String
    }

    static let targets: [Step: Target] = [
        .loadAndFrame: Target(limit: 150, unit: "ms"),
        .move: Target(limit: 5, unit: "ms"),
        .rate: Target(limit: 5, unit: "ms"),
        .status: Target(limit: 5, unit: "ms"),
        .editSave: Target(limit: 5, unit: "ms"),
        .groupByLead: Target(limit: 100, unit: "ms"),
        .search: Target(limit: 5, unit: "ms"),
        .save: Target(limit: 100, unit: "ms"),
    ]
    static let memoryTarget = Target(limit: 60, unit: "MB")

    var runs: Int
    var isReleaseBuild: Bool
    /// Per size, in the order measured: the file's size in bytes and what its child measured.
    var results: [(size: Int, fileBytes: Int, measurement: SizeMeasurement)]

    var text: String {
        var rows: [[String]] = [["", ""] + results.map { "\(grouped($0.size)) actions" } + ["target (\(grouped(Target.size)))", ""]]
        rows.append(["plan file", "MB"] + results.map { format($0.fileBytes == 0 ? 0 : Double($0.fileBytes) / 1_048_576) }
                    + ["", ""])
        for step in Step.allCases {
            let cells = results.map { result -> String in
                guard let samples = result.measurement.samples[step] else { return "–" }
                return "\(format(samples.median)) (\(format(samples.min))–\(format(samples.max)))"
            }
            let target = Self.targets[step]
            rows.append([step.label, "ms"] + cells
                        + [target.map { "< \(Int($0.limit)) \($0.unit)" } ?? "", verdict(target) { $0.samples[step]?.median }])
        }
        rows.append(["peak memory before saving", "MB"] + results.map { format($0.measurement.peakBeforeSavingMegabytes) }
                    + ["", ""])
        rows.append(["peak memory (ru_maxrss)", "MB"] + results.map { format($0.measurement.peakMegabytes) }
                    + ["< \(Int(Self.memoryTarget.limit)) MB", verdict(Self.memoryTarget) { $0.peakMegabytes }])

        var widths = [Int](repeating: 0, count: rows[0].count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = "planboard-bench: \(isReleaseBuild ? "release" : "DEBUG") build, \(runs) run\(runs == 1 ? "" : "s") per size, "
            + "screen 120×36; times are median (min–max) in milliseconds\n"
        if !isReleaseBuild { out += "warning: a debug build is many times slower; use `swift run -c release planboard-bench`\n" }
        out += "\n"
        for (r, row) in rows.enumerated() {
            var line = ""
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                line += (i == 0 ? cell + pad : pad + cell) + (i == row.count - 1 ? "" : "  ")
            }
            out += line.trimmingTrailingSpaces() + "\n"
            if r == 0 { out += String(repeating: "-", count: line.trimmingTrailingSpaces().count) + "\n" }
        }
        out += "\nPASS/MISS compares the median at \(grouped(Target.size)) actions with the target (issue 2); "
            + "a report, not a test: the exit status is 0 either way.\n"
            + "Memory is the peak resident size of the fresh process that measured each size.\n"
        return out
    }

    /// PASS or MISS for the 10,000-action result, or nothing when that size was not measured.
    private func verdict(_ target: Target?, _ value: (SizeMeasurement) -> Double?) -> String {
        guard let target, let result = results.first(where: { $0.size == Target.size }),
              let measured = value(result.measurement), !measured.isNaN else { return "" }
        return measured < target.limit ? "PASS" : "MISS"
    }

    private func format(_ value: Double) -> String {
        if value.isNaN { return "–" }
        let places = value < 10 ? 2 : value < 100 ? 1 : 0
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if places == 0, text.hasSuffix(".0") { text.removeLast(2) }
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < places { text += String(repeating: "0", count: places - decimals) }
        }
        return text
    }

    private func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
