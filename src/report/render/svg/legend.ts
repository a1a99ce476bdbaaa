import { escapeXml } from './escape-xml.js';
import { formatCoordinate as f } from './format-number.js';
import { estimateTextWidth, truncateText } from './text-width.js';

/** One legend row: a swatch and its label. */
export interface LegendEntry {
  label: string;
  color: string;
  /** `box` a filled square, `line` a stroke, `dashed` a dashed stroke, `dot` a rounded square. */
  symbol: 'box' | 'line' | 'dashed' | 'dot';
}

const ROW = 18;
const SWATCH = 18;
const FONT = 12;

/** Size a legend will take, for layout. */
export function legendSize(entries: readonly LegendEntry[], maxLabelWidth = 220): { width: number; height: number } {
  const labelWidth = Math.min(maxLabelWidth, Math.max(0, ...entries.map((e) => estimateTextWidth(e.label, FONT))));
  return { width: SWATCH + 6 + labelWidth + 12, height: entries.length * ROW + 8 };
}

/**
 * Renders a vertical legend with its top-left corner at (x, y) on a translucent white
 * panel. Swatches are `<rect>` and `<line>` elements (never `<circle>` or `<path>`, so
 * counts of data marks stay exact). Labels longer than `maxLabelWidth` are shortened (the full label goes in a `<title>`).
 */
export function renderLegend(entries: readonly LegendEntry[], x: number, y: number, maxLabelWidth = 220): string {
  if (entries.length === 0) return '';
  const size = legendSize(entries, maxLabelWidth);
  const out = [
    `<g class="legend">`,
    `<rect class="legend-panel" x="${f(x)}" y="${f(y)}" width="${f(size.width)}" height="${f(size.height)}" fill="#ffffff" fill-opacity="0.85" stroke="#dddddd"/>`,
  ];
  entries.forEach((entry, i) => {
    const cy = y + 4 + i * ROW + ROW / 2;
    const color = escapeXml(entry.color);
    const sx = x + 6;
    if (entry.symbol === 'line' || entry.symbol === 'dashed') {
      const dash = entry.symbol === 'dashed' ? ' stroke-dasharray="4 3"' : '';
      out.push(`<line class="legend-swatch" x1="${f(sx)}" y1="${f(cy)}" x2="${f(sx + SWATCH - 4)}" y2="${f(cy)}" stroke="${color}" stroke-width="2.5"${dash}/>`);
    } else {
      const rx = entry.symbol === 'dot' ? ' rx="5"' : '';
      out.push(`<rect class="legend-swatch" x="${f(sx + 2)}" y="${f(cy - 5)}" width="10" height="10"${rx} fill="${color}"/>`);
    }
    const label = truncateText(entry.label, maxLabelWidth, FONT);
    const full = label === entry.label ? '' : `<title>${escapeXml(entry.label)}</title>`;
    out.push(`<text x="${f(sx + SWATCH + 2)}" y="${f(cy + 4)}">${full}${escapeXml(label)}</text>`);
  });
  out.push('</g>');
  return out.join('\n');
}
