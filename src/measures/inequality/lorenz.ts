import { invalidArgument } from '../../error/zonelink-error.js';
import { sortWithWeights } from './sort-with-weights.js';
import { validateValues } from './validate-values.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { weightsOption } from './inequality-option-specs.js';

/** A Lorenz curve: cumulative population shares `p` and value shares `l`, from (0, 0) to (1, 1). */
export interface LorenzCurve {
  p: number[];
  l: number[];
}

/** The declared options of {@link lorenz} (checks, defaults and docs/options.md come from here). */
export const lorenzOptions = defineOptions('lorenz', { weights: weightsOption });

/** Options of {@link lorenz}, declared in {@link lorenzOptions} (see docs/options.md#lorenz). */
export type LorenzOptions = OptionsOf<typeof lorenzOptions>;

/**
 * Sorts validated values ascending (with their weights) and returns the cumulative
 * weight shares P_k and value shares L_k, k = 0..n, with P_0 = L_0 = 0 (and, without
 * weights, the sorted values). Internal kernel
 * shared by {@link lorenz}, `gini` and `wolfson`.
 */
export function lorenzArrays(x: Float64Array, w: Float64Array | null): { P: Float64Array; L: Float64Array; sorted: Float64Array | null } {
  const n = x.length;
  const P = new Float64Array(n + 1);
  const L = new Float64Array(n + 1);
  if (!w) {
    const s = Float64Array.from(x).sort();
    let cum = 0;
    for (let k = 0; k < n; k++) {
      cum += s[k];
      L[k + 1] = cum;
      P[k + 1] = (k + 1) / n;
    }
    for (let k = 1; k <= n; k++) L[k] /= cum;
    P[n] = 1;
    L[n] = cum === 0 ? NaN : 1;
    return { P, L, sorted: s };
  }
  const sorted = sortWithWeights(x, w);
  let cw = 0;
  let cx = 0;
  for (let k = 0; k < n; k++) {
    cw += sorted.w[k];
    cx += sorted.w[k] * sorted.x[k];
    P[k + 1] = cw;
    L[k + 1] = cx;
  }
  for (let k = 1; k <= n; k++) {
    P[k] /= cw;
    L[k] /= cx;
  }
  P[n] = 1;
  L[n] = cx === 0 ? NaN : 1;
  return { P, L, sorted: null };
}

/**
 * The Lorenz curve of `values`: sort ascending; P_k = cumulative weight share,
 * L_k = cumulative value share, k = 0..n, starting at (0, 0) and ending at (1, 1).
 *
 * Edge cases (shared input policy, see `validateValues`): n = 0, NaN/±Infinity, bad
 * weights → ZonelinkError; negative values are accepted (the curve then dips below 0);
 * Σx = 0 → `l` is NaN after the origin. Ties are ordered arbitrarily, which does not
 * change the curve. Options: see docs/options.md#lorenz.
 *
 * Reference: Lorenz, M. O. (1905), Methods of measuring the concentration of wealth,
 * JASA 9(70):209–219.
 *
 * @example
 * lorenz([1, 2, 3, 4]); // { p: [0, 0.25, 0.5, 0.75, 1], l: [0, 0.1, 0.3, 0.6, 1] }
 */
export function lorenz(values: ArrayLike<number>, options: LorenzOptions = {}): LorenzCurve {
  const { weights } = lorenzOptions.read(options);
  const v = validateValues('lorenz', values, { weights, negatives: 'allow', rescale: true });
  const { P, L } = lorenzArrays(v.x, v.w);
  if (v.trivial === 'zero-sum') for (let k = 1; k < L.length; k++) L[k] = NaN;
  return { p: Array.from(P), l: Array.from(L) };
}

/** L(p) on arrays P (non-decreasing, from 0 to 1) and L: linear interpolation. */
export function lorenzValueAt(P: ArrayLike<number>, L: ArrayLike<number>, p: number): number {
  let lo = 0;
  let hi = P.length - 1;
  // smallest k with P[k] >= p
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (P[mid] >= p) hi = mid;
    else lo = mid + 1;
  }
  const k = lo;
  if (P[k] === p || k === 0) return L[k];
  const t = (p - P[k - 1]) / (P[k] - P[k - 1]);
  return L[k - 1] + t * (L[k] - L[k - 1]);
}

/**
 * The Lorenz curve's value L(p) at a population share p ∈ [0, 1], by linear
 * interpolation between the curve's points (Lorenz 1905; Wolfson's L(0.5)).
 * Where zero-weight units make the curve vertical at p, the lowest point is returned.
 *
 * @param curve a curve from {@link lorenz}.
 * @param p population share in [0, 1]; anything else → ZonelinkError.
 * @example
 * lorenzAt(lorenz([1, 2, 3, 4]), 0.5); // 0.3
 * lorenzAt(lorenz([1, 2, 3]), 0.5);    // 1/3 (halfway between (1/3, 1/6) and (2/3, 1/2))
 */
export function lorenzAt(curve: LorenzCurve, p: number): number {
  if (!curve || !Array.isArray(curve.p) || !Array.isArray(curve.l) || curve.p.length !== curve.l.length || curve.p.length < 2) {
    invalidArgument('lorenzAt', 'curve must be a Lorenz curve { p, l } from lorenz()', { field: 'curve' });
  }
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
    invalidArgument('lorenzAt', `p must be a number in [0, 1], got ${String(p)}`, { field: 'p', value: p });
  }
  return lorenzValueAt(curve.p, curve.l, p);
}
