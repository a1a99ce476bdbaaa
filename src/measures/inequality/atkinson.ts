import { invalidArgument } from '../../error/zonelink-error.js';
import { validateValues } from './validate-values.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { weightsOption } from './inequality-option-specs.js';

/** The declared options of {@link atkinson} (checks, defaults and docs/options.md come from here). */
export const atkinsonOptions = defineOptions('atkinson', { weights: weightsOption });

/** Options of {@link atkinson}, declared in {@link atkinsonOptions} (see docs/options.md#atkinson). */
export type AtkinsonOptions = OptionsOf<typeof atkinsonOptions>;

/**
 * Atkinson's index A(ε) = 1 − x_ede/μ with the equally-distributed-equivalent value
 * x_ede = [Σ p_i x_i^{1−ε}]^{1/(1−ε)} (ε ≠ 1) or exp(Σ p_i ln x_i) (ε = 1), p_i = w_i/Σw
 * (Atkinson 1970). ε ≥ 0 is the inequality aversion; A(0) = 0.
 *
 * Edge cases: the shared input policy (n = 0, NaN/±Infinity, negative values, bad
 * weights → ZonelinkError; n = 1 → 0; all equal → exactly 0; Σx = 0 → NaN); a zero
 * value with ε ≥ 1 → 1. ε must be a finite number ≥ 0.
 * Options: see docs/options.md#atkinson.
 *
 * Reference: Atkinson, A. B. (1970), On the measurement of inequality, Journal of
 * Economic Theory 2(3):244–263.
 *
 * @example
 * atkinson([541, 1463, 2445, 3438, 4437, 5401, 6392, 8304, 11904, 22261], 0.5); // 0.1796591 (R ineq)
 */
export function atkinson(values: ArrayLike<number>, epsilon: number, options: AtkinsonOptions = {}): number {
  const { weights } = atkinsonOptions.read(options);
  const fn = 'atkinson';
  if (typeof epsilon !== 'number' || !Number.isFinite(epsilon) || epsilon < 0) {
    invalidArgument(fn, `epsilon must be a finite number ≥ 0, got ${String(epsilon)}`, { field: 'epsilon', value: epsilon });
  }
  const v = validateValues(fn, values, { weights, negatives: 'error', rescale: true });
  if (v.trivial === 'single' || v.trivial === 'all-equal') return 0;
  if (v.trivial === 'zero-sum') return NaN;
  if (epsilon === 0) return 0;
  const { x, w, n, totalWeight, mean } = v;
  if (epsilon === 1) {
    let acc = 0;
    for (let i = 0; i < n; i++) {
      const wi = w ? w[i] : 1;
      if (wi === 0) continue;
      if (x[i] === 0) return 1;
      acc += wi * Math.log(x[i]);
    }
    return 1 - Math.exp(acc / totalWeight) / mean;
  }
  const e = 1 - epsilon;
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const wi = w ? w[i] : 1;
    if (wi === 0) continue;
    if (x[i] === 0) {
      if (epsilon > 1) return 1;
      continue;
    }
    acc += wi * Math.pow(x[i], e);
  }
  return 1 - Math.pow(acc / totalWeight, 1 / e) / mean;
}
