/// What the minutes add to the report's stylesheet: the attendance block, one block per action
/// with its entries, and column widths for the minutes' tables.
enum MinutesStyle {
    static let css = """
        table.attendance { width: auto; min-width: 60%; table-layout: auto; margin: 0 0 3mm; }
        table.attendance th, table.attendance td { border: none; padding: 0.6mm 4mm 0.6mm 0; font-size: 10pt; background: none; }
        table.attendance th { color: #44546a; font-weight: bold; white-space: nowrap; }
        table.attendance tbody tr:nth-child(even) td { background: none; }
        .summary { color: #1a1a1a; }
        .draft { border: 1pt dashed #b3261e; padding: 1.5mm 2.5mm; color: #b3261e; font-weight: bold; }
        article.item { break-inside: avoid; page-break-inside: avoid; margin: 2.5mm 0 4mm; padding-left: 3mm;
                       border-left: 2pt solid #1f3b5c; }
        article.item h3 { margin: 0 0 0.5mm; font-size: 10.5pt; color: #1f3b5c; }
        .action-text { margin: 0 0 0.5mm; }
        .context { margin: 0 0 1mm; font-size: 9pt; color: #44546a; }
        ul.entries { margin: 0; padding-left: 5mm; }
        ul.entries li { margin: 0.6mm 0; }
        ul.entries .label { font-weight: bold; }
        ul.entries li.entry-decision .label { color: #1f3b5c; }
        ul.entries li.entry-quiet { color: #44546a; font-style: italic; }
        section.item h2, article.item h3 { break-after: avoid; page-break-after: avoid; }
        p.agreed, p.agreed-action { margin: 1mm 0; }
        table.progress col.c-text { width: 38%; } table.progress col.c-owner { width: 12%; }
        table.progress col.c-due { width: 14%; } table.progress col.c-raised { width: 14%; } table.progress col.c-result { width: 14%; }
        .quote { font-style: italic; }
        table.removed col.c-text { width: 40%; } table.removed col.c-why { width: 53%; }
        table.new col.c-text { width: 35%; } table.new col.c-outcome { width: 18%; } table.new col.c-lead { width: 12%; }
        table.new col.c-deadline { width: 14%; } table.new col.c-rag { width: 14%; }
        table.points col.c-text { width: 53%; } table.points col.c-owner { width: 20%; } table.points col.c-due { width: 20%; }
        table.unreached col.c-text { width: 79%; } table.unreached col.c-rag { width: 14%; }
        """
}
