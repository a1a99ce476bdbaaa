import { lorenzArrays } from './lorenz.js';
import { validateValues, type ValidatedValues } from './validate-values.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { choiceOption } from '../../options/option-spec.js';
import { weightsOption } from './inequality-option-specs.js';

/** Small-sample correction of the Gini: none, n/(n−1), or for weights G/(1 − Σp²). */
export type GiniCorrection = 'none' | 'n/(n-1)' | 'weights';

/** The declared options of {@link gini} (checks, defaults and docs/options.md come from here). */
export const giniOptions = defineOptions('gini', {
  weights: weightsOption,
  correction: choiceOption(['none', 'n/(n-1)', 'weights'] as const, {
    doc: "Small-sample correction: `'n/(n-1)'` multiplies G by n/(n − 1); `'weights'` divides it by 1 − Σ p_i² (equal to n/(n − 1) without weights).",
    default: 'none',
  }),
});

/** Options of {@link gini}, declared in {@link giniOptions} (see docs/options.md#gini). */
export type GiniOptions = OptionsOf<typeof giniOptions>;

/**
 * Gini of already validated values, uncorrected, with the shared degenerate cases
 * (single → 0, zero-sum → NaN, all-equal → 0). Internal kernel.
 */
export function giniOfValidated(v: ValidatedValues): number {
  if (v.trivial === 'single' || v.trivial === 'all-equal') return 0;
  if (v.trivial === 'zero-sum') return NaN;
  const { P, L } = lorenzArrays(v.x, v.w);
  return giniFromLorenz(P, L);
}

/** G = 1 − Σ_k (P_k − P_{k−1})(L_k + L_{k−1}) on Lorenz arrays. Internal kernel. */
export function giniFromLorenz(P: Float64Array, L: Float64Array): number {
  let area = 0;
  for (let k = 1; k < P.length; k++) area += (P[k] - P[k - 1]) * (L[k] + L[k - 1]);
  return 1 - area;
}

/**
 * The Gini coefficient G = Σ_i Σ_j w_i w_j |x_i − x_j| / (2 (Σw)² μ), computed in
 * O(n log n) from the Lorenz curve as G = 1 − Σ_k (P_k − P_{k−1})(L_k + L_{k−1})
 * (Gini 1912).
 *
 * Options: `weights` (default none); `correction` `'none'` (default), `'n/(n-1)'`
 * (G·n/(n−1)) or `'weights'` (G/(1 − Σ p_i²), p_i = w_i/Σw).
 * Options: see docs/options.md#gini.
 *
 * Edge cases: n = 0, NaN/±Infinity, negative or all-zero weights → ZonelinkError naming
 * the positions; n = 1 → 0 (NaN with a correction); all values equal → exactly 0;
 * Σx = 0 → NaN. Negative values are accepted (G can then exceed 1).
 *
 * Reference: Gini, C. (1912), Variabilità e mutabilità; R `ineq::Gini`.
 *
 * @example
 * gini([541, 1463, 2445, 3438, 4437, 5401, 6392, 8304, 11904, 22261]); // 0.4620911… (R ineq)
 * gini([1, 2, 3, 4], { correction: 'n/(n-1)' }); // 1/3
 */
export function gini(values: ArrayLike<number>, options: GiniOptions = {}): number {
  const { weights, correction } = giniOptions.read(options);
  const v = validateValues('gini', values, { weights, negatives: 'allow', rescale: true });
  const g = giniOfValidated(v);
  if (correction === 'none') return g;
  if (v.n === 1) return NaN;
  if (correction === 'n/(n-1)') return (g * v.n) / (v.n - 1);
  let sp2 = 0;
  if (v.w) for (let i = 0; i < v.n; i++) sp2 += (v.w[i] / v.totalWeight) ** 2;
  else sp2 = 1 / v.n;
  return g / (1 - sp2);
}
