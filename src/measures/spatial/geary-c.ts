import type { SpatialWeights } from './spatial-weights-type.js';
import type { AnalyticTest } from './moran-i.js';
import { alternativeOption, normalPValue, zeroPolicyOption, type Alternative } from './alternative.js';
import { permutationSummary, type PermutationSummary } from './permutation-summary.js';
import { globalAutocorrelationInputs } from './global-autocorrelation-inputs.js';
import { centredMoments } from './centred-moments.js';
import { permutationsOption } from '../../statistics/permutation-test.js';
import { seedOption } from '../../statistics/check-seed.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';

/** The declared options of {@link gearyC} (checks, defaults and docs/options.md come from here). */
export const gearyCOptions = defineOptions('gearyC', {
  /** Random permutations for the pseudo p-value (integer ≥ 0, default 999; 0 = none). */
  permutations: permutationsOption,
  /** Seed of the permutations (default 0). */
  seed: seedOption,
  /** `'greater'` (default: positive autocorrelation, C < 1, as spdep `geary.test`), `'less'` or `'two-sided'`. */
  alternative: alternativeOption('greater', "The alternative hypothesis: 'greater' = positive autocorrelation, C < 1 (as spdep's geary.test)."),
  /** Allow units without neighbours (not counted in n), as spdep's zero.policy. Default false. */
  zeroPolicy: zeroPolicyOption,
  ...progressOptionSpecs,
});

/** Options of {@link gearyC}, declared in {@link gearyCOptions}. */
export type GearyOptions = OptionsOf<typeof gearyCOptions>;

/** Result of {@link gearyC}. */
export interface GearyResult {
  /** Units counted. */
  n: number;
  /** Geary's C. */
  C: number;
  /** E[C] = 1. */
  expected: number;
  /** Sample kurtosis K = n Σz⁴/(Σz²)². */
  kurtosis: number;
  /** Test under normality; z = (1 − C)/√Var (positive for positive autocorrelation). */
  normality: AnalyticTest;
  /** Test under randomisation (spdep's default). */
  randomisation: AnalyticTest;
  alternative: Alternative;
  /** Permutation inference on C (for 'greater', the share of permutations with C_p ≤ C), null when permutations = 0. */
  permutation: PermutationSummary | null;
}

const FN = 'gearyC';

/**
 * Geary's contiguity ratio C with its moments under normality and randomisation and a
 * seeded permutation test. With z = x − x̄, S0, S1, S2 as in {@link moranI}:
 *
 *   C = (n − 1) Σ_i Σ_j w_ij (x_i − x_j)² / (2 S0 Σ_i z_i²),   E[C] = 1,
 *   Var_N[C] = ((2S1 + S2)(n − 1) − 4S0²)/(2(n + 1)S0²),
 *   Var_R[C] = [(n − 1)S1(n² − 3n + 3 − (n − 1)K) − ¼(n − 1)S2(n² + 3n − 6 − (n² − n + 2)K)
 *               + S0²(n² − 3 − (n − 1)²K)] / (n(n − 2)(n − 3)S0²),
 *
 * z = (1 − C)/√Var, so that z > 0 means positive autocorrelation (C < 1) and the
 * default alternative 'greater' tests it, exactly as R spdep's `geary.test`. The
 * permutation test (shared seeded {@link permutationTest}) counts permutations with
 * C_p ≤ C for 'greater', C_p ≥ C for 'less'.
 *
 * Edge cases as {@link moranI} (ZonelinkError naming `gearyC`).
 *
 * Reference: Geary, R. C. (1954), The contiguity ratio and statistical mapping, The
 * Incorporated Statistician 5, 115–145; Cliff, A. D. & Ord, J. K. (1981), Spatial
 * Processes: Models and Applications, Pion, London.
 *
 * @param values node → number, or an array in `weights.nodes` order.
 * @example
 * const w = { nodes: ['a', 'b', 'c', 'd'], neighbours: [[1], [0, 2], [1, 3], [2]], weights: [[1], [1, 1], [1, 1], [1]], style: 'binary' as const, selfIncluded: false, symmetric: true };
 * gearyC([1, 2, 3, 4], w, { permutations: 0 }).C; // ≈ 0.3 = 3·(2·3)/(2·6·5)
 */
export function gearyC(values: Record<string, number> | ArrayLike<number>, weights: SpatialWeights, options: GearyOptions = {}): GearyResult {
  const read = gearyCOptions.read(options);
  const { alternative, rows, x, constants } = globalAutocorrelationInputs(FN, values, weights, read);
  const { n, s0, s1, s2 } = constants;
  const units = rows.n;
  const { sumSquares: zz, sumFourth: z4 } = centredMoments(x);
  // spdep computes K with its adjusted n (geary() receives wc$n)
  const kurtosis = (n * z4) / (zz * zz);
  const { offsets, targets } = rows;
  const w = rows.values;
  const scale = (n - 1) / (2 * s0 * zz);
  const statistic = (order: Int32Array): number => {
    let s = 0;
    for (let i = 0; i < units; i++) {
      const xi = x[order[i]];
      for (let p = offsets[i]; p < offsets[i + 1]; p++) s += w[p] * (xi - x[order[targets[p]]]) ** 2;
    }
    return scale * s;
  };
  const identity = new Int32Array(units);
  for (let i = 0; i < units; i++) identity[i] = i;
  const C = statistic(identity);
  const s02 = s0 * s0;
  const nn = n * n;
  const n1 = n - 1;
  // spdep's geary.test mixes the adjusted n (nn, n1, n2, n3) with the full number of
  // units (bare n); they differ only with zeroPolicy and isolated units, and are kept as spdep has them
  const varianceN = ((2 * s1 + s2) * n1 - 4 * s02) / (2 * (units + 1) * s02);
  const varianceR =
    (n1 * s1 * (nn - 3 * units + 3 - kurtosis * n1) -
      0.25 * (n1 * s2 * (nn + 3 * units - 6 - kurtosis * (nn - units + 2))) +
      s02 * (nn - 3 - kurtosis * n1 * n1)) /
    (units * (n - 2) * (n - 3) * s02);
  const test = (variance: number): AnalyticTest => {
    const deviate = (1 - C) / Math.sqrt(variance);
    return { variance, z: deviate, pValue: normalPValue(deviate, alternative) };
  };
  // a smaller C is stronger positive autocorrelation: test −C so that 'greater' counts C_p ≤ C
  const flipped = alternative === 'greater' ? 'less' : alternative === 'less' ? 'greater' : 'two-sided';
  return {
    n,
    C,
    expected: 1,
    kurtosis,
    normality: test(varianceN),
    randomisation: test(varianceR),
    alternative,
    permutation: permutationSummary(FN, units, statistic, C, read, flipped),
  };
}
