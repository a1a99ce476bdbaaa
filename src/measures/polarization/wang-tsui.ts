import { validateValues } from '../inequality/validate-values.js';
import { median } from './median.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { numberOption } from '../../options/option-spec.js';

/** The declared options of {@link wangTsui} (checks, defaults and docs/options.md come from here). */
export const wangTsuiOptions = defineOptions('wangTsui', {
  theta: numberOption({ doc: 'Scale θ.', default: 0.5, above: 0 }),
  r: numberOption({ doc: 'Exponent r.', default: 0.5, above: 0, max: 1 }),
});

/** Options of {@link wangTsui}, declared in {@link wangTsuiOptions} (see docs/options.md#wangtsui). */
export type WangTsuiOptions = OptionsOf<typeof wangTsuiOptions>;

/**
 * Wang–Tsui polarization (θ/n) Σ_i |(x_i − m)/m|^r with m the sample median; θ = r = 0.5
 * by default (Wang & Tsui 2000).
 *
 * Edge cases: the shared input policy (n = 0, NaN/±Infinity, negative values →
 * ZonelinkError naming positions; n = 1 or all equal → 0; Σx = 0 → NaN); m = 0 → NaN.
 * Options: see docs/options.md#wangtsui.
 *
 * Reference: Wang, Y.-Q. & Tsui, K.-Y. (2000), Polarization orderings and new classes
 * of polarization indices, Journal of Public Economic Theory 2(3):349–363.
 *
 * @example
 * wangTsui([1, 2, 3]); // 0.5·(0.5^0.5 + 0 + 0.5^0.5)/3 ≈ 0.235702
 */
export function wangTsui(values: ArrayLike<number>, options: WangTsuiOptions = {}): number {
  const { theta, r } = wangTsuiOptions.read(options);
  const fn = 'wangTsui';
  const v = validateValues(fn, values, { rescale: true });
  if (v.trivial === 'single' || v.trivial === 'all-equal') return 0;
  if (v.trivial === 'zero-sum') return NaN;
  const m = median(v.x);
  if (m === 0) return NaN;
  let acc = 0;
  for (let i = 0; i < v.n; i++) acc += Math.pow(Math.abs((v.x[i] - m) / m), r);
  return (theta / v.n) * acc;
}
