/// The report's stylesheet: readable on screen, and laid out for A4 paper when printed.
enum HTMLReportStyle {
    static let css = """
        @page { size: A4; margin: 15mm 14mm 16mm 14mm; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 10pt; line-height: 1.35;
               color: #1a1a1a; margin: 0 auto; max-width: 182mm; padding: 10mm 0 14mm; }
        header.report-head { border-bottom: 3px solid #1f3b5c; padding-bottom: 3mm; margin-bottom: 4mm; }
        .owner { margin: 0; font-size: 10pt; color: #44546a; text-transform: uppercase; letter-spacing: 0.04em; }
        h1 { font-size: 19pt; margin: 1mm 0 1mm; color: #1f3b5c; }
        .meta { margin: 0; color: #44546a; }
        h2 { font-size: 13pt; color: #1f3b5c; margin: 7mm 0 1.5mm; padding-bottom: 1mm; border-bottom: 1px solid #1f3b5c;
             break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 10.5pt; margin: 3mm 0 1mm; }
        p { margin: 1mm 0 2mm; }
        .description { color: #333; font-style: italic; }
        .counts { color: #44546a; }
        .overview { display: grid; grid-template-columns: 1fr; gap: 2mm; }
        figure { margin: 1mm 0 2mm; }
        figcaption { font-size: 9pt; color: #44546a; }
        svg.chart { max-width: 100%; height: auto; }
        .chart-label { font-size: 12px; font-weight: bold; fill: #1f3b5c; }
        .chart-count { font-size: 11px; font-weight: bold; }
        .chart-total { font-size: 11px; fill: #44546a; }
        ul.key { list-style: none; padding: 0; margin: 1mm 0; display: flex; flex-wrap: wrap; gap: 1.5mm 6mm; }
        ul.key li { font-size: 9pt; }
        table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; table-layout: fixed; }
        th, td { border: 0.6pt solid #a6a6a6; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left;
                 overflow-wrap: break-word; hyphens: auto; }
        thead { display: table-header-group; }
        thead th { background: #1f3b5c; color: #ffffff; font-size: 9pt; }
        tbody tr:nth-child(even) td { background: #f4f6f9; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        td { font-size: 9pt; }
        col.c-ref { width: 7%; } col.c-action { width: 31%; } col.c-lead { width: 13%; }
        col.c-deadline { width: 12%; } col.c-rag { width: 10%; } col.c-status { width: 10%; } col.c-progress { width: 17%; }
        table.changes col.c-action { width: 30%; }
        col.c-date { width: 12%; } col.c-change { width: 29%; } col.c-reason { width: 22%; } col.c-by { width: 10%; }
        .measure { display: block; margin-top: 1mm; color: #44546a; font-size: 8.5pt; }
        .rag { display: inline-block; min-width: 11mm; padding: 0.3mm 1mm; border-radius: 1mm; font-weight: bold;
               font-size: 8.5pt; text-align: center; white-space: nowrap; border: 0.6pt solid #1a1a1a; }
        .rag-red { background: #b3261e; color: #ffffff; }
        .rag-amber { background: #f0a202; color: #1a1a1a; }
        .rag-green { background: #2e7d32; color: #ffffff; }
        .rag-blue { background: #1f5fa8; color: #ffffff; }
        .rag-unrated { background: #ffffff; color: #44546a; border-style: dashed; }
        tbody tr.area th { background: #dde4ee; color: #1f3b5c; font-size: 9pt; text-align: left; }
        tr.area { break-after: avoid; page-break-after: avoid; }
        tbody tr.overdue td { background: #fbe3e1; }
        tbody tr.overdue td:first-child { box-shadow: inset 1.6mm 0 0 #b3261e; padding-left: 2.8mm; font-weight: bold; }
        .flag { display: block; font-weight: bold; font-size: 8pt; text-transform: uppercase; margin-top: 0.5mm; }
        .flag-overdue { color: #b3261e; }
        .flag-soon { color: #8a5a00; }
        .none { color: #44546a; font-style: italic; }
        figure.trend { display: inline-block; margin: 1mm 3mm 2mm 0; width: 62mm; vertical-align: top; }
        svg.trend { max-width: 100%; height: auto; }
        dl.risk { margin: 0 0 3mm; display: grid; grid-template-columns: 42mm 1fr; gap: 0.8mm 3mm; }
        dl.risk dt { font-weight: bold; } dl.risk dd { margin: 0; } dl.risk dd.about { grid-column: 1 / -1; color: #44546a; }
        section.risks h3 { break-after: avoid; page-break-after: avoid; }
        footer { margin-top: 8mm; padding-top: 2mm; border-top: 1px solid #a6a6a6; font-size: 8.5pt; color: #44546a; }
        @media print {
          body { max-width: none; padding: 0; }
          section.outcome { break-before: auto; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
