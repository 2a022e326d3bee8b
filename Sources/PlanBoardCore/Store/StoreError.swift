/// Why a plan could not be read or written, in words that tell the user what to do.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file changed on disk since it was loaded; saving would overwrite someone else's work.
    case changedOnDisk(path: String)
    /// Any other failure, already phrased for the user.
    case other(String)

    public var description: String {
        switch self {
        case .changedOnDisk(let path):
            "\(path) was changed by someone else since it was opened; not saved. Reload to see their version."
        case .other(let message):
            message
        }
    }
}
