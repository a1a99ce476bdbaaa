import type { Report } from '../report-schema.js';
import { type OutlineBuilder, left, right, both } from './outline-builder.js';
import { formatCount, formatIndex, NULL_MARK } from './report-number-format.js';
import { categoryLabel } from './taxonomy-labels.js';

/** The platform overlay: the cities hosting the most categories and the co-occurrence table. */
export function outlineOverlay(b: OutlineBuilder, report: Report): void {
  const { overlay } = report;
  const ov = b.section('overlay', '平台叠加 Platform overlay', ['overlay']);
  ov.push({ kind: 'facts', items: [
    { label: '年份 Year', value: overlay.year === null ? NULL_MARK : String(overlay.year) },
    { label: '平台类别 Categories', value: overlay.categories.length > 0 ? overlay.categories.map((c) => both(categoryLabel(c))).join('; ') : NULL_MARK },
  ] });
  ov.push(b.table('平台叠加最多的城市 Cities hosting the most platform categories', [left('城市 City'), right('类别数 Categories'), left('类别 Category list'), right('园区数 Zones'), right('Shannon'), right('Simpson')],
    overlay.cities.map((c) => [c.name, formatCount(c.categories.length), c.categories.map((k) => categoryLabel(k).zh).join('、') || NULL_MARK, formatCount(c.count), formatIndex(c.shannon), formatIndex(c.simpson)])));
  ov.push(b.table('平台共现（同时拥有两类平台的城市数；对角线为拥有该类平台的城市数）Co-occurrence: cities hosting both categories (diagonal: hosting the category)',
    [left('类别 Category'), ...overlay.categories.map((c) => right(categoryLabel(c).zh))],
    overlay.categories.map((c, i) => [both(categoryLabel(c)), ...overlay.categories.map((_, j) => formatCount(overlay.cooccurrence[i]?.[j]))])));
}
