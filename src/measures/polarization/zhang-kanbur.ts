import type { GroupLabel } from '../inequality/group-units.js';
import { decomposeGeneralizedEntropy } from '../inequality/theil-decomposition.js';
import { weightsOption } from '../inequality/inequality-option-specs.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { numberOption } from '../../options/option-spec.js';

/** The declared options of {@link zhangKanbur} (checks, defaults and docs/options.md come from here). */
export const zhangKanburOptions = defineOptions('zhangKanbur', {
  alpha: numberOption({ doc: 'α of the decomposable GE(α): 0 is Theil L (the mean log deviation), 1 Theil T; any finite α is accepted.', default: 0 }),
  weights: weightsOption,
});

/** Options of {@link zhangKanbur}, declared in {@link zhangKanburOptions} (see docs/options.md#zhangkanbur). */
export type ZhangKanburOptions = OptionsOf<typeof zhangKanburOptions>;

/**
 * Zhang–Kanbur polarization ZK = between / within of the Shorrocks decomposition of
 * GE(α) over a partition (default α = 0, the mean log deviation) (Zhang & Kanbur 2001).
 *
 * Edge cases: the shared input policy (n = 0, NaN/±Infinity, negative values, bad
 * weights → ZonelinkError naming positions); one group (so also n = 1) → NaN; all
 * values equal → 0; Σx = 0 → NaN; within = 0 < between → Infinity. With α ≤ 0 (zeros kept) a zero
 * value makes one or both parts infinite and the ratio follows IEEE arithmetic
 * (∞/finite = ∞, finite/∞ = 0, ∞/∞ = NaN). Options: see docs/options.md#zhangkanbur.
 *
 * Reference: Zhang, X. & Kanbur, R. (2001), What difference do polarisation measures
 * make? An application to China, Journal of Development Studies 37(3):85–98.
 *
 * @example
 * zhangKanbur([1, 2, 10, 20], ['a', 'a', 'b', 'b']); // between / within of Theil L
 */
export function zhangKanbur(values: ArrayLike<number>, groups: ArrayLike<GroupLabel>, options: ZhangKanburOptions = {}): number {
  const { alpha, weights } = zhangKanburOptions.read(options);
  const fn = 'zhangKanbur';
  const d = decomposeGeneralizedEntropy(fn, values, groups, { index: alpha, weights, nested: false });
  let occupied = 0;
  for (const g of d.groups) if (g.populationShare > 0) occupied++;
  if (occupied <= 1) return NaN;
  if (d.total === 0) return 0;
  if (d.within === 0) return d.between > 0 ? Infinity : NaN;
  return d.between / d.within;
}
