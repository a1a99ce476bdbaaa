import { validateValues } from './validate-values.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { booleanOption } from '../../options/option-spec.js';

/** The declared options of {@link hhi} (checks, defaults and docs/options.md come from here). */
export const hhiOptions = defineOptions('hhi', {
  normalized: booleanOption({ doc: 'Return the normalised HHI* = (HHI − 1/n)/(1 − 1/n) instead of HHI.', default: false }),
});

/** Options of {@link hhi}, declared in {@link hhiOptions} (see docs/options.md#hhi). */
export type HhiOptions = OptionsOf<typeof hhiOptions>;

/**
 * Herfindahl–Hirschman index HHI = Σ s_i², s_i = x_i/Σx, or with `normalized: true`
 * HHI* = (HHI − 1/n)/(1 − 1/n) ∈ [0, 1] (Hirschman 1945; Herfindahl 1950).
 *
 * Edge cases: the shared input policy (n = 0, NaN/±Infinity, negative values →
 * ZonelinkError naming positions; Σx = 0 → NaN). This is a concentration index, not an
 * inequality index: n = 1 → HHI = 1 (HHI* NaN), all equal → exactly 1/n (HHI* 0).
 * Options: see docs/options.md#hhi.
 *
 * Reference: Hirschman, A. O. (1945); Herfindahl, O. C. (1950); R `ineq::Herfindahl`.
 *
 * @example
 * hhi([541, 1463, 2445, 3438, 4437, 5401, 6392, 8304, 11904, 22261]); // 0.1840812 (R ineq)
 * hhi([1, 1, 2], { normalized: true }); // (6/16 − 1/3)/(2/3) = 0.0625
 */
export function hhi(values: ArrayLike<number>, options: HhiOptions = {}): number {
  const { normalized } = hhiOptions.read(options);
  const v = validateValues('hhi', values, { rescale: true });
  if (v.trivial === 'zero-sum') return NaN;
  if (v.trivial === 'single') return normalized ? NaN : 1;
  if (v.trivial === 'all-equal') return normalized ? 0 : 1 / v.n;
  const total = v.mean * v.n;
  let h = 0;
  for (let i = 0; i < v.n; i++) {
    const s = v.x[i] / total;
    h += s * s;
  }
  return normalized ? (h - 1 / v.n) / (1 - 1 / v.n) : h;
}
