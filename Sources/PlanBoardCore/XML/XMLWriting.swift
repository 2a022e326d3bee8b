/// Text made safe for XML written by planboard (the .docx export).
enum XMLEscape {
    /// Escapes `&`, `<`, `>` and `"`, and drops characters XML 1.0 cannot hold (C0 controls
    /// other than tab, LF and CR), which a plan typed in a terminal could contain.
    static func text(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
