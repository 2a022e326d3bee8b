import CZlib

/// Unpacks raw DEFLATE data with the system zlib, never past the size the archive declared.
enum Inflate {
    /// Inflates `packed` into exactly `expectedSize` bytes. The output buffer is one byte larger
    /// than declared, so data that would unpack to more (a lying archive) is caught at once
    /// without unpacking the rest. Throws `sizeMismatch` or `corrupt` naming `entry`.
    ///
    /// zlib counts a buffer in 32 bits (`uInt`): packed data or an output larger than `largest`
    /// (that count, unless a test passes less) is refused with `entryTooLarge` rather than trapping.
    static func raw(_ packed: ArraySlice<UInt8>, expectedSize: Int, entry: String,
                    largest: UInt64 = UInt64(uInt.max)) throws(ZipError) -> [UInt8] {
        // The output buffer is one byte more than declared, so the declared size must be below the limit.
        if UInt64(packed.count) > largest { throw .entryTooLarge(entry: entry, size: UInt64(packed.count), limit: largest) }
        if UInt64(max(expectedSize, 0)) >= largest { throw .entryTooLarge(entry: entry, size: UInt64(expectedSize), limit: largest) }
        var output = [UInt8](repeating: 0, count: expectedSize + 1)
        var stream = z_stream()
        guard cz_inflate_init_raw(&stream) == Z_OK else { throw .corrupt(entry: entry) }
        defer { inflateEnd(&stream) }
        let status: Int32 = packed.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                return inflate(&stream, Z_FINISH)
            }
        }
        let produced = Int(stream.total_out)
        if produced > expectedSize { throw .sizeMismatch(entry: entry) }
        switch status {
        case Z_STREAM_END:
            guard produced == expectedSize else { throw .sizeMismatch(entry: entry) }
        case Z_BUF_ERROR where stream.avail_in == 0:
            // The packed data ended before the stream did.
            throw .sizeMismatch(entry: entry)
        default:
            throw .corrupt(entry: entry)
        }
        output.removeLast()
        return output
    }
}
