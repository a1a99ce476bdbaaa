import { invalidArgument } from '../../error/zonelink-error.js';
import type { SpatialWeights } from '../spatial/spatial-weights-type.js';
import { readSpatialWeights } from '../spatial/read-spatial-weights.js';
import { readPanel, type PanelSeries } from './panel-series.js';
import { classCountOption, classifyPanel, cutoffsOption, quantilesOption, readClassSpec, rowProbabilities } from './classify-panel.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { zeroPolicyOption } from '../spatial/alternative.js';
import { steadyState } from './steady-state.js';
import { markovHomogeneity, type MarkovHomogeneity } from './markov-homogeneity.js';

/** The declared options of {@link spatialMarkov} (checks, defaults and docs/options.md come from here). */
export const spatialMarkovOptions = defineOptions('spatialMarkov', {
  /** Number of quantile classes k of the values (default 4, giddy's `k`). */
  classes: classCountOption("Number of quantile classes k of the values (giddy's k).", 4),
  /** Number of quantile classes m of the spatial lags (default 4, giddy's `m`). */
  lagClasses: classCountOption("Number of quantile classes m of the spatial lags (giddy's m).", 4),
  /** `'pooled'` (default, giddy `fixed = True`) or `'by-period'` quantiles, for both values and lags. */
  quantiles: quantilesOption('pooled', "How quantile classes are cut, for values and lags alike: 'pooled' (giddy's fixed = True) or 'by-period'."),
  /** User cutoffs for the values (k − 1, ascending), instead of quantiles. */
  cutoffs: cutoffsOption('User cut-offs for the values (k − 1, ascending), instead of quantiles.'),
  /** User cutoffs for the spatial lags (m − 1, ascending), instead of quantiles. */
  lagCutoffs: cutoffsOption('User cut-offs for the spatial lags (m − 1, ascending), instead of quantiles.'),
  /** Allow units without neighbours (their lag is 0), as spdep's zero.policy. Default false. */
  zeroPolicy: zeroPolicyOption,
});

/** Options of {@link spatialMarkov}, declared in {@link spatialMarkovOptions}. */
export type SpatialMarkovOptions = OptionsOf<typeof spatialMarkovOptions>;

/** The chain conditioned on one class of the spatial lag. */
export interface LagConditionedChain {
  /** Lag class (0 = neighbours in the lowest class). */
  lagClass: number;
  /** counts[i][j]: transitions i → j of units whose lag was in this class at the start. */
  counts: number[][];
  /** Row-normalised counts (rows without transitions are 0, as giddy's default). */
  probabilities: number[][];
  /** Long-run distribution, null when the chain has several recurrent classes. */
  steadyState: number[] | null;
  /** One long-run distribution per recurrent class. */
  steadyStates: number[][];
}

/** Result of {@link spatialMarkov}. */
export interface SpatialMarkovResult {
  classes: number;
  lagClasses: number;
  /** Cutoffs between value classes (giddy `cutoffs`), per period for 'by-period'. */
  cutoffs: number[][];
  /** Cutoffs between lag classes (giddy `lag_cutoffs`), per period for 'by-period'. */
  lagCutoffs: number[][];
  /** The a-spatial chain (giddy `transitions`, `p`, `s`). */
  counts: number[][];
  probabilities: number[][];
  steadyState: number[] | null;
  /** The m lag-conditioned chains (giddy `T`, `P`, `S`). */
  conditioned: LagConditionedChain[];
  /** Do the lag classes share one transition matrix? Q and LR tests (giddy `Q`, `LR`, `dof_hom`, p-values). */
  homogeneity: MarkovHomogeneity;
}

const FN = 'spatialMarkov';

