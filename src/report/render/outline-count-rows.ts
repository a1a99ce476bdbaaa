import { ascending } from 'd3-array';
import { formatCount, formatIndex, NULL_MARK } from './report-number-format.js';
import type { BilingualLabel } from './taxonomy-labels.js';

/** Rows of a count table keyed by taxonomy ids: known ids in taxonomy order, then the rest by id. */
export function countRows(counts: Record<string, number>, order: readonly { id: string }[], label: (id: string) => BilingualLabel): string[][] {
  const known = order.map((t) => t.id).filter((id) => Object.prototype.hasOwnProperty.call(counts, id));
  const rest = Object.keys(counts)
    .filter((id) => !known.includes(id))
    .sort(ascending);
  const total = Object.values(counts).reduce((s, v) => s + v, 0);
  const rows = [...known, ...rest].map((id) => {
    const l = label(id);
    return [l.zh, l.en, formatCount(counts[id]), total > 0 ? formatIndex(counts[id] / total, 4) : NULL_MARK];
  });
  rows.push(['合计', 'total', formatCount(total), total > 0 ? formatIndex(1, 4) : NULL_MARK]);
  return rows;
}
