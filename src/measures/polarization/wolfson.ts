import { giniFromLorenz } from '../inequality/gini.js';
import { lorenzArrays, lorenzValueAt } from '../inequality/lorenz.js';
import { validateValues } from '../inequality/validate-values.js';
import { medianOfSorted } from './median.js';

/**
 * Wolfson's bipolarization index W = 2(2T − G)μ/m, with T = 0.5 − L(0.5) (the Lorenz
 * curve interpolated linearly at one half), G the Gini coefficient and m the sample
 * median (methods.md §2).
 *
 * This returns W itself, as R dineq, apode and the World Bank do; pysal's
 * `inequality.wolfson` returns W/2.
 *
 * Edge cases: the shared input policy (n = 0, NaN/±Infinity, negative values →
 * ZonelinkError naming positions; n = 1 or all equal → 0; Σx = 0 → NaN); m = 0 → NaN.
 *
 * Reference: Wolfson, M. C. (1994), When inequalities diverge, American Economic Review
 * 84(2):353–358.
 *
 * @example
 * wolfson([1, 2, 3, 4]); // 2(2·0.2 − 0.25)·2.5/2.5 = 0.3
 */
export function wolfson(values: ArrayLike<number>): number {
  const v = validateValues('wolfson', values);
  if (v.trivial === 'single' || v.trivial === 'all-equal') return 0;
  if (v.trivial === 'zero-sum') return NaN;
  const { P, L, sorted } = lorenzArrays(v.x, null);
  const m = medianOfSorted(sorted as Float64Array);
  if (m === 0) return NaN;
  const T = 0.5 - lorenzValueAt(P, L, 0.5);
  const G = giniFromLorenz(P, L);
  return (2 * (2 * T - G) * v.mean) / m;
}
