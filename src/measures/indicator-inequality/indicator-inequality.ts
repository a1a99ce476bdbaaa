import type { AbstractGraph } from 'graphology-types';
import { checkGraph } from '../../error/argument-checks.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { choiceOption, customOption, stringOption } from '../../options/option-spec.js';
import type { GroupLabel } from '../inequality/group-units.js';
import { candidateUnits } from './candidate-units.js';
import { distributionIndices, type DistributionIndices } from './distribution-indices.js';
import { gatherUnits, type SkippedNode } from './gather-units.js';
import { groupSummaries, type IndicatorGroupStats } from './group-summaries.js';
import { isFourDigitYear, resolveIndicatorYear } from './indicator-year.js';
import { indicatorSource, type NodeIndicator } from './node-indicator.js';
import { groupLabeler, type NodeGrouping } from './node-grouping.js';
import type { UnitKind } from './node-kind.js';

const YEAR_TYPE = 'a 4-digit year (number or string)';
const GROUPING_TYPE = 'an attribute name, a partition record or a community result';

/** The declared options of {@link indicatorInequality} (checks, defaults and docs/options.md come from here). */
export const indicatorInequalityOptions = defineOptions('indicatorInequality', {
  indicatorYear: customOption<string | number>({
    type: YEAR_TYPE,
    doc: 'The year of the indicator values read (`indicators[indicatorYear][name]`) — not a snapshot year: the network is measured as given (pass `snapshot(network, year)` for the network as it stood in a year). Unused when neither the indicator nor the weight indicator is an indicator name.',
    defaultText: 'the latest year in which at least one candidate node carries the indicator (or, for a function or record indicator, the weight indicator)',
    check: (value) => (isFourDigitYear(value) ? undefined : YEAR_TYPE),
  }),
  groupBy: customOption<NodeGrouping>({
    type: GROUPING_TYPE,
    doc: "Grouping of the decompositions and polarization indices: `'region'` (macro-region), `'province'`, `'category'` (zones), any other node attribute name, a partition `{ node: label }`, or a community result `{ partition }`.",
    default: 'region',
    check: (value) => ((typeof value === 'string' && value.length > 0) || (typeof value === 'object' && value !== null && !Array.isArray(value)) ? undefined : GROUPING_TYPE),
  }),
  nodes: choiceOption(['zones', 'cities', 'all'] as const, {
    doc: "Which nodes are units. Given with a record, every node of that kind is a unit and one absent from the record is missing.",
    defaultText: "for an indicator name, the kind of node that carries it in the year (an error when both kinds do); for a record, its keys; for a function, `'all'`",
  }),
  weightIndicator: stringOption({
    doc: 'Indicator name of population (or frequency) weights, read for the same indicator year; every index that takes weights uses them.',
    defaultText: 'none (unweighted)',
  }),
  missing: choiceOption(['error', 'skip'] as const, {
    doc: "`'error'`: a unit lacking the indicator, the weight or a group label is an error listing every such node; `'skip'`: such units are dropped and listed in `skipped`.",
    default: 'error',
  }),
});

/** Options of {@link indicatorInequality}, declared in {@link indicatorInequalityOptions} (see docs/options.md#indicatorinequality). */
export type IndicatorInequalityOptions = OptionsOf<typeof indicatorInequalityOptions>;

/** Result of {@link indicatorInequality}: one plain object. */
export interface IndicatorInequalityResult extends DistributionIndices {
  /** The indicator name, or null for a function or record. */
  indicator: string | null;
  /** The indicator year read, or null when no indicator name needed one. */
  indicatorYear: string | null;
  /** Which nodes were candidates: `'zones'`, `'cities'`, `'all'`, or `'record'` (a record's keys). */
  nodes: UnitKind | 'record';
  /** `'region'`, `'province'`, an attribute name, or `'partition'`. */
  groupBy: string;
  /** The weight indicator's name, or null. */
  weightIndicator: string | null;
  /** Number of units used. */
  n: number;
  /** The values used, by node (units in network order, or record order). */
  values: Record<string, number>;
  /** The weights used, by node (aligned with `values`), or null without a weight indicator. */
  weights: Record<string, number> | null;
  /** Each unit's group label. */
  groupOf: Record<string, GroupLabel>;
  /** Units dropped (only with `missing: 'skip'`). */
  skipped: SkippedNode[];
  /** Per-group n, mean and Gini, groups in order of first appearance. */
  groups: IndicatorGroupStats[];
}

const FN = 'indicatorInequality';

