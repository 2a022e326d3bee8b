/// A spreadsheet's column letters, one definition for the CSV import report and the Excel reader.
enum ColumnLetters {
    /// `A` for column 1, `Z` for 26, `AA` for 27, `XFD` for 16,384; empty below 1.
    static func of(_ column: Int) -> String {
        var n = column
        var letters = ""
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters
    }
}
