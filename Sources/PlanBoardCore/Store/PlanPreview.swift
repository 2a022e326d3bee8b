/// What the first screen needs of a plan file, read in a fraction of the time the whole file
/// takes: every field as `PlanFile` reads it, but only the first few actions of each outcome.
/// The rest are passed over, checked only token by token.
///
/// A preview is for drawing and nothing else. It is not checked as a plan file is (UTF-8, repeated
/// keys, commas, the schema version, unique ids), so the board shows it only while
/// `PlanFile.decode` reads the same bytes in full; nothing can be changed or saved until that
/// has succeeded, and its error, if any, is what the user is told.
public enum PlanPreview {
    /// Files smaller than this (about 450 actions) decode in full in about the time ncurses takes
    /// to start, so a preview would not show sooner.
    public static let worthwhileBytes = 256 * 1024

    /// The plan in `bytes` with at most `actionsPerOutcome` actions in each outcome (the first
    /// ones), or nil when the file cannot be read that far (the whole read will say why).
    public static func read(_ bytes: [UInt8], actionsPerOutcome: Int) -> Plan? {
        let skip = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return bytes.withUnsafeBufferPointer { buffer -> Plan? in
            var reader = JSONReader(buffer, at: skip)
            reader.previewItems = max(0, actionsPerOutcome)
            return try? PlanDocument.read(from: &reader).plan
        }
    }
}

extension FileValue {
    /// Whether a preview reads only the first few of a list of these: true for the values a
    /// plan holds thousands of in one list (its actions).
    static var isCutInPreview: Bool { false }
}

extension Action {
    static var isCutInPreview: Bool { true }
}
