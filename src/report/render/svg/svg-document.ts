import { escapeXml } from './escape-xml.js';
import { CJK_FONT_STACK } from './font-stack.js';
import { formatCoordinate as f } from './format-number.js';
import { TITLE_BAND, type ChartFrame } from './chart-frame.js';

/** Default font size of chart text, in px. */
export const FONT_SIZE = 12;
/** Default message of an empty chart. */
export const NO_DATA_MESSAGE = 'No data · 无数据';

/**
 * Wraps chart elements in a standalone SVG document: XML namespace, `viewBox`, the
 * CJK-capable font stack, an accessible `<title>` (and `<desc>`), a white background and
 * the visible title. `accessibleTitle` is used for `<title>` when no title was given.
 */
export function svgDocument(frame: ChartFrame, accessibleTitle: string, body: readonly string[], description?: string): string {
  const { width, height, idPrefix } = frame;
  const titleText = frame.title ?? accessibleTitle;
  const labelledBy = description ? `${idPrefix}-title ${idPrefix}-desc` : `${idPrefix}-title`;
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f(width)}" height="${f(height)}" viewBox="0 0 ${f(width)} ${f(height)}" role="img" aria-labelledby="${labelledBy}" font-family="${escapeXml(CJK_FONT_STACK)}" font-size="${FONT_SIZE}">`,
    `<title id="${idPrefix}-title">${escapeXml(titleText)}</title>`,
  ];
  if (description) lines.push(`<desc id="${idPrefix}-desc">${escapeXml(description)}</desc>`);
  lines.push(`<rect class="background" x="0" y="0" width="${f(width)}" height="${f(height)}" fill="#ffffff"/>`);
  if (frame.title) {
    lines.push(`<text class="chart-title" x="${f(width / 2)}" y="${f(Math.min(height, frame.margin.top - TITLE_BAND + 20))}" text-anchor="middle" font-size="15" font-weight="bold" fill="#222222">${escapeXml(frame.title)}</text>`);
  }
  lines.push(...body);
  lines.push('</svg>');
  return `${lines.join('\n')}\n`;
}

/** A chart with nothing to draw: the frame, its title, optional `underlay` elements (a basemap) and a centred "no data" message. */
export function noDataDocument(frame: ChartFrame, accessibleTitle: string, message: string | undefined, description?: string, underlay: readonly string[] = []): string {
  const text = message ?? NO_DATA_MESSAGE;
  const body = [
    ...underlay,
    `<text class="no-data" x="${f(frame.width / 2)}" y="${f((frame.plot.top + frame.plot.bottom) / 2)}" text-anchor="middle" dominant-baseline="middle" font-size="14" fill="#777777">${escapeXml(text)}</text>`,
  ];
  return svgDocument(frame, `${accessibleTitle}: ${text}`, body, description);
}
