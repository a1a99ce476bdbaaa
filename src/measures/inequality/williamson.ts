import { invalidArgument } from '../../error/zonelink-error.js';
import { coefficientOfVariationOfValidated } from './coefficient-of-variation.js';
import { validateValues } from './validate-values.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { numberOption } from '../../options/option-spec.js';

/** The declared options of {@link williamson} (checks, defaults and docs/options.md come from here). */
export const williamsonOptions = defineOptions('williamson', {
  nationalMean: numberOption({
    doc: 'The national mean ȳ. Give the published national figure when the regions do not cover the whole country.',
    defaultText: 'the population-weighted mean of `perCapita`',
  }),
});

/** Options of {@link williamson}, declared in {@link williamsonOptions} (see docs/options.md#williamson). */
export type WilliamsonOptions = OptionsOf<typeof williamsonOptions>;

/**
 * Williamson's index V_w = √(Σ_i (y_i − ȳ)² P_i/P) / ȳ: the coefficient of variation of
 * regional per-capita values y_i weighted by population P_i (Williamson 1965).
 *
 * Edge cases: the shared input policy on `perCapita` with `population` as the weights
 * (n = 0, NaN/±Infinity, negative or all-zero population, length mismatch →
 * ZonelinkError naming positions; without `nationalMean`: n = 1 → 0, all equal →
 * exactly 0, mean 0 → NaN). `nationalMean` must be finite; 0 gives NaN.
 * Options: see docs/options.md#williamson.
 *
 * Reference: Williamson, J. G. (1965), Regional inequality and the process of national
 * development, Economic Development and Cultural Change 13(4):1–84.
 *
 * @example
 * williamson([1, 3], [1, 1]); // 0.5 (ȳ = 2, σ = 1)
 */
export function williamson(perCapita: ArrayLike<number>, population: ArrayLike<number>, options: WilliamsonOptions = {}): number {
  const { nationalMean: national } = williamsonOptions.read(options);
  const fn = 'williamson';
  if (population == null) invalidArgument(fn, 'population is required', { field: 'population' });
  const v = validateValues(fn, perCapita, { weights: population, negatives: 'allow', argument: 'perCapita', rescale: true });
  if (national === undefined) {
    if (v.trivial === 'single' || v.trivial === 'all-equal') return 0;
    if (v.trivial === 'zero-sum') return NaN;
    return coefficientOfVariationOfValidated(v, 0, v.mean);
  }
  if (national === 0) return NaN;
  // the values were divided by v.unit: the national mean in the same unit
  return coefficientOfVariationOfValidated(v, 0, national / v.unit);
}
