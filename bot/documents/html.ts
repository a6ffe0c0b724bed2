/**
 * Prints a `ConfirmationDocument` as a printable HTML page. The page has no script and no inline
 * style, so it works under the site's Content Security Policy; its look comes from
 * `PRINT_CSS_PATH`, served by the document routes.
 */
import type { ConfirmationDocument, DocumentSection } from './sea-time-confirmation.js';

/** Where the printable page's stylesheet is served. */
export const PRINT_CSS_PATH = '/documents/print.css';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** `s` safe as HTML text or attribute value. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

function section(s: DocumentSection): string {
  const rows = s.rows
    .map((r) => `      <div class="row"><dt>${escapeHtml(r.label)}</dt><dd>${escapeHtml(r.value)}</dd></div>`)
    .join('\n');
  return `    <section class="section section-${s.key}">
      <h2>${escapeHtml(s.heading)}</h2>
      <dl>
${rows}
      </dl>
    </section>`;
}

/** The confirmation as a complete HTML document. */
export function renderConfirmationHtml(doc: ConfirmationDocument, printHint: string): string {
  const lang = doc.locale;
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>${escapeHtml(doc.title)}</title>
  <link rel="stylesheet" href="${PRINT_CSS_PATH}">
</head>
<body>
  <p class="print-hint">${escapeHtml(printHint)}</p>
  <main class="sheet">
    <header>
      <h1>${escapeHtml(doc.title)}</h1>
      <p class="subtitle">${escapeHtml(doc.subtitle)}</p>
    </header>
${doc.sections.map(section).join('\n')}
    <p class="statement">${escapeHtml(doc.statement)}</p>
${section(doc.signer)}
    <div class="signature-lines">
      <div class="signature-line"><span>${escapeHtml(doc.placeAndDate)}</span></div>
      <div class="signature-line"><span>${escapeHtml(doc.signature)}</span></div>
    </div>
    <footer>
      <p>${escapeHtml(doc.footer.calculation)}</p>
      <p>${escapeHtml(doc.footer.basis)}</p>
      <ul>
${doc.footer.sources.map((s) => `        <li>${escapeHtml(s)}</li>`).join('\n')}
      </ul>
      <p>${escapeHtml(doc.footer.prepared)}</p>
    </footer>
  </main>
</body>
</html>
`;
}

/** The printable page's stylesheet: an A4 sheet on screen, the bare sheet on paper. */
export const PRINT_CSS = `@page { size: A4; margin: 18mm 20mm; }
*, *::before, *::after { box-sizing: border-box; }
html { background: #e9edf1; color: #1c2129; font: 11pt/1.45 Helvetica, Arial, sans-serif; }
body { margin: 0; padding: 24px 12px; }
.print-hint { max-width: 210mm; margin: 0 auto 12px; color: #4a525c; font-size: 10pt; }
.sheet { max-width: 210mm; min-height: 297mm; margin: 0 auto; padding: 20mm; background: #fff; border-top: 6px solid #0d3866; box-shadow: 0 1px 4px rgba(0, 0, 0, .15); }
h1 { margin: 0; color: #0d3866; font-size: 24pt; line-height: 1.2; }
.subtitle { margin: 4px 0 0; color: #5e6975; font-size: 10pt; }
.section { margin-top: 18px; break-inside: avoid; }
h2 { margin: 0 0 4px; padding-bottom: 3px; border-bottom: 1px solid #c7ced8; color: #0d3866; font-size: 11.5pt; }
dl { margin: 0; }
.row { display: grid; grid-template-columns: 60mm 1fr; gap: 8px; padding: 2px 0; }
dt { color: #5e6975; font-size: 9.5pt; }
dd { margin: 0; font-weight: bold; }
.statement { margin-top: 20px; }
.signature-lines { display: grid; grid-template-columns: 1fr 1fr; gap: 10mm; margin-top: 20mm; break-inside: avoid; }
.signature-line { border-top: 1px solid #1c2129; padding-top: 3px; color: #5e6975; font-size: 8.5pt; }
footer { margin-top: 16mm; padding-top: 6px; border-top: 1px solid #c7ced8; color: #5e6975; font-size: 8pt; }
footer p, footer ul { margin: 0 0 3px; }
footer ul { padding-left: 14px; }
@media print {
  html { background: #fff; }
  body { padding: 0; }
  .print-hint { display: none; }
  .sheet { max-width: none; min-height: 0; padding: 0; border-top: 0; box-shadow: none; }
}
`;
