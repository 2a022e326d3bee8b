/// Why a spreadsheet could not become a plan; nothing is written when one is thrown.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not a readable CSV table (row and column inside).
    case csv(CSVError)
    /// No column could be taken for the action text.
    case noActionColumn(headers: [String])
    /// A `--map` value is not `Column name=field`.
    case badMapping(String)
    /// A `--map` names a column the file does not have.
    case unknownColumn(String, headers: [String])
    /// The header row is there but no row below it holds an action.
    case noActions

    public var description: String {
        let fields = PlanField.allCases.map(\.rawValue).joined(separator: ", ")
        switch self {
        case .csv(let error):
            return error.description
        case .noActionColumn(let headers):
            return "no column holds the actions (columns: \(Self.list(headers))). "
                + "Name it with --map 'Column name=action'."
        case .badMapping(let text):
            return "--map '\(Excerpt.of(text))' is not 'Column name=field'; fields are \(fields) or ignore."
        case .unknownColumn(let name, let headers):
            return "--map names a column '\(Excerpt.of(name))' that the file does not have (columns: \(Self.list(headers)))."
        case .noActions:
            return "no row below the header holds an action; check that this is the delivery plan's table."
        }
    }

    /// The columns, quoted and cut by `Excerpt`: a header of 10,000 columns still gives one short line.
    private static func list(_ headers: [String]) -> String {
        Excerpt.quotedList(headers)
    }
}
