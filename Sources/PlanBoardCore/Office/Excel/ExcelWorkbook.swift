/// What every sheet of an Excel workbook shares: the sheet list, the shared strings, the number
/// formats of cell styles, and the date system (`xl/workbook.xml` and the parts it links to).
struct ExcelWorkbook {
    struct Sheet: Equatable {
        var name: String
        /// The sheet's part in the archive, nil when the workbook does not link one.
        var path: String?
        var hidden: Bool
        /// A chart sheet or other sheet without cells.
        var isChart: Bool
    }

    var sheets: [Sheet]
    /// Serial numbers count from 1904 (old Mac workbooks) instead of 1900.
    var date1904: Bool
    var sharedStrings: [String]
    /// The number format of each cell style (`cellXfs`), by the index cells name in `s`.
    var formats: [ExcelNumberFormat]

    init(package: inout OfficePackage, path: String) throws(OfficeError) {
        let workbook = try package.requiredXML(path)
        let links = try package.relationships(of: path)
        date1904 = ["1", "true"].contains(workbook.child("workbookPr")?.attribute("date1904") ?? "")
        sheets = (workbook.child("sheets")?.children("sheet") ?? []).map { sheet in
            let link = links.first { $0.id == sheet.attribute("id") }
            return Sheet(name: sheet.attribute("name") ?? "Sheet", path: link?.target,
                         hidden: ["hidden", "veryHidden"].contains(sheet.attribute("state") ?? ""),
                         isChart: link.map { $0.type != "worksheet" } ?? false)
        }
        let stringsPath = links.first { $0.type == "sharedStrings" }?.target ?? "xl/sharedStrings.xml"
        sharedStrings = try package.xml(stringsPath).map { sst in sst.children("si").map(Self.stringItem) } ?? []
        let stylesPath = links.first { $0.type == "styles" }?.target ?? "xl/styles.xml"
        formats = try Self.formats(package.xml(stylesPath))
    }

    /// The text of a shared or inline string: plain (`<t>`) or rich text runs (`<r><t>`),
    /// phonetic guides (`<rPh>`) left out, `_x000D_`-style escapes decoded.
    static func stringItem(_ item: XMLElement) -> String {
        var text = ""
        for child in item.elements {
            switch child.name {
            case "t": text += child.text
            case "r": text += child.children("t").map(\.text).joined()
            default: continue
            }
        }
        return decodeEscapes(text)
    }

    /// Decodes OOXML's `_xHHHH_` escapes (`_x000D_` is a carriage return).
    static func decodeEscapes(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            out += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                out.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                out += "_x"
                rest = after
            }
        }
        return out + rest
    }

    /// The number format of each entry of `cellXfs`, custom formats from `numFmts`.
    static func formats(_ styles: XMLElement?) -> [ExcelNumberFormat] {
        guard let styles else { return [] }
        var custom: [Int: ExcelNumberFormat] = [:]
        for format in styles.child("numFmts")?.children("numFmt") ?? [] {
            if let id = format.attribute("numFmtId").flatMap({ Int($0) }), let code = format.attribute("formatCode") {
                custom[id] = ExcelNumberFormat.parse(code)
            }
        }
        return (styles.child("cellXfs")?.children("xf") ?? []).map { xf in
            let id = xf.attribute("numFmtId").flatMap { Int($0) } ?? 0
            return custom[id] ?? ExcelNumberFormat.builtIn(id)
        }
    }

    func format(style: Int?) -> ExcelNumberFormat {
        guard let style, style >= 0, style < formats.count else { return .general }
        return formats[style]
    }
}