/**
 * Inequality, concentration, decomposition and polarization of one node indicator
 * across the zones or cities of a ZoneNetwork (or any graphology graph whose node
 * attributes are zone or city records), in one plain object.
 *
 * The indicator is an indicator name read from `indicators[indicatorYear][name]`, a function
 * `(id, attributes) → number`, or a node-keyed record — a centrality result, which is how
 * the inequality of node strength or of any centrality is measured. Units are grouped by
 * macro-region (default), province, zone category, any node attribute, or a partition
 * (communities). The steps: the candidate units (`candidateUnits`), their values,
 * weights and labels read with every problem reported at once (`gatherUnits`),
 * the indices (`distributionIndices`) and the per-group summaries
 * (`groupSummaries`).
 *
 * Computed (each by the library's own index function; papers under References): n; Gini;
 * Theil T and L; CV (population SD); Atkinson(ε = 0.5); HHI and CR10 of value shares
 * (unweighted; CR10 only when n ≥ 10); the Lorenz curve; the Shorrocks decompositions
 * of Theil T and Theil L (between, within, shares, per group); Dagum's Gini
 * decomposition; Esteban–Ray (α = 1.5, K = 1/μ) over the groups; Wolfson (W, not W/2;
 * unweighted only: null with weights); Zhang–Kanbur (α = 0); per-group n, mean, Gini.
 * With `weightIndicator` (an indicator name, e.g. population) every index that takes
 * weights uses them.
 *
 * Input policy (as every inequality index of the library): a non-finite or non-numeric value or weight, or a
 * negative value or weight → error naming every such node (the decomposable indices
 * need x ≥ 0), whatever `missing` says; a missing value, weight or group label → error
 * listing every such node, or with `missing: 'skip'` the node is dropped and listed in
 * `skipped`; no unit left → error. n = 1 or all values equal → every index 0; Σx = 0 →
 * NaN; zeros are kept, so Theil L (and the L decomposition's within part) is +Infinity
 * when a value is 0, and Zhang–Kanbur degenerates (0, or NaN when the between part is
 * infinite too). One group → between parts 0, Zhang–Kanbur NaN.
 * An unknown option is an error rather than ignored: a misspelt or renamed option
 * would otherwise silently measure something else (another year, unweighted).
 * Options: see docs/options.md#indicatorinequality.
 *
 * References: Gini (1912); Theil (1967); Shorrocks (1980, 1984); Atkinson (1970);
 * Dagum (1997), Empirical Economics 22:515–531; Esteban & Ray (1994), Econometrica
 * 62:819–851; Wolfson (1994); Zhang & Kanbur (2001), Journal of Development Studies 38(1).
 *
 * @example
 * const byRegion = indicatorInequality(network, 'gdp', { indicatorYear: 2020 });
 * byRegion.gini; byRegion.theilTDecomposition.betweenShare; byRegion.dagum.netBetween;
 * // inequality of weighted degree, grouped by Leiden communities
 * const s = indicatorInequality(network, strength(projected), { groupBy: leiden(projected, { seed: 1 }) });
 */
export function indicatorInequality(network: AbstractGraph, indicator: NodeIndicator, options: IndicatorInequalityOptions = {}): IndicatorInequalityResult {
  const read = indicatorInequalityOptions.read(options);
  checkGraph(FN, network, 'network'); // duck-typed: graphology's ESM and CommonJS builds alike
  const { missing, nodes } = read;
  const weightIndicator = read.weightIndicator ?? null;
  const givenYear = read.indicatorYear === undefined ? null : String(read.indicatorYear);
  const source = indicatorSource(FN, indicator);
  const yearSource = source.name !== null ? { name: source.name, field: 'indicator' as const } : weightIndicator !== null ? { name: weightIndicator, field: 'weightIndicator' as const } : null;
  const indicatorYear = resolveIndicatorYear(FN, network, givenYear, yearSource, nodes);
  const candidates = candidateUnits(FN, network, source, nodes, indicatorYear);
  const grouping = groupLabeler(FN, read.groupBy);
  const units = gatherUnits(FN, network, candidates.ids, { indicator: source, weightIndicator, indicatorYear, grouping, missing });

  const weighted = weightIndicator !== null;
  const values: Record<string, number> = {};
  const weights: Record<string, number> | null = weighted ? {} : null;
  const groupOf: Record<string, GroupLabel> = {};
  units.ids.forEach((id, i) => {
    values[id] = units.values[i];
    if (weights) weights[id] = units.weights[i];
    groupOf[id] = units.labels[i];
  });
  return {
    indicator: source.name,
    indicatorYear: yearSource !== null ? indicatorYear : null,
    nodes: candidates.nodes,
    groupBy: grouping.name,
    weightIndicator,
    n: units.ids.length,
    values,
    weights,
    groupOf,
    skipped: units.skipped,
    ...distributionIndices(Float64Array.from(units.values), units.labels, weighted ? Float64Array.from(units.weights) : null),
    groups: groupSummaries(units.values, weighted ? units.weights : null, units.labels),
  };
}
