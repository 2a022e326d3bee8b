/// The full number behind cells whose text rounds it: a spreadsheet cell formatted `0%` shows
/// 0.316 as `32%`, and the indicator it records is 31.6, not 32. Kept by row and column (from 0,
/// as the table's rows and cells), in the units the cell's text shows (a percentage × 100), so a
/// reader can take the exact figure wherever it would read the text's. Empty for CSV, whose
/// text is all there is.
public struct CellNumbers: Equatable, Sendable {
    private var values: [Int: [Int: Double]] = [:]

    public init() {}

    public var isEmpty: Bool { values.isEmpty }

    /// The exact number of the cell at `row`, `column`; nil when its text is all there is.
    public subscript(row: Int, column: Int) -> Double? {
        get { values[row]?[column] }
        set { values[row, default: [:]][column] = newValue }
    }
}
