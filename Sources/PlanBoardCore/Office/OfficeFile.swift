/// What a file's first bytes say it is, before any reader runs.
enum OfficeFile {
    /// The compound-file (OLE2) signature of Word 97–2003, Excel 97–2003 and of password-protected
    /// Word and Excel files, which wrap the encrypted package in the same container.
    static let ole2Magic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func isOLE2(_ bytes: [UInt8]) -> Bool { bytes.starts(with: ole2Magic) }

    /// The error for an OLE2 file: a password-protected modern file, an old .doc, an old .xls.
    ///
    /// The container's directory stores stream names in UTF-16; the names say which it is
    /// (`EncryptedPackage`, `WordDocument`, `Workbook`/`Book`), so finding them is enough.
    static func refusal(forOLE2 bytes: [UInt8]) -> OfficeError {
        func has(_ name: String) -> Bool {
            let pattern = name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            return contains(bytes, pattern)
        }
        if has("EncryptedPackage") || has("EncryptionInfo") { return .passwordProtected }
        if has("WordDocument") { return .oldWordDocument }
        if has("Workbook") || has("Book") { return .oldExcelWorkbook }
        return .oldOfficeFile
    }

    /// True when `pattern` occurs in `bytes` (a plain scan; directories are small and early).
    static func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard let first = pattern.first, pattern.count <= bytes.count else { return false }
        var i = 0
        let last = bytes.count - pattern.count
        while i <= last {
            if bytes[i] == first, bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return true }
            i += 1
        }
        return false
    }
}
