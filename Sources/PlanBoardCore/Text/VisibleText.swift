/// Makes plan text safe to put on a terminal: control characters and escape sequences become
/// visible symbols (`␛`, `␇`) so a field can never move the cursor or change colours.
public enum VisibleText {
    /// The symbol shown for one scalar, or the scalar itself when it is printable.
    public static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        switch v {
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + v)!   // ␀ … ␟ (␛ for ESC, ␉ for tab)
        case 0x7F: return "\u{2421}"                           // ␡
        case 0x80...0x9F: return "\u{FFFD}"                    // C1 controls (CSI 0x9B among them)
        default: return scalar
        }
    }

    /// `text` with every control character replaced by its visible symbol.
    public static func sanitize(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && ($0.value < 0x7F || $0.value > 0x9F) }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(visible(scalar)) }
        return String(out)
    }
}
