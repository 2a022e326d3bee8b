/// How wide a row and how many cells in all a Word table or Excel sheet may lay out.
///
/// Rows are laid out as arrays as wide as their right-most cell, so without these a tiny file
/// naming a far-right cell in many rows would take gigabytes. Delivery plans never come near.
enum OfficeLayoutLimits {
    /// Columns in one row (column ALL in a spreadsheet).
    static let columns = 1_000
    /// Cells laid out in one sheet or table, counting the blanks between filled cells.
    static let cells = 2_000_000
}
