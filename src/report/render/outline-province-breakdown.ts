import { ascending } from 'd3-array';
import { NULL_MARK } from './report-number-format.js';
import { provinceName } from './taxonomy-labels.js';

/** "四川 Sichuan 12, 重庆 Chongqing 5, …": the three provinces with most members, then the count of the rest. */
export function provinceBreakdown(provinces: Record<string, number>): string {
  const entries = Object.entries(provinces).sort(([a, x], [b, y]) => y - x || ascending(a, b));
  if (entries.length === 0) return NULL_MARK;
  const shown = entries.slice(0, 3).map(([id, n]) => `${provinceName(id)} ${n}`);
  const rest = entries.slice(3).reduce((s, [, n]) => s + n, 0);
  return entries.length > 3 ? `${shown.join(', ')}, +${entries.length - 3} others 其他 ${rest}` : shown.join(', ');
}
