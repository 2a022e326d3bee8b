import Foundation
import PlanBoardCore

/// planboard-bench: times loading, the first frame, a keypress and a save on generated plans of
/// 100, 1,000 and 10,000 actions, and the peak memory, each size in a child process of its own.

let options: BenchOptions
do {
    options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
} catch .helpWanted {
    print(BenchOptions.usage)
    exit(0)
} catch {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(2)
}

func fail(_ text: String) -> Never {
    FileHandle.standardError.write(Data(("planboard-bench: " + text + "\n").utf8))
    exit(1)
}

if let size = options.generateSize {
    guard let file = options.childFile else { fail("--generate needs --file (it is meant for the bench's own children)") }
    var plan = PlanGenerator.make(actions: size, seed: 1)
    // Imported plans name their leads in full, so there are about as many leads as a quarter of
    // the actions: the shape that makes grouping by lead costly.
    var number = 0
    for o in plan.outcomes.indices {
        for a in plan.outcomes[o].actions.indices {
            plan.outcomes[o].actions[a].leads.append("Team \(number % max(1, size / 4))")
            number += 1
        }
    }
    let bytes = PlanFile.encode(plan)
    guard FileManager.default.createFile(atPath: file, contents: Data(bytes)) else { fail("could not write \(file)") }
    print(StartupMeasurement.marker(for: plan) ?? "")
    print(StartupMeasurement.wholeMarker(for: plan))
    exit(0)
}

if let size = options.childSize {
    guard let file = options.childFile else { fail("--size needs --file (it is meant for the bench's own children)") }
    do {
        let measurement = try SizeMeasurement.run(path: file, runs: options.runs)
        print(measurement.reportLines, terminator: "")
        exit(0)
    } catch {
        fail("measuring \(size) actions: \(error)")
    }
}

#if DEBUG
let isReleaseBuild = false
#else
let isReleaseBuild = true
#endif

let folder = NSTemporaryDirectory() + "planboard-bench-\(ProcessInfo.processInfo.processIdentifier)"
do {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
} catch {
    fail("could not make a temporary folder \(folder): \(error)")
}
defer { try? FileManager.default.removeItem(atPath: folder) }

// The parent never builds a plan itself: posix_spawn starts children with vfork semantics, and
// Linux carries the parent's peak resident memory into the child's ru_maxrss at exec. A parent
// that stayed small keeps each child's figure its own.
let executable = ChildProcess.currentExecutable()
/// The app built beside the bench, timed from launch to its first card.
let app = (executable as NSString).deletingLastPathComponent + "/planboard"
if !FileManager.default.isExecutableFile(atPath: app) {
    FileHandle.standardError.write(Data("planboard-bench: no \(app); build it to time the launch (swift build -c release)\n".utf8))
}
var results: [(size: Int, fileBytes: Int, measurement: SizeMeasurement)] = []

func runChild(_ arguments: [String], doing task: String) -> ChildProcess.Outcome {
    let child: ChildProcess.Outcome
    do {
        child = try ChildProcess.run(executable, arguments)
    } catch {
        try? FileManager.default.removeItem(atPath: folder)
        fail(error.description)
    }
    guard child.status == 0 else {
        try? FileManager.default.removeItem(atPath: folder)
        fail("the child \(task) failed (status \(child.status))")
    }
    return child
}

for size in options.sizes {
    FileHandle.standardError.write(Data("measuring \(size) actions…\n".utf8))
    let path = folder + "/plan-\(size).json"
    let markers = runChild(["--generate", "\(size)", "--file", path], doing: "writing a plan of \(size) actions")
        .output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    let marker = markers.first ?? "", wholeMarker = markers.count > 1 ? markers[1] : ""
    let fileBytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    var launches: [Double] = []
    var wholeLaunches: [Double] = []
    if FileManager.default.isExecutableFile(atPath: app), !marker.isEmpty, !wholeMarker.isEmpty {
        for _ in 0..<options.runs {
            do {
                let times = try StartupMeasurement.launch(app, path: path, marker: marker, wholeMarker: wholeMarker)
                launches.append(times.firstCard)
                wholeLaunches.append(times.wholeBoard)
            } catch {
                FileHandle.standardError.write(Data("planboard-bench: \(error)\n".utf8))
                break
            }
        }
    }
    let child = runChild(["--size", "\(size)", "--file", path, "--runs", "\(options.runs)"],
                         doing: "measuring \(size) actions")
    guard var measurement = SizeMeasurement(reportLines: child.output) else {
        try? FileManager.default.removeItem(atPath: folder)
        fail("the child measuring \(size) actions printed something unexpected:\n\(child.output)")
    }
    if !launches.isEmpty { measurement.samples[.startup] = Samples(values: launches) }
    if !wholeLaunches.isEmpty { measurement.samples[.startupWhole] = Samples(values: wholeLaunches) }
    results.append((size, fileBytes, measurement))
}

print(ReportTable(runs: options.runs, isReleaseBuild: isReleaseBuild,
                  results: results).text, terminator: "")
