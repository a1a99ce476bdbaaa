import { invalidArgument } from '../../error/zonelink-error.js';
import { zScores } from '../../statistics/z-scores.js';
import type { SpatialWeights } from './spatial-weights-type.js';
import { readSpatialWeights } from './read-spatial-weights.js';
import { readAlignedValues } from './read-aligned-values.js';
import { lagOf } from './spatial-lag.js';
import { alternativeOption, normalPValue, significanceOption, zeroPolicyOption, type Alternative } from './alternative.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { choiceOption } from '../../options/option-spec.js';

/** The declared options of {@link localMoran} (checks, defaults and docs/options.md come from here). */
export const localMoranOptions = defineOptions('localMoran', {
  /**
   * Variance of I_i: `'conditional'` (default; spdep ≥ 1.1-7 `localmoran(conditional =
   * TRUE)`, Sokal, Oden & Thomson 1998, conditioning on x_i) or `'total'` (Anselin
   * 1995's randomisation variance, spdep `conditional = FALSE`).
   */
  variance: choiceOption(['conditional', 'total'] as const, {
    doc: "Variance of I_i: 'conditional' (spdep ≥ 1.1-7 localmoran(conditional = TRUE); Sokal, Oden & Thomson 1998) or 'total' (Anselin 1995's randomisation variance).",
    default: 'conditional',
  }),
  /** `'two-sided'` (default, as spdep `localmoran`), `'greater'` or `'less'`. */
  alternative: alternativeOption('two-sided', "The alternative hypothesis of each unit's test (two-sided as spdep's localmoran)."),
  /** Significance level for `cluster` (default 0.05). */
  alpha: significanceOption,
  /** Allow units without neighbours (lag 0, I_i = 0), as spdep's zero.policy. Default false. */
  zeroPolicy: zeroPolicyOption,
});

/** Options of {@link localMoran}, declared in {@link localMoranOptions}. */
export type LocalMoranOptions = OptionsOf<typeof localMoranOptions>;

/** A Moran scatterplot quadrant: value High/Low, spatial lag High/Low. */
export type MoranQuadrant = 'HH' | 'LL' | 'HL' | 'LH';

/** The LISA of one unit. */
export interface LocalMoranUnit {
  node: string;
  /** I_i = (z_i/m₂) Σ_j w_ij z_j. */
  Ii: number;
  /** E[I_i]. */
  expected: number;
  /** Var[I_i]. */
  variance: number;
  /** (I_i − E[I_i])/√Var[I_i]. */
  z: number;
  /** Normal p-value of z for the chosen alternative. */
  pValue: number;
  /** Standardised value (x_i − x̄)/s, s of divisor n: the Moran scatterplot's x. */
  standardised: number;
  /** Spatial lag of the standardised values: the Moran scatterplot's y. */
  lag: number;
  /** Quadrant: first letter z_i > 0 (H) or ≤ 0 (L), second the sign of the lag likewise. */
  quadrant: MoranQuadrant;
  /** The quadrant when pValue ≤ alpha, else null (not significant): the LISA cluster map class. */
  cluster: MoranQuadrant | null;
}

/** Result of {@link localMoran}. */
export interface LocalMoranResult {
  variance: 'conditional' | 'total';
  alternative: Alternative;
  alpha: number;
  /** One entry per unit, in `weights.nodes` order. */
  units: LocalMoranUnit[];
}

const FN = 'localMoran';

