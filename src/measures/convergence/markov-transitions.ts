import { invalidArgument } from '../../error/zonelink-error.js';
import { readPanel, type PanelSeries } from './panel-series.js';
import { classCountOption, classifyPanel, cutoffsOption, quantilesOption, readClassSpec, rowProbabilities } from './classify-panel.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { steadyState } from './steady-state.js';

/** The declared options of {@link markovTransitions} (checks, defaults and docs/options.md come from here). */
export const markovTransitionsOptions = defineOptions('markovTransitions', {
  /** Number of quantile classes k (default 5: quintiles). */
  classes: classCountOption('Number of quantile classes k (5: quintiles).', 5),
  /**
   * `'by-period'` (default: quantiles of each period's cross-section, so classes are
   * relative positions that year, as giddy's `Markov` example on US incomes) or
   * `'pooled'` (quantiles of all n·T values, giddy `Spatial_Markov(fixed = True)`).
   */
  quantiles: quantilesOption('by-period', "'by-period' = quantiles of each period's cross-section (relative positions that year, as giddy's Markov example); 'pooled' = quantiles of all n·T values (giddy's fixed = True)."),
  /** User cutoffs instead of quantiles (ascending, k − 1 of them; class j is c_j < x ≤ c_{j+1}). */
  cutoffs: cutoffsOption('User cut-offs instead of quantiles (ascending, k − 1 of them; class j is c_j < x ≤ c_{j+1}).'),
});

/** Options of {@link markovTransitions}, declared in {@link markovTransitionsOptions}. */
export type MarkovOptions = OptionsOf<typeof markovTransitionsOptions>;

/** Result of {@link markovTransitions}. */
export interface MarkovResult {
  /** Number of classes k. */
  classes: number;
  /** The k − 1 cutoffs between classes (giddy's `cutoffs`): one array per period ('by-period') or one (pooled / user cutoffs). */
  cutoffs: number[][];
  /** node → its class (0 = lowest) in each period. */
  classOf: Record<string, number[]>;
  /** counts[i][j]: transitions from class i in period t to class j in t + 1, pooled over t. */
  counts: number[][];
  /** probabilities[i][j] = counts[i][j] / Σ_j counts[i][j] (a row of zeros when class i never starts a transition). */
  probabilities: number[][];
  /** Long-run class distribution, null when the chain has several recurrent classes (see steadyStates). */
  steadyState: number[] | null;
  /** One long-run distribution per recurrent class. */
  steadyStates: number[][];
  /** Units per class in the first and in the last period. */
  initial: number[];
  final: number[];
}

const FN = 'markovTransitions';

/**
 * The discrete (classic) Markov chain of a panel: each unit's value in each period is
 * put in one of k quantile classes, and transitions between consecutive periods are
 * counted and pooled over all periods and units, as pysal giddy's `Markov` on
 * quantile-classed data:
 *
 *   n_ij = #{(unit, t): class_t = i, class_{t+1} = j},   p_ij = n_ij / Σ_j n_ij,
 *
 * with the steady state π = πP (see {@link steadyState}). Quantiles follow mapclassify
 * (bounds at percentiles 100j/k by linear interpolation; class j when
 * bound_{j−1} < x ≤ bound_j). Default: quintiles of each period (giddy's
 * `Markov` docstring classes US incomes by `Quantiles(y).yb` year by year); many
 * Chinese studies instead use quartiles of values relative to the yearly mean pooled
 * over years (`classes: 4, quantiles: 'pooled'` on x_it / x̄_t).
 *
 * Edge cases (ZonelinkError naming `markovTransitions`): fewer than 2 periods or k
 * units, a value missing or not finite, a unit with the wrong number of values, too
 * many ties to form k quantile classes.
 *
 * Reference: Quah, D. T. (1993), Empirical cross-section dynamics in economic growth,
 * European Economic Review 37, 426–434; Rey, S. J. (2001), Spatial analysis of
 * regional income inequality, Geographical Analysis 33, 23–45 (§3); pysal giddy
 * `markov.Markov`.
 *
 * @example
 * // giddy's doctest: states a, b, c coded 0, 1, 2 with cutoffs 0 and 1
 * const r = markovTransitions({ periods: [1, 2, 3], values: { u1: [1, 0, 2], u2: [2, 2, 0], u3: [2, 1, 2], u4: [0, 0, 1], u5: [0, 1, 2] } }, { cutoffs: [0, 1] });
 * r.probabilities[0]; // [0.25, 0.5, 0.25]
 * r.steadyState;      // ≈ [0.30769231, 0.28846154, 0.40384615]
 */
export function markovTransitions(series: PanelSeries, options: MarkovOptions = {}): MarkovResult {
  const read = markovTransitionsOptions.read(options);
  const spec = readClassSpec(FN, 'classes', read.classes, read.quantiles, read.cutoffs, { classes: 5, quantiles: 'by-period' });
  const panel = readPanel(FN, series, { minPeriods: 2, minUnits: spec.cutoffs ? 1 : spec.classes });
  const { n, T } = panel;
  const classified = classifyPanel(FN, panel.data, n, T, spec);
  const k = classified.k;
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const initial = new Array<number>(k).fill(0);
  const final = new Array<number>(k).fill(0);
  const classOfUnit: Record<string, number[]> = {};
  for (let i = 0; i < n; i++) {
    const row = Array.from(classified.ids.subarray(i * T, (i + 1) * T));
    classOfUnit[panel.nodes[i]] = row;
    initial[row[0]]++;
    final[row[T - 1]]++;
    for (let t = 0; t + 1 < T; t++) counts[row[t]][row[t + 1]]++;
  }
  const probabilities = rowProbabilities(counts);
  const steady = steadyState(probabilities);
  return {
    classes: k,
    cutoffs: classified.cutoffs,
    classOf: classOfUnit,
    counts,
    probabilities,
    steadyState: steady.distribution,
    steadyStates: steady.distributions,
    initial,
    final,
  };
}
