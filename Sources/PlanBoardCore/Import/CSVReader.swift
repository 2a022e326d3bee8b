/// A spreadsheet read from CSV: its rows of cells, as text, with how it was written.
public struct CSVTable: Equatable, Sendable {
    /// Every record in file order, the header first. Rows may be ragged (differ in length).
    public var rows: [[String]]
    /// The separator found: `,`, a tab, or `;`.
    public var separator: Character
    public var encoding: SourceEncoding

    public init(rows: [[String]], separator: Character = ",", encoding: SourceEncoding = .utf8) {
        self.rows = rows
        self.separator = separator
        self.encoding = encoding
    }
}

/// Reads CSV the way spreadsheets really write it.
///
/// RFC 4180 quoting (separators, `""` and line breaks inside quoted cells), CRLF, LF or CR line
/// ends, a byte-order mark or none, and tab- or semicolon-separated files detected from the
/// header. A stray quote inside an unquoted cell is kept as written, as Excel does.
public enum CSVReader {
    /// Reads a whole file. Throws `CSVError` naming the row and column of a malformed cell, or why
    /// the bytes are not text.
    public static func read(_ bytes: [UInt8]) throws(CSVError) -> CSVTable {
        let (text, encoding) = try TextDecoding.decode(bytes)
        var table = try read(text: text)
        table.encoding = encoding
        return table
    }

    /// Reads text already decoded. Throws `CSVError` for an unclosed quote or text after one.
    public static func read(text: String) throws(CSVError) -> CSVTable {
        let scalars = Array(text.unicodeScalars)
        let separator = detectSeparator(scalars)
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var i = 0
        var fieldIsQuoted = false

        func endField() {
            row.append(String(field))
            field = String.UnicodeScalarView()
            fieldIsQuoted = false
        }
        func endRow() {
            endField()
            rows.append(row)
            row = []
        }

        while i < scalars.count {
            let c = scalars[i]
            if c == "\"" && field.isEmpty && !fieldIsQuoted {
                // A quoted cell: read to its closing quote.
                let startLine = line
                fieldIsQuoted = true
                i += 1
                var closed = false
                while i < scalars.count {
                    let q = scalars[i]
                    if q == "\"" {
                        if i + 1 < scalars.count && scalars[i + 1] == "\"" {
                            field.append("\"")
                            i += 2
                            continue
                        }
                        closed = true
                        i += 1
                        break
                    }
                    if q == "\n" || (q == "\r" && (i + 1 >= scalars.count || scalars[i + 1] != "\n")) { line += 1 }
                    field.append(q)
                    i += 1
                }
                guard closed else {
                    throw .unterminatedQuote(row: rows.count + 1, column: row.count + 1, line: startLine)
                }
                // Only spaces may sit between the closing quote and the separator or line end.
                while i < scalars.count, scalars[i] == " " || (scalars[i] == "\t" && separator != "\t") { i += 1 }
                if i < scalars.count, scalars[i] != separator, scalars[i] != "\n", scalars[i] != "\r" {
                    throw .textAfterClosingQuote(row: rows.count + 1, column: row.count + 1, line: line)
                }
                continue
            }
            switch c {
            case separator:
                endField()
            case "\r":
                if i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
                endRow()
                line += 1
            case "\n":
                endRow()
                line += 1
            default:
                field.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty || fieldIsQuoted { endRow() }
        guard rows.contains(where: { $0.contains { !$0.trimmingWhitespace().isEmpty } }) else { throw .empty }
        return CSVTable(rows: rows, separator: Character(separator))
    }

    /// The separator used most in the first record outside quotes: comma, tab or semicolon (comma on a tie).
    static func detectSeparator(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, "\t": 0, ";": 0]
        var inQuotes = false
        for c in scalars {
            if c == "\"" { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if c == "\n" || c == "\r" { break }
            if counts[c] != nil { counts[c]! += 1 }
        }
        let comma = counts[","]!, tab = counts["\t"]!, semicolon = counts[";"]!
        if tab > comma && tab >= semicolon { return "\t" }
        if semicolon > comma && semicolon > tab { return ";" }
        return ","
    }
}
