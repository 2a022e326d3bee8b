/// What the user asked the bench to do, read from the command line.
///
/// Without `--size` or `--generate` the bench is the parent, which only starts children: per size,
/// one `--generate N --file PATH` writes the plan file and one `--size N --file PATH` measures it
/// and prints its samples.
struct BenchOptions {
    var sizes = [100, 1_000, 10_000]
    var runs = 7
    /// Set in a child: the size being measured.
    var childSize: Int?
    /// Set in a child: the number of actions of the plan file to write.
    var generateSize: Int?
    /// Set in a child: the plan file to measure or write.
    var childFile: String?

    static let usage = """
        usage: planboard-bench [--sizes 100,1000,10000] [--runs N]

        Generates plans of each size, writes them as plan files in a temporary folder and reports the
        median (min–max) over N runs of loading, the first frame at 120×36, a keypress and a save,
        and the peak memory of a process that did all that. Build with -c release for real numbers.
        """

    /// Parses `arguments` (without the program name).
    ///
    /// Throws `BenchOptionError` naming the option at fault.
    init(arguments: [String]) throws(BenchOptionError) {
        var rest = arguments[...]
        while let option = rest.popFirst() {
            switch option {
            case "--help", "-h":
                throw .helpWanted
            case "--sizes":
                guard let value = rest.popFirst() else { throw .missingValue(option) }
                let parts = value.split(separator: ",").map { Int($0.filter { $0 != "_" }) }
                guard !parts.isEmpty, parts.allSatisfy({ ($0 ?? -1) > 0 }) else { throw .badValue(option, value) }
                sizes = parts.map { $0! }
            case "--runs":
                guard let value = rest.popFirst() else { throw .missingValue(option) }
                guard let n = Int(value), n > 0 else { throw .badValue(option, value) }
                runs = n
            case "--size":
                guard let value = rest.popFirst() else { throw .missingValue(option) }
                guard let n = Int(value), n >= 0 else { throw .badValue(option, value) }
                childSize = n
            case "--generate":
                guard let value = rest.popFirst() else { throw .missingValue(option) }
                guard let n = Int(value), n >= 0 else { throw .badValue(option, value) }
                generateSize = n
            case "--file":
                guard let value = rest.popFirst() else { throw .missingValue(option) }
                childFile = value
            default:
                throw .unknown(option)
            }
        }
    }
}

/// A command line the bench cannot follow.
enum BenchOptionError: Error, CustomStringConvertible {
    case helpWanted
    case missingValue(String)
    case badValue(String, String)
    case unknown(String)

    var description: String {
        switch self {
        case .helpWanted: BenchOptions.usage
        case .missingValue(let option): "planboard-bench: \(option) needs a value.\n\n" + BenchOptions.usage
        case .badValue(let option, let value):
            "planboard-bench: '\(value)' is not a valid value for \(option) (positive whole numbers).\n\n" + BenchOptions.usage
        case .unknown(let option): "planboard-bench: unknown option '\(option)'.\n\n" + BenchOptions.usage
        }
    }
}
