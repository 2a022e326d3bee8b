/// A Word or Excel file opened as the Open Packaging Convention lays it out: a ZIP archive of
/// XML parts linked by relationship files (`_rels/*.rels`).
struct OfficePackage {
    /// One link from a part to another, its target already resolved to a path in the archive.
    struct Relationship: Equatable {
        var id: String
        /// The last word of the relationship type URI (`officeDocument`, `styles`, `worksheet`).
        var type: String
        var target: String
    }

    private(set) var archive: ZipArchive

    /// Opens `bytes` as a ZIP archive. A ZIP with encrypted entries is refused as password-protected.
    init(bytes: [UInt8], limits: ZipLimits = .standard) throws(OfficeError) {
        do { archive = try ZipArchive(bytes: bytes, limits: limits) } catch { throw Self.wrap(error) }
        if archive.entries.contains(where: \.isEncrypted) { throw .passwordProtected }
    }

    static func wrap(_ error: ZipError) -> OfficeError {
        if case .encrypted = error { return .passwordProtected }
        return .archive(error)
    }

    /// The main part and what kind of file it makes; refuses OpenDocument and other ZIPs with
    /// a message saying what they are.
    mutating func mainPart() throws(OfficeError) -> (kind: OfficeKind, path: String) {
        guard let main = try relationships(of: "").first(where: { $0.type == "officeDocument" }) else {
            if let mimetype = try bytes(of: "mimetype") {
                let type = String(decoding: mimetype, as: UTF8.self)
                if type.contains("opendocument.text") { throw .openDocument(.word) }
                if type.contains("opendocument.spreadsheet") { throw .openDocument(.excel) }
            }
            throw .notWordOrExcel("it holds no office document")
        }
        if main.target.lowercased().hasSuffix(".bin") {
            throw .notWordOrExcel("it is an Excel binary workbook (.xlsb); open it in Excel and use File > Save As > "
                + "Excel Workbook (.xlsx)")
        }
        let root = try requiredXML(main.target)
        switch root.name {
        case "document": return (.word, main.target)
        case "workbook": return (.excel, main.target)
        case "presentation": throw .notWordOrExcel("it is a PowerPoint presentation")
        default: throw .notWordOrExcel("its main part is <\(root.name)>")
        }
    }

    /// The unpacked bytes of a part, or nil when the archive has none by that name.
    mutating func bytes(of part: String) throws(OfficeError) -> [UInt8]? {
        do { return try archive.contents(of: part) } catch { throw Self.wrap(error) }
    }

    /// A part read as XML, or nil when the archive has no such part.
    mutating func xml(_ part: String) throws(OfficeError) -> XMLElement? {
        guard let data = try bytes(of: part) else { return nil }
        do { return try XMLReader.parse(data) } catch { throw .xml(part: part, error) }
    }

    mutating func requiredXML(_ part: String) throws(OfficeError) -> XMLElement {
        guard let element = try xml(part) else { throw .missingPart(part) }
        return element
    }

    /// The relationships of `part` (`""` for the package itself), internal targets only.
    mutating func relationships(of part: String) throws(OfficeError) -> [Relationship] {
        let folder = Self.folder(of: part)
        let name = part.split(separator: "/").last.map(String.init) ?? ""
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard let rels = try xml(relsPath) else { return [] }
        return rels.children("Relationship").compactMap { element in
            guard element.attribute("TargetMode") != "External", let id = element.attribute("Id"),
                  let type = element.attribute("Type"), let target = element.attribute("Target") else { return nil }
            return Relationship(id: id, type: type.split(separator: "/").last.map(String.init) ?? type,
                                target: Self.resolve(target, from: folder))
        }
    }

    /// The part a relationship of `part` with this type points to, if any.
    mutating func related(to part: String, type: String) throws(OfficeError) -> String? {
        try relationships(of: part).first { $0.type == type }?.target
    }

    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[..<slash])
    }

    /// A relationship target as a path in the archive: absolute targets lose their `/`,
    /// relative ones are taken from `folder`, and `..` steps are followed.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }
}
