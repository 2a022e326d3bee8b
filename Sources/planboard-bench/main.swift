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

let executable = ChildProcess.currentExecutable()
var results: [(size: Int, fileBytes: Int, measurement: SizeMeasurement)] = []
for size in options.sizes {
    FileHandle.standardError.write(Data("measuring \(size) actions…\n".utf8))
    let path = folder + "/plan-\(size).json"
    let bytes = PlanFile.encode(PlanGenerator.make(actions: size, seed: 1))
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { fail("could not write \(path)") }
    let child: ChildProcess.Outcome
    do {
        child = try ChildProcess.run(executable, ["--size", "\(size)", "--file", path, "--runs", "\(options.runs)"])
    } catch {
        fail(error.description)
    }
    guard child.status == 0, let measurement = SizeMeasurement(reportLines: child.output) else {
        try? FileManager.default.removeItem(atPath: folder)
        fail("the child measuring \(size) actions failed (status \(child.status))")
    }
    results.append((size, bytes.count, measurement))
}

print(ReportTable(runs: options.runs, isReleaseBuild: isReleaseBuild, results: results).text, terminator: "")
