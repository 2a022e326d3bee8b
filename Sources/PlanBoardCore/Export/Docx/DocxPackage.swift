/// Assembles a .docx: the document body with its styles, settings, footer and properties, in a
/// ZIP of stored entries.
///
/// Pages are A4, portrait or landscape. The footer carries a line of text and "Page N of M".
/// Styles are defined here (Arial, UK English), so the file looks the same in Word and
/// LibreOffice whatever their defaults.
struct DocxPackage {
    enum Orientation { case portrait, landscape }

    var title: String
    var body: String
    var footer: String
    var orientation: Orientation

    /// Twentieths of a point: A4 is 11,906 by 16,838; margins 1.8 cm.
    static let shortSide = 11_906, longSide = 16_838, margin = 1_020

    /// The width between the margins, for tables.
    static func textWidth(_ orientation: Orientation) -> Int {
        (orientation == .landscape ? longSide : shortSide) - 2 * margin
    }

    func bytes() -> [UInt8] {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(contentTypes.utf8))
        zip.add("_rels/.rels", Array(packageRelationships.utf8))
        zip.add("docProps/core.xml", Array(coreProperties.utf8))
        zip.add("docProps/app.xml", Array(appProperties.utf8))
        zip.add("word/document.xml", Array(document.utf8))
        zip.add("word/_rels/document.xml.rels", Array(documentRelationships.utf8))
        zip.add("word/styles.xml", Array(DocxStyles.xml.utf8))
        zip.add("word/settings.xml", Array(settings.utf8))
        zip.add("word/footer1.xml", Array(footerXML.utf8))
        return zip.bytes()
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    var document: String {
        let (width, height) = orientation == .landscape ? (Self.longSide, Self.shortSide) : (Self.shortSide, Self.longSide)
        let m = Self.margin
        return Self.declaration + "<w:document \(Self.w)><w:body>" + body
            + "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
            + "<w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"\(orientation == .landscape ? " w:orient=\"landscape\"" : "")/>"
            + "<w:pgMar w:top=\"\(m)\" w:right=\"\(m)\" w:bottom=\"\(m)\" w:left=\"\(m)\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
            + "</w:sectPr></w:body></w:document>"
    }

    var footerXML: String {
        Self.declaration + "<w:ftr \(Self.w)><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
            + WordML.run(footer + " · Page ") + WordML.field("PAGE", placeholder: "1")
            + WordML.run(" of ") + WordML.field("NUMPAGES", placeholder: "1") + "</w:p></w:ftr>"
    }

    var contentTypes: String {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        return Self.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"\(main).document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"\(main).styles+xml\"/>"
            + "<Override PartName=\"/word/settings.xml\" ContentType=\"\(main).settings+xml\"/>"
            + "<Override PartName=\"/word/footer1.xml\" ContentType=\"\(main).footer+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "</Types>"
    }

    static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    var packageRelationships: String {
        Self.declaration + "<Relationships xmlns=\"\(Self.relationshipsNamespace)\">"
            + "<Relationship Id=\"rId1\" Type=\"\(Self.officeRelationship)/officeDocument\" Target=\"word/document.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
            + "Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"\(Self.officeRelationship)/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>"
    }

    var documentRelationships: String {
        Self.declaration + "<Relationships xmlns=\"\(Self.relationshipsNamespace)\">"
            + "<Relationship Id=\"rIdStyles\" Type=\"\(Self.officeRelationship)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rIdSettings\" Type=\"\(Self.officeRelationship)/settings\" Target=\"settings.xml\"/>"
            + "<Relationship Id=\"rIdFooter\" Type=\"\(Self.officeRelationship)/footer\" Target=\"footer1.xml\"/>"
            + "</Relationships>"
    }

    var settings: String {
        Self.declaration + "<w:settings \(Self.w)><w:defaultTabStop w:val=\"720\"/>"
            + "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat>"
            + "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
            + "</w:compat></w:settings>"
    }

    var coreProperties: String {
        Self.declaration + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>\(XMLEscape.text(title))</dc:title>"
            + "<dc:creator>planboard</dc:creator><dc:language>en-GB</dc:language></cp:coreProperties>"
    }

    var appProperties: String {
        Self.declaration + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>planboard</Application></Properties>"
    }
}