/**
 * Rey's spatial Markov chain: the discrete Markov transition matrix of a panel
 * conditioned on the class of each unit's spatial lag at the start of the transition,
 * as pysal giddy's `Spatial_Markov` on continuous data. For each period t the spatial
 * lag L_it = Σ_j w_ij x_jt is computed with `weights` (row-standardised weights make it
 * the neighbours' mean); values and lags are classed by quantiles (pooled over all
 * periods by default, giddy's `fixed = True`; k = m = 4 by default), and
 *
 *   n_ij(l) = #{(unit, t): lagclass_t = l, class_t = i, class_{t+1} = j},
 *   p_ij(l) = n_ij(l) / Σ_j n_ij(l),
 *
 * one k × k matrix per lag class, with their steady states, besides the a-spatial
 * chain of {@link markovTransitions}. Comparing p_ij(l) across l shows whether a
 * unit's chance of moving up depends on its neighbours' level (spillovers, 空间溢出);
 * `homogeneity` tests it (Bickenbach & Bode 2003, as giddy): with p_ij the pooled
 * probabilities and n_i(l) the transitions starting in class i under lag class l,
 * Q = Σ n_i(l)(p_ij(l) − p_ij)²/p_ij and LR = 2 Σ n_ij(l) ln(p_ij(l)/p_ij), both χ² with
 * Σ_i (b_i − 1)(a_i − 1) degrees of freedom (b_i lag classes in which class i starts
 * a transition, a_i classes reached from i in the pooled chain; giddy's count, which
 * adds 1 for a class that never starts a transition).
 *
 * Edge cases (ZonelinkError naming `spatialMarkov`): series units not exactly the
 * weights' units, fewer than 2 periods, missing or non-finite values, a unit without
 * neighbours unless `zeroPolicy`, too many ties to form the quantile classes.
 *
 * Reference: Rey, S. J. (2001), Spatial analysis of regional income inequality,
 * Geographical Analysis 33, 23–45; Bickenbach, F. & Bode, E. (2003), Evaluating the
 * Markov property in studies of economic convergence, International Regional Science
 * Review 26, 363–392; Rey, S. J., Kang, W. & Wolf, L. (2016), The
 * properties of tests for spatial effects in discrete Markov chain models of regional
 * income distribution dynamics, Journal of Geographical Systems 18, 377–398; pysal
 * giddy `markov.Spatial_Markov`.
 *
 * @example
 * // four units on a path, values 1…4 rising together: every unit keeps its class
 * const w = { nodes: ['a', 'b', 'c', 'd'], neighbours: [[1], [0, 2], [1, 3], [2]], weights: [[1], [0.5, 0.5], [0.5, 0.5], [1]], style: 'row' as const, selfIncluded: false, symmetric: false };
 * const r = spatialMarkov({ periods: [1, 2], values: { a: [1, 1.1], b: [2, 2.1], c: [3, 3.1], d: [4, 4.1] } }, w, { classes: 2, lagClasses: 2 });
 * r.probabilities; // [[1, 0], [0, 1]]
 */
export function spatialMarkov(series: PanelSeries, weights: SpatialWeights, options: SpatialMarkovOptions = {}): SpatialMarkovResult {
  const read = spatialMarkovOptions.read(options);
  const spec = readClassSpec(FN, 'classes', read.classes, read.quantiles, read.cutoffs, { classes: 4, quantiles: 'pooled' });
  const lagSpec = readClassSpec(FN, 'lagClasses', read.lagClasses, read.quantiles, read.lagCutoffs, { classes: 4, quantiles: 'pooled' });
  const zeroPolicy = read.zeroPolicy;
  const rows = readSpatialWeights(FN, weights, zeroPolicy, true);
  const panel = readPanel(FN, series, { minPeriods: 2, minUnits: Math.max(2, spec.classes, lagSpec.classes), nodes: rows.nodes });
  const { n, T, data } = panel;
  const lags = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let s = 0;
      for (let p = rows.offsets[i]; p < rows.offsets[i + 1]; p++) s += rows.values[p] * data[rows.targets[p] * T + t];
      lags[i * T + t] = s;
    }
  }
  const values = classifyPanel(FN, data, n, T, spec);
  const lagged = classifyPanel(FN, lags, n, T, lagSpec);
  const k = values.k;
  const m = lagged.k;
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const conditionedCounts = Array.from({ length: m }, () => Array.from({ length: k }, () => new Array<number>(k).fill(0)));
  for (let i = 0; i < n; i++) {
    for (let t = 0; t + 1 < T; t++) {
      const from = values.ids[i * T + t];
      const to = values.ids[i * T + t + 1];
      counts[from][to]++;
      conditionedCounts[lagged.ids[i * T + t]][from][to]++;
    }
  }
  const probabilities = rowProbabilities(counts);
  const conditioned = conditionedCounts.map((c, lagClass): LagConditionedChain => {
    const p = rowProbabilities(c);
    const steady = steadyState(p);
    return { lagClass, counts: c, probabilities: p, steadyState: steady.distribution, steadyStates: steady.distributions };
  });
  return {
    classes: k,
    lagClasses: m,
    cutoffs: values.cutoffs,
    lagCutoffs: lagged.cutoffs,
    counts,
    probabilities,
    steadyState: steadyState(probabilities).distribution,
    conditioned,
    homogeneity: markovHomogeneity(conditionedCounts),
  };
}
