/// Numbers and true/false in the plan file: indicator figures, risk scales, flags.
extension JSONReader {
    /// The next value, which must be a number; its text as written.
    mutating func numberText() throws(FileProblem) -> (text: String, start: Int) {
        let first = try valueStart()
        guard first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            throw mismatch(expected: "a number")
        }
        let range = try tokens.number()
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self), range.lowerBound)
    }

    /// The next value as a whole number within `allowed`, or a problem naming what is allowed.
    mutating func wholeNumber(in allowed: ClosedRange<Int>, what: String) throws(FileProblem) -> Int {
        let (text, start) = try numberText()
        guard let value = Int(text), allowed.contains(value) else {
            throw .value(start, "\(text) is not \(what) (a whole number from \(allowed.lowerBound) to \(allowed.upperBound))")
        }
        return value
    }
}

extension Double: FileValue {
    static func read(from reader: inout JSONReader) throws(FileProblem) -> Double {
        let (text, start) = try reader.numberText()
        guard let value = Double(text), value.isFinite else { throw .value(start, "\(text) is too large a number") }
        return value
    }

    /// Whole values without a decimal point (`37`, not `37.0`), others in the shortest form that
    /// reads back the same (`29.1`), so files diff cleanly.
    func write(to writer: inout PlanJSONWriter) { writer.raw(NumberText.plain(self)) }
}

extension Int: FileValue {
    static func read(from reader: inout JSONReader) throws(FileProblem) -> Int {
        try reader.wholeNumber(in: Int.min...Int.max, what: "a whole number")
    }

    func write(to writer: inout PlanJSONWriter) { writer.raw(String(self)) }
}

extension Bool: FileValue {
    static func read(from reader: inout JSONReader) throws(FileProblem) -> Bool {
        let start = reader.tokens.offset
        guard let first = try? reader.valueStart(), first == UInt8(ascii: "t") || first == UInt8(ascii: "f") else {
            throw reader.mismatch(expected: "true or false")
        }
        var probe = reader.tokens
        switch try probe.word() {
        case .true: reader.tokens = probe; return true
        case .false: reader.tokens = probe; return false
        case .null: throw .value(start, "expected true or false, found nothing (null)")
        }
    }

    func write(to writer: inout PlanJSONWriter) { writer.raw(self ? "true" : "false") }
}