/**
 * Local Moran's I (LISA) of every unit, with its analytic moments, p-value and Moran
 * scatterplot quadrant; the numbers of R spdep's `localmoran` (spdep 1.2-7 defaults:
 * `conditional = TRUE`, `mlvar = TRUE`, `alternative = "two.sided"`).
 *
 * With z = x − x̄, m₂ = Σz²/n, b₂ = (Σz⁴/n)/m₂², W_i = Σ_j w_ij, W_i2 = Σ_j w_ij²:
 *
 *   I_i = (z_i/m₂) Σ_j w_ij z_j,
 *   conditional: E = −z_i² W_i/((n − 1)m₂),
 *                Var = (z_i/m₂)² · n/(n − 2) · (W_i2 − W_i²/(n − 1)) · (m₂ − z_i²/(n − 1)),
 *   total:       E = −W_i/(n − 1),
 *                Var = W_i2 (n − b₂)/(n − 1) + (W_i² − W_i2)(2b₂ − n)/((n − 1)(n − 2)) − E².
 *
 * Quadrants follow GeoDa (Anselin 1995; spdep's `quadr$pysal`): High when the centred
 * value z_i > 0, and High lag when Σ_j w_ij z_j > 0; HH and LL are clusters, HL and
 * LH spatial outliers. `cluster` keeps the quadrant only where p ≤ alpha, as a LISA
 * cluster map (no multiple-testing correction: with n tests, about αn false positives
 * are expected; compare alpha/n for a Bonferroni bound).
 *
 * Edge cases (ZonelinkError naming `localMoran`): values not aligned with the weights,
 * all values equal, fewer than 3 units, a unit without neighbours unless `zeroPolicy`
 * (then its I_i = 0 and its variance 0, z NaN), self-included weights.
 *
 * Reference: Anselin, L. (1995), Local indicators of spatial association — LISA,
 * Geographical Analysis 27, 93–115; Sokal, R. R., Oden, N. L. & Thomson, B. A. (1998),
 * Local spatial autocorrelation in a biological model, Geographical Analysis 30,
 * 331–354; Sauer, J. et al. (2021), A note on the conditional variance of local
 * Moran's I (spdep documentation).
 *
 * @param values node → number, or an array in `weights.nodes` order.
 * @example
 * const w = { nodes: ['a', 'b', 'c', 'd'], neighbours: [[1], [0, 2], [1, 3], [2]], weights: [[1], [1, 1], [1, 1], [1]], style: 'binary' as const, selfIncluded: false, symmetric: true };
 * const r = localMoran([1, 2, 3, 4], w);
 * r.units[0].Ii;       // 0.6 = (−1.5/1.25)·(−0.5)
 * r.units[0].quadrant; // 'LL'
 */
export function localMoran(values: Record<string, number> | ArrayLike<number>, weights: SpatialWeights, options: LocalMoranOptions = {}): LocalMoranResult {
  const { variance, alternative, alpha, zeroPolicy } = localMoranOptions.read(options);
  const rows = readSpatialWeights(FN, weights, zeroPolicy, false);
  const x = readAlignedValues(FN, values, rows.nodes, true);
  const n = rows.n;
  if (n < 3) invalidArgument(FN, `at least 3 units are needed, got ${n}`, { field: 'values', code: 'too-few-nodes' });

  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  const z = x.map((v) => v - mean);
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    m2 += z[i] * z[i];
    m4 += z[i] ** 4;
  }
  m2 /= n;
  m4 /= n;
  const b2 = m4 / (m2 * m2);
  const { offsets, targets } = rows;
  const w = rows.values;
  const lag = lagOf(offsets, targets, w, z);
  const standardised = zScores(x);
  const standardisedLag = lagOf(offsets, targets, w, standardised);
  const units: LocalMoranUnit[] = [];
  for (let i = 0; i < n; i++) {
    const Wi = rows.rowSums[i];
    let Wi2 = 0;
    for (let p = offsets[i]; p < offsets[i + 1]; p++) Wi2 += w[p] * w[p];
    const Ii = (z[i] / m2) * lag[i];
    let expected: number;
    let varianceI: number;
    if (variance === 'conditional') {
      expected = -(z[i] ** 2 * Wi) / ((n - 1) * m2);
      varianceI = (z[i] / m2) ** 2 * (n / (n - 2)) * (Wi2 - Wi ** 2 / (n - 1)) * (m2 - z[i] ** 2 / (n - 1));
    } else {
      expected = -Wi / (n - 1);
      varianceI = ((n - b2) / (n - 1)) * Wi2 + ((2 * b2 - n) / ((n - 1) * (n - 2))) * (Wi ** 2 - Wi2) - expected ** 2;
    }
    const deviate = (Ii - expected) / Math.sqrt(varianceI);
    const pValue = normalPValue(deviate, alternative);
    const quadrant = `${z[i] > 0 ? 'H' : 'L'}${lag[i] > 0 ? 'H' : 'L'}` as MoranQuadrant;
    units.push({
      node: rows.nodes[i],
      Ii,
      expected,
      variance: varianceI,
      z: deviate,
      pValue,
      standardised: standardised[i],
      lag: standardisedLag[i],
      quadrant,
      cluster: pValue <= alpha ? quadrant : null,
    });
  }
  return { variance, alternative, alpha, units };
}
