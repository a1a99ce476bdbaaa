import { invalidArgument } from '../../error/zonelink-error.js';
import { validateValues } from './validate-values.js';

/**
 * Concentration ratio CR_k: the share of the total held by the k largest units
 * (Bain 1951; "the top 10 of 169 zones hold 36.5% of GDP" is CR10).
 *
 * Edge cases: the shared input policy (n = 0, NaN/±Infinity, negative values →
 * ZonelinkError naming positions; Σx = 0 → NaN); k must be a positive integer; k ≥ n → 1.
 *
 * Reference: Bain, J. S. (1951), Quarterly Journal of Economics 65(3):293–324.
 *
 * @example
 * concentrationRatio([5, 1, 3, 1], 2); // 0.8
 */
export function concentrationRatio(values: ArrayLike<number>, k: number): number {
  const fn = 'concentrationRatio';
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1) {
    invalidArgument(fn, `k must be a positive integer, got ${String(k)}`, { field: 'k', value: k });
  }
  const v = validateValues(fn, values, { rescale: true });
  if (v.trivial === 'zero-sum') return NaN;
  if (k >= v.n) return 1;
  const s = Float64Array.from(v.x).sort();
  let top = 0;
  for (let i = v.n - k; i < v.n; i++) top += s[i];
  return top / (v.mean * v.n);
}
