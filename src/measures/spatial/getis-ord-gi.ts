import { invalidArgument } from '../../error/zonelink-error.js';
import type { SpatialWeights } from './spatial-weights-type.js';
import { readSpatialWeights } from './read-spatial-weights.js';
import { readAlignedValues } from './read-aligned-values.js';
import { lagOf } from './spatial-lag.js';
import { alternativeOption, normalPValue, significanceOption, zeroPolicyOption, type Alternative } from './alternative.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';

/** The declared options of {@link getisOrdGi} (checks, defaults and docs/options.md come from here). */
export const getisOrdGiOptions = defineOptions('getisOrdGi', {
  /** `'two-sided'` (default, as spdep `localG`), `'greater'` (hot spots) or `'less'` (cold spots). */
  alternative: alternativeOption('two-sided', "The alternative hypothesis: 'greater' = hot spots, 'less' = cold spots (two-sided as spdep's localG)."),
  /** Significance level for `spot` (default 0.05). */
  alpha: significanceOption,
  /** Allow units without neighbours, as spdep's zero.policy. Default false. */
  zeroPolicy: zeroPolicyOption,
});

/** Options of {@link getisOrdGi}, declared in {@link getisOrdGiOptions}. */
export type GetisOrdOptions = OptionsOf<typeof getisOrdGiOptions>;

/** The Getis–Ord statistic of one unit. */
export interface GetisOrdUnit {
  node: string;
  /** G_i = Σ_{j≠i} w_ij x_j / Σ_{j≠i} x_j, or G*_i = Σ_j w_ij x_j / Σ_j x_j. */
  G: number;
  /** E[G_i]. */
  expected: number;
  /** Var[G_i]. */
  variance: number;
  /** (G_i − E[G_i])/√Var[G_i]: spdep `localG`'s value. */
  z: number;
  /** Normal p-value of z for the chosen alternative. */
  pValue: number;
  /** 'hot' when z > 0 and pValue ≤ alpha, 'cold' when z < 0 and pValue ≤ alpha, else null. */
  spot: 'hot' | 'cold' | null;
}

/** Result of {@link getisOrdGi}. */
export interface GetisOrdResult {
  /** True for G*_i (weights built with `includeSelf`), false for G_i. */
  star: boolean;
  alternative: Alternative;
  alpha: number;
  /** One entry per unit, in `weights.nodes` order. */
  units: GetisOrdUnit[];
}

const FN = 'getisOrdGi';

/**
 * The Getis–Ord local statistics G_i (weights without self) and G*_i (weights built
 * with `spatialWeights(..., { includeSelf: true })`), as z-values: the numbers of R
 * spdep's `localG` (which decides Gi or Gi* the same way, from `include.self`).
 *
 * With W_i = Σ_j w_ij, S1_i = Σ_j w_ij², Gi (j ≠ i):
 *   x̄_(i) = (Σx − x_i)/(n − 1), s²_(i) = (Σx² − x_i²)/(n − 1) − x̄_(i)²,
 *   z_i = (Σ_j w_ij x_j − W_i x̄_(i)) / √(s²_(i) ((n − 1)S1_i − W_i²)/(n − 2));
 * Gi* (j = i included):
 *   z_i = (Σ_j w_ij x_j − W_i x̄) / √(s² (n S1_i − W_i²)/(n − 1)), s² = Σ(x − x̄)²/n.
 * G, E[G] and Var[G] are these numerator terms divided by Σ_{j≠i} x_j (Gi) or Σx (Gi*).
 * The statistic assumes positive values (a ratio of sums); it is computed for any
 * finite values, but G is undefined when the denominator sum is 0.
 *
 * Edge cases (ZonelinkError naming `getisOrdGi`): values not aligned with the weights,
 * all values equal, fewer than 3 units, a unit without neighbours unless `zeroPolicy`.
 *
 * Reference: Getis, A. & Ord, J. K. (1992), The analysis of spatial association by use
 * of distance statistics, Geographical Analysis 24, 189–206; Ord, J. K. & Getis, A.
 * (1995), Local spatial autocorrelation statistics: distributional issues and an
 * application, Geographical Analysis 27, 286–306.
 *
 * @param values node → number, or an array in `weights.nodes` order.
 * @example
 * const w = { nodes: ['a', 'b', 'c', 'd'], neighbours: [[1], [0, 2], [1, 3], [2]], weights: [[1], [1, 1], [1, 1], [1]], style: 'binary' as const, selfIncluded: false, symmetric: true };
 * getisOrdGi([1, 2, 3, 4], w).units[0].G; // 0.2222222222222222 = 2/(2 + 3 + 4)
 */
export function getisOrdGi(values: Record<string, number> | ArrayLike<number>, weights: SpatialWeights, options: GetisOrdOptions = {}): GetisOrdResult {
  const { alternative, alpha, zeroPolicy } = getisOrdGiOptions.read(options);
  const rows = readSpatialWeights(FN, weights, zeroPolicy, true);
  const x = readAlignedValues(FN, values, rows.nodes, true);
  const n = rows.n;
  if (n < 3) invalidArgument(FN, `at least 3 units are needed, got ${n}`, { field: 'values', code: 'too-few-nodes' });
  const star = rows.selfIncluded;
  let sum = 0;
  let sum2 = 0;
  for (let i = 0; i < n; i++) {
    sum += x[i];
    sum2 += x[i] * x[i];
  }
  const mean = sum / n;
  let centred2 = 0;
  for (let i = 0; i < n; i++) centred2 += (x[i] - mean) ** 2;
  const { offsets, targets } = rows;
  const w = rows.values;
  const lag = lagOf(offsets, targets, w, x);
  const units: GetisOrdUnit[] = [];
  for (let i = 0; i < n; i++) {
    const Wi = rows.rowSums[i];
    let S1i = 0;
    for (let p = offsets[i]; p < offsets[i + 1]; p++) S1i += w[p] * w[p];
    let xbar: number;
    let s2: number;
    let VG: number;
    let denominator: number;
    if (star) {
      xbar = mean;
      s2 = centred2 / n;
      VG = s2 * ((n * S1i - Wi * Wi) / (n - 1));
      denominator = sum;
    } else {
      xbar = (sum - x[i]) / (n - 1);
      s2 = (sum2 - x[i] * x[i]) / (n - 1) - xbar * xbar;
      VG = s2 * (((n - 1) * S1i - Wi * Wi) / (n - 2));
      denominator = sum - x[i];
    }
    const EG = Wi * xbar;
    const z = (lag[i] - EG) / Math.sqrt(VG);
    const pValue = normalPValue(z, alternative);
    units.push({
      node: rows.nodes[i],
      G: lag[i] / denominator,
      expected: EG / denominator,
      variance: VG / (denominator * denominator),
      z,
      pValue,
      spot: pValue <= alpha && z !== 0 ? (z > 0 ? 'hot' : 'cold') : null,
    });
  }
  return { star, alternative, alpha, units };
}
