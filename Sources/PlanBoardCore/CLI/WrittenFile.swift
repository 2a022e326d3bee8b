/// A file an `export` or `minutes` command writes: written whole (crash-safe), then one line on
/// standard error saying where, `Wrote FILE.` or `Replaced FILE.` when it was there, the same for
/// every format, so standard output stays empty and a replaced file is never replaced silently.
enum WrittenFile {
    static func write(_ bytes: [UInt8], to path: String, notice: (String) -> Void) throws(CommandError) {
        let existed = FileAccess.exists(path)
        try FileAccess.writeAtomically(bytes, to: path)
        notice("\(existed ? "Replaced" : "Wrote") \(path).\n")
    }
}
