import { validateValues, type ValidatedValues } from './validate-values.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { customOption } from '../../options/option-spec.js';
import { weightsOption } from './inequality-option-specs.js';

/** The declared options of {@link coefficientOfVariation} (checks, defaults and docs/options.md come from here). */
export const coefficientOfVariationOptions = defineOptions('coefficientOfVariation', {
  weights: weightsOption,
  ddof: customOption<0 | 1>({
    type: '0 or 1',
    doc: '0: population SD, σ² = Σ p_i (x_i − μ)². 1: the sample version many Chinese papers call 变异系数, σ² multiplied by n/(n − 1) with n the number of units (without weights the usual Σ(x − μ)²/(n − 1)).',
    default: 0,
    check: (value) => (value === 0 || value === 1 ? undefined : '0 or 1'),
  }),
});

/** Options of {@link coefficientOfVariation}, declared in {@link coefficientOfVariationOptions} (see docs/options.md#coefficientofvariation). */
export type CoefficientOfVariationOptions = OptionsOf<typeof coefficientOfVariationOptions>;

/** Weighted CV of validated values around `mean`. Internal kernel shared with `williamson`. */
export function coefficientOfVariationOfValidated(v: ValidatedValues, ddof: 0 | 1, mean: number): number {
  const { x, w, n, totalWeight } = v;
  // CV is scale invariant: deviations are taken in units of max |x| so that their
  // squares neither overflow (1e307²) nor underflow (5e-324²)
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(x[i]));
  if (scale === 0 || !Number.isFinite(scale)) scale = 1;
  const m = mean / scale;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i] / scale - m;
    ss += (w ? w[i] : 1) * d * d;
  }
  let variance = ss / totalWeight;
  if (ddof === 1) variance *= n / (n - 1);
  return Math.sqrt(variance) / m;
}

/**
 * Coefficient of variation CV = σ/μ with σ the population standard deviation
 * (default `ddof: 0`) or the sample one (`ddof: 1`), optionally weighted
 * (σ² = Σ p_i (x_i − μ)², p_i = w_i/Σw) (Williamson 1965).
 *
 * Edge cases: the shared input policy (n = 0, NaN/±Infinity, bad weights →
 * ZonelinkError; n = 1 → 0, NaN with ddof 1; all equal → exactly 0; mean 0 → NaN).
 * Negative values are accepted.
 * Options: see docs/options.md#coefficientofvariation.
 *
 * Reference: Pearson, K. (1896); for regions Williamson, J. G. (1965).
 *
 * @example
 * coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9]); // 0.4 (σ = 2, μ = 5)
 */
export function coefficientOfVariation(values: ArrayLike<number>, options: CoefficientOfVariationOptions = {}): number {
  const { weights, ddof } = coefficientOfVariationOptions.read(options);
  const fn = 'coefficientOfVariation';
  const v = validateValues(fn, values, { weights, negatives: 'allow', rescale: true });
  if (v.trivial === 'single') return ddof === 1 ? NaN : 0;
  if (v.trivial === 'all-equal') return 0;
  if (v.trivial === 'zero-sum') return NaN;
  return coefficientOfVariationOfValidated(v, ddof, v.mean);
}
