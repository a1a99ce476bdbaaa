import { giniFromLorenz } from '../inequality/gini.js';
import { lorenzArrays, lorenzValueAt } from '../inequality/lorenz.js';
import { validateValues } from '../inequality/validate-values.js';
import { medianOfSorted } from './median.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { choiceOption } from '../../options/option-spec.js';

/** The declared options of {@link wolfson} (checks, defaults and docs/options.md come from here). */
export const wolfsonOptions = defineOptions('wolfson', {
  scale: choiceOption(['W', 'half'] as const, {
    doc: "`'W'`: Wolfson's W = 2(2T − G)μ/m, as R dineq, apode and the World Bank report it; `'half'`: W/2 = (2T − G)μ/m, what pysal's `inequality.wolfson` returns (pysal/inequality, inequality/wolfson.py: `w = (2 * d50 - g) * rat`).",
    default: 'W',
  }),
});

/** Options of {@link wolfson}, declared in {@link wolfsonOptions} (see docs/options.md#wolfson). */
export type WolfsonOptions = OptionsOf<typeof wolfsonOptions>;

/**
 * Wolfson's bipolarization index W = 2(2T − G)μ/m, with T = 0.5 − L(0.5) (the Lorenz
 * curve interpolated linearly at one half), G the Gini coefficient and m the sample
 * median (Wolfson 1994).
 *
 * This returns W itself by default, as R dineq, apode and the World Bank do;
 * `{ scale: 'half' }` returns W/2, pysal's `inequality.wolfson` convention.
 *
 * Edge cases: the shared input policy (n = 0, NaN/±Infinity, negative values →
 * ZonelinkError naming positions; n = 1 or all equal → 0; Σx = 0 → NaN); m = 0 → NaN.
 * Options: see docs/options.md#wolfson.
 *
 * Reference: Wolfson, M. C. (1994), When inequalities diverge, American Economic Review
 * 84(2):353–358.
 *
 * @example
 * wolfson([1, 2, 3, 4]); // 2(2·0.2 − 0.25)·2.5/2.5 = 0.3
 * wolfson([1, 2, 3, 4], { scale: 'half' }); // 0.15 (pysal)
 */
export function wolfson(values: ArrayLike<number>, options: WolfsonOptions = {}): number {
  const { scale } = wolfsonOptions.read(options);
  const factor = scale === 'W' ? 2 : 1;
  const v = validateValues('wolfson', values, { rescale: true });
  if (v.trivial === 'single' || v.trivial === 'all-equal') return 0;
  if (v.trivial === 'zero-sum') return NaN;
  const { P, L, sorted } = lorenzArrays(v.x, null);
  const m = medianOfSorted(sorted as Float64Array);
  if (m === 0) return NaN;
  const T = 0.5 - lorenzValueAt(P, L, 0.5);
  const G = giniFromLorenz(P, L);
  return (factor * (2 * T - G) * v.mean) / m;
}
