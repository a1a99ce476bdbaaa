import { invalidArgument } from '../../error/zonelink-error.js';
import { validateValues, type ValidatedValues } from './validate-values.js';
import { checkOptions } from '../../error/argument-checks.js';

/** Options of {@link coefficientOfVariation}. */
export interface CoefficientOfVariationOptions {
  /** Population or frequency weights w_i ≥ 0 (default: every unit weighs 1). */
  weights?: ArrayLike<number> | null;
  /**
   * 0 (default): population SD, σ² = Σ p_i (x_i − μ)². 1: the sample version many
   * Chinese papers call 变异系数, σ² multiplied by n/(n − 1) with n the number of units
   * (without weights this is the usual Σ(x − μ)²/(n − 1)).
   */
  ddof?: 0 | 1;
}

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
 * (σ² = Σ p_i (x_i − μ)², p_i = w_i/Σw) (docs/methods.md#inequality).
 *
 * Edge cases: the shared input policy (n = 0, NaN/±Infinity, bad weights →
 * ZonelinkError; n = 1 → 0, NaN with ddof 1; all equal → exactly 0; mean 0 → NaN).
 * Negative values are accepted.
 *
 * Reference: Pearson, K. (1896); for regions Williamson, J. G. (1965).
 *
 * @example
 * coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9]); // 0.4 (σ = 2, μ = 5)
 */
export function coefficientOfVariation(values: ArrayLike<number>, options: CoefficientOfVariationOptions = {}): number {
  checkOptions('coefficientOfVariation', options);
  const fn = 'coefficientOfVariation';
  const ddof = options.ddof ?? 0;
  if (ddof !== 0 && ddof !== 1) invalidArgument(fn, `ddof must be 0 or 1, got ${String(ddof)}`, { field: 'ddof', value: ddof });
  const v = validateValues(fn, values, { weights: options.weights, negatives: 'allow', rescale: true });
  if (v.trivial === 'single') return ddof === 1 ? NaN : 0;
  if (v.trivial === 'all-equal') return 0;
  if (v.trivial === 'zero-sum') return NaN;
  return coefficientOfVariationOfValidated(v, ddof, v.mean);
}
