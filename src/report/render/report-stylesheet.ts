import { CJK_FONT_STACK } from './svg/font-stack.js';

/**
 * The inline stylesheet of the HTML report: system fonts only (CJK fonts first, no web
 * fonts, no `url()`, no `@import`), readable tables, figures that scale to the page, and
 * print rules (A4 margins, no page break inside a table row or figure, headings kept
 * with what follows).
 */
export const REPORT_STYLESHEET = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font-family: ${CJK_FONT_STACK}; font-size: 15px; line-height: 1.55; color: #1f1f1f; background: #ffffff; }
body { margin: 0; }
main.report { max-width: 1000px; margin: 0 auto; padding: 24px 28px 48px; }
header.report-header { border-bottom: 2px solid #1f1f1f; margin-bottom: 16px; padding-bottom: 8px; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 8px; }
h2 { font-size: 1.3rem; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 1px solid #cccccc; }
h3 { font-size: 1.08rem; margin: 24px 0 8px; }
p.subtitle { margin: 2px 0; color: #444444; }
p.missing { background: #fff6e0; border-left: 4px solid #d08a00; padding: 6px 12px; color: #4a3500; }
nav.toc { background: #f6f6f6; border: 1px solid #e0e0e0; padding: 8px 16px; margin: 12px 0 8px; }
nav.toc ol { margin: 4px 0; padding-left: 20px; columns: 2; }
nav.toc a { color: #0b4f8a; text-decoration: none; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0 12px; }
dl.facts dt { font-weight: bold; color: #333333; }
dl.facts dd { margin: 0; }
.table-wrap { display: inline-block; vertical-align: top; max-width: 100%; overflow-x: auto; margin: 8px 28px 16px 0; }
table { border-collapse: collapse; font-size: 0.88rem; min-width: 320px; }
caption { caption-side: top; text-align: left; font-size: 0.9rem; color: #333333; padding: 4px 0; }
caption .label { font-weight: bold; }
th, td { border-top: 1px solid #d8d8d8; border-bottom: 1px solid #d8d8d8; padding: 3px 10px; vertical-align: top; }
thead th { border-top: 2px solid #1f1f1f; border-bottom: 1.5px solid #1f1f1f; background: #fafafa; text-align: left; }
tbody tr:last-child td { border-bottom: 2px solid #1f1f1f; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
td:not(.num) { min-width: 6em; }
figure { margin: 16px 0 24px; padding: 0; }
figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figcaption { font-size: 0.88rem; color: #333333; margin-top: 6px; text-align: center; }
figcaption .label { font-weight: bold; }
.hub-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 8px 16px; }
.hub-grid figure { margin: 8px 0; }
footer.report-footer { margin-top: 40px; border-top: 1px solid #cccccc; padding-top: 8px; color: #555555; font-size: 0.85rem; }
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  html { font-size: 10.5pt; }
  main.report { max-width: none; padding: 0; }
  nav.toc { display: none; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  figure, tr, caption { break-inside: avoid; page-break-inside: avoid; }
  .table-wrap { overflow: visible; }
  .hub-grid { grid-template-columns: 1fr 1fr; }
  a { color: inherit; text-decoration: none; }
}
`.trim();
