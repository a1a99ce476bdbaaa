import { booleanOption, customOption } from '../../options/option-spec.js';

const WEIGHTS_TYPE = 'an array of numbers ≥ 0 (one per value) or null';

/**
 * The declaration of `weights`, the population or frequency weights every
 * inequality and polarization index of a distribution shares (one per value,
 * w_i ≥ 0, not all 0; null = every unit weighs 1). Only the shape is checked
 * here; the length and the values are checked against the data by
 * `validateValues`.
 *
 * @example
 * const giniOptions = defineOptions('gini', { weights: weightsOption });
 */
export const weightsOption = customOption<ArrayLike<number> | null>({
  type: WEIGHTS_TYPE,
  doc: 'Population or frequency weights w_i ≥ 0, one per value (not all 0); null = every unit weighs 1.',
  defaultText: 'every unit weighs 1',
  check: (value) =>
    value === null || (typeof value === 'object' && typeof (value as { length?: unknown }).length === 'number') ? undefined : WEIGHTS_TYPE,
});

/**
 * The declaration of `dropNonPositive`, shared by the generalised-entropy
 * indices and their decomposition.
 *
 * @example
 * const theilLOptions = defineOptions('theilL', { weights: weightsOption, dropNonPositive: dropNonPositiveOption });
 */
export const dropNonPositiveOption = booleanOption({
  doc: 'Drop zero values from the sample and the mean before computing (as R ineq, dineq and Stata ineqdeco do); false keeps them (as pysal does), so GE(α ≤ 0) with a zero is +Infinity.',
  default: false,
});
