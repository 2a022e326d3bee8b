/// A place in a file as a text editor shows it: 1-based line and column, columns counting
/// characters (UTF-8 sequences), not bytes.
struct TextPosition: Equatable, Sendable {
    var line: Int
    var column: Int

    /// The line and column of byte `offset` in `bytes` (the offset may be the end of the text).
    init(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for i in 0..<end where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        var column = 1
        for i in lineStart..<end where bytes[i] & 0xC0 != 0x80 { column += 1 }
        self.line = line
        self.column = column
    }

    init(of offset: Int, in bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { TextPosition(of: offset, in: $0) }
    }

    /// `line 4, column 3`, as messages write it.
    var text: String { "line \(line), column \(column)" }
}
