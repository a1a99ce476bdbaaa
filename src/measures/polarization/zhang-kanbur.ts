import { invalidArgument } from '../../error/zonelink-error.js';
import type { GroupLabel } from '../inequality/group-units.js';
import { decomposeGeneralizedEntropy } from '../inequality/theil-decomposition.js';
import { checkOptions } from '../../error/argument-checks.js';

/** Options of {@link zhangKanbur}. */
export interface ZhangKanburOptions {
  /** α of the decomposable GE(α) (default 0, Theil L; 1 is Theil T; any finite α is accepted). */
  alpha?: number;
  /** Population or frequency weights w_i ≥ 0 (default: every unit weighs 1). */
  weights?: ArrayLike<number> | null;
}

/**
 * Zhang–Kanbur polarization ZK = between / within of the Shorrocks decomposition of
 * GE(α) over a partition (default α = 0, the mean log deviation) (docs/methods.md#polarization).
 *
 * Edge cases: the shared input policy (n = 0, NaN/±Infinity, negative values, bad
 * weights → ZonelinkError naming positions); one group (so also n = 1) → NaN; all
 * values equal → 0; Σx = 0 → NaN; within = 0 < between → Infinity. With α ≤ 0 (zeros kept) a zero
 * value makes one or both parts infinite and the ratio follows IEEE arithmetic
 * (∞/finite = ∞, finite/∞ = 0, ∞/∞ = NaN).
 *
 * Reference: Zhang, X. & Kanbur, R. (2001), What difference do polarisation measures
 * make? An application to China, Journal of Development Studies 37(3):85–98.
 *
 * @example
 * zhangKanbur([1, 2, 10, 20], ['a', 'a', 'b', 'b']); // between / within of Theil L
 */
export function zhangKanbur(values: ArrayLike<number>, groups: ArrayLike<GroupLabel>, options: ZhangKanburOptions = {}): number {
  checkOptions('zhangKanbur', options);
  const fn = 'zhangKanbur';
  const alpha = options.alpha ?? 0;
  if (typeof alpha !== 'number' || !Number.isFinite(alpha)) {
    invalidArgument(fn, `alpha must be a finite number, got ${String(alpha)}`, { field: 'alpha', value: alpha });
  }
  const d = decomposeGeneralizedEntropy(fn, values, groups, { index: alpha, weights: options.weights });
  let occupied = 0;
  for (const g of d.groups) if (g.populationShare > 0) occupied++;
  if (occupied <= 1) return NaN;
  if (d.total === 0) return 0;
  if (d.within === 0) return d.between > 0 ? Infinity : NaN;
  return d.between / d.within;
}
