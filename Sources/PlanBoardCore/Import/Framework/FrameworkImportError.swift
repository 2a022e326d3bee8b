/// Why a sheet could not be added to a plan; nothing is written when one is thrown. Each case
/// names the row and column to look at and what to do.
public enum FrameworkImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not a readable CSV table (row and column inside).
    case csv(CSVError)
    /// No header in the top rows names an indicator sheet or a risk register.
    case notRecognised(headers: [String])
    /// A cell that must hold a figure holds text (`row 5, column D (2007/8): 'about 30'`).
    case badFigure(row: Int, column: String, header: String, text: String)
    /// A likelihood or impact that is not a whole number from 1 to 5.
    case badScale(row: Int, column: String, header: String, text: String)
    /// A risk level written in a way that names no likelihood and impact.
    case badLevel(row: Int, column: String, header: String, text: String)
    /// The header is there but no row below it holds an indicator or a risk.
    case noRows(kind: String)

    public var description: String {
        switch self {
        case .csv(let error):
            return error.description
        case .notRecognised(let headers):
            return "the header names neither an indicator sheet nor a risk register (columns: \(Excerpt.quotedList(headers))). "
                + "An indicator sheet needs an 'Indicator' column and either period columns (2007/8, Q3 2022/23, March 2023) "
                + "or 'Period' with 'Actual' or 'Target'; a risk register needs a 'Risk' column and likelihood and impact "
                + "(two numeric columns per level, or a level such as 'Likelihood 3 x Impact 2 = Risk Scoring 6 (Moderate)')."
        case .badFigure(let row, let column, let header, let text):
            return "row \(row), column \(column) (\(Excerpt.of(header))): '\(Excerpt.of(text))' is not a figure. "
                + "Write a number such as 29.1%, £1,250 or 412, 'n/a' when the data is not yet available, or leave it blank."
        case .badScale(let row, let column, let header, let text):
            return "row \(row), column \(column) (\(Excerpt.of(header))): '\(Excerpt.of(text))' is not a whole number from 1 to 5. "
                + "Likelihood and impact are each scored 1 (lowest) to 5 (highest)."
        case .badLevel(let row, let column, let header, let text):
            return "row \(row), column \(column) (\(Excerpt.of(header))): '\(Excerpt.of(text))' names no likelihood and impact. "
                + "Write it as 'Likelihood 3 x Impact 2 = Risk Scoring 6 (Moderate)' or '3 x 2', or leave it blank."
        case .noRows(let kind):
            return "no row below the header holds \(kind); check that this is the right sheet."
        }
    }
}
