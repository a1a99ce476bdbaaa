import { permutationsOption } from '../../statistics/permutation-test.js';
import { seedOption } from '../../statistics/check-seed.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';
import type { SpatialWeights } from './spatial-weights-type.js';
import { lagOf } from './spatial-lag.js';
import { alternativeOption, normalPValue, zeroPolicyOption, type Alternative } from './alternative.js';
import { permutationSummary, type PermutationSummary } from './permutation-summary.js';
import { globalAutocorrelationInputs } from './global-autocorrelation-inputs.js';
import { centredMoments } from './centred-moments.js';

/** The declared options of {@link moranI} (checks, defaults and docs/options.md come from here). */
export const moranIOptions = defineOptions('moranI', {
  /** Random permutations for the pseudo p-value (integer ≥ 0, default 999; 0 = none). */
  permutations: permutationsOption,
  /** Seed of the permutations (default 0): same seed → same p-value. */
  seed: seedOption,
  /** `'greater'` (default: positive autocorrelation, as spdep), `'less'` or `'two-sided'`. */
  alternative: alternativeOption('greater', "The alternative hypothesis: 'greater' = positive autocorrelation (as spdep's moran.test)."),
  /** Allow units without neighbours (lag 0, not counted in n), as spdep's zero.policy. Default false. */
  zeroPolicy: zeroPolicyOption,
  ...progressOptionSpecs,
});

/** Options of {@link moranI}, declared in {@link moranIOptions}. */
export type MoranOptions = OptionsOf<typeof moranIOptions>;

/** One analytic test of a global statistic: its variance, standard deviate and p-value. */
export interface AnalyticTest {
  /** Variance of the statistic under the assumption. */
  variance: number;
  /** (statistic − expectation)/√variance (Geary: (1 − C)/√variance). */
  z: number;
  /** Normal p-value of z for the chosen alternative. */
  pValue: number;
}

/** Result of {@link moranI}. */
export interface MoranResult {
  /** Units counted (those with neighbours when zeroPolicy is on). */
  n: number;
  /** Moran's I. */
  I: number;
  /** E[I] = −1/(n − 1). */
  expected: number;
  /** Sample kurtosis K = n Σz⁴/(Σz²)² used by the randomisation variance. */
  kurtosis: number;
  /** Test under normality (spdep `moran.test(randomisation = FALSE)`). */
  normality: AnalyticTest;
  /** Test under randomisation (spdep `moran.test(randomisation = TRUE)`, its default). */
  randomisation: AnalyticTest;
  /** The alternative of every p-value. */
  alternative: Alternative;
  /** Permutation inference, null when permutations = 0. */
  permutation: PermutationSummary | null;
}

const FN = 'moranI';

/**
 * Global Moran's I of a variable under spatial weights W, with its moments under
 * normality and randomisation and a seeded permutation test.
 *
 * With z = x − x̄, S0 = ΣΣ w_ij, S1 = ½ΣΣ(w_ij + w_ji)², S2 = Σ(w_i· + w_·i)²,
 * K = n Σz⁴/(Σz²)²:
 *
 *   I = (n/S0) · Σ_i Σ_j w_ij z_i z_j / Σ_i z_i²,   E[I] = −1/(n − 1),
 *   Var_N[I] = (n²S1 − nS2 + 3S0²)/(S0²(n² − 1)) − E[I]²,
 *   Var_R[I] = [n((n² − 3n + 3)S1 − nS2 + 3S0²) − K((n² − n)S1 − 2nS2 + 6S0²)]
 *              / ((n − 1)(n − 2)(n − 3)S0²) − E[I]²,
 *
 * z = (I − E[I])/√Var, p from the normal distribution (Cliff & Ord 1981, ch. 2). These
 * are exactly R spdep's `moran.test` numbers (default `adjust.n = TRUE`; K uses every
 * unit, n only those with neighbours, as spdep). The permutation test relabels the
 * values over the units `permutations` times through zonelink's shared seeded
 * {@link permutationTest} (as spdep `moran.mc` does with `sample(x)`); its pseudo
 * p-value is (#{I_p ≥ I} + 1)/(P + 1) for 'greater' (pysal's `p_sim`). spdep's
 * `moran.mc` reports max(#{I_p > I}, 1)/(P + 1) instead, at most 1/(P + 1) apart; R's
 * random stream is not reproduced, so the two agree within Monte-Carlo error.
 *
 * Edge cases (ZonelinkError naming `moranI`): values not aligned with
 * `weights.nodes` (missing, extra or non-finite), all values equal, fewer than 4
 * units, a unit without neighbours unless `zeroPolicy`, self-included weights.
 * O(nnz) per permutation.
 *
 * Reference: Moran, P. A. P. (1950), Notes on continuous stochastic phenomena,
 * Biometrika 37, 17–23; Cliff, A. D. & Ord, J. K. (1981), Spatial Processes: Models
 * and Applications, Pion, London; Bivand, R. S. & Wong, D. W. S. (2018), Comparing
 * implementations of global and local indicators of spatial association, TEST 27,
 * 716–748.
 *
 * @param values node → number, or an array in `weights.nodes` order.
 * @example
 * // a path of 4 units, binary weights
 * const w = { nodes: ['a', 'b', 'c', 'd'], neighbours: [[1], [0, 2], [1, 3], [2]], weights: [[1], [1, 1], [1, 1], [1]], style: 'binary' as const, selfIncluded: false, symmetric: true };
 * const r = moranI([1, 2, 3, 4], w, { permutations: 0 });
 * r.I;        // 0.3333333333333333 = (4/6)·(2·(0.75 − 0.25 + 0.75))/5
 * r.expected; // -0.3333333333333333
 */
export function moranI(values: Record<string, number> | ArrayLike<number>, weights: SpatialWeights, options: MoranOptions = {}): MoranResult {
  const read = moranIOptions.read(options);
  const { alternative, rows, x, constants } = globalAutocorrelationInputs(FN, values, weights, read);
  const { n, s0, s1, s2 } = constants;
  const units = rows.n;
  // centred values (spdep centres without scaling; I is scale-free)
  const { z, sumSquares: zz, sumFourth: z4 } = centredMoments(x);
  const kurtosis = (units * z4) / (zz * zz);
  const scale = n / s0 / zz;
  const { offsets, targets } = rows;
  const w = rows.values;
  const statistic = (order: Int32Array): number => {
    let s = 0;
    for (let i = 0; i < units; i++) {
      let lag = 0;
      for (let p = offsets[i]; p < offsets[i + 1]; p++) lag += w[p] * z[order[targets[p]]];
      s += z[order[i]] * lag;
    }
    return scale * s;
  };
  const I = scale * dot(z, lagOf(offsets, targets, w, z));
  const expected = -1 / (n - 1);
  const s02 = s0 * s0;
  const nn = n * n;
  const varianceN = (nn * s1 - n * s2 + 3 * s02) / (s02 * (nn - 1)) - expected * expected;
  const varianceR =
    (n * (s1 * (nn - 3 * n + 3) - n * s2 + 3 * s02) - kurtosis * (s1 * (nn - n) - 2 * n * s2 + 6 * s02)) / ((n - 1) * (n - 2) * (n - 3) * s02) -
    expected * expected;
  const test = (variance: number): AnalyticTest => {
    const deviate = (I - expected) / Math.sqrt(variance);
    return { variance, z: deviate, pValue: normalPValue(deviate, alternative) };
  };
  return {
    n,
    I,
    expected,
    kurtosis,
    normality: test(varianceN),
    randomisation: test(varianceR),
    alternative,
    permutation: permutationSummary(FN, units, statistic, I, read, alternative),
  };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
