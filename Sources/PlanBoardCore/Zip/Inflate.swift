import CZlib

/// Unpacks raw DEFLATE data with the system zlib, never past the size the archive declared.
enum Inflate {
    /// Inflates `packed` into exactly `expectedSize` bytes. The output buffer is one byte larger
    /// than declared, so data that would unpack to more (a lying archive) is caught at once
    /// without unpacking the rest. Throws `sizeMismatch` or `corrupt` naming `entry`.
    static func raw(_ packed: ArraySlice<UInt8>, expectedSize: Int, entry: String) throws(ZipError) -> [UInt8] {
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
