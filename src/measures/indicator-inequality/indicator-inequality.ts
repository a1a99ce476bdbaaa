import type { AbstractGraph, Attributes } from 'graphology-types';
import { invalidArgument, ZonelinkError, type ZonelinkIssue } from '../../error/zonelink-error.js';
import { provinceOfRecord, regionOfRecord } from '../../schema/administrative-unit.js';
import { estebanRay } from '../polarization/esteban-ray.js';
import { wolfson } from '../polarization/wolfson.js';
import { zhangKanbur } from '../polarization/zhang-kanbur.js';
import { atkinson } from '../inequality/atkinson.js';
import { coefficientOfVariation } from '../inequality/coefficient-of-variation.js';
import { concentrationRatio } from '../inequality/concentration-ratio.js';
import { dagumGini, type DagumGiniResult } from '../inequality/dagum-gini.js';
import { theilL, theilT } from '../inequality/generalized-entropy.js';
import { gini } from '../inequality/gini.js';
import type { GroupLabel } from '../inequality/group-units.js';
import { hhi } from '../inequality/hhi.js';
import { lorenz, type LorenzCurve } from '../inequality/lorenz.js';
import { theilDecomposition, type TheilDecomposition } from '../inequality/theil-decomposition.js';
import { checkGraph, checkOptions } from '../../error/argument-checks.js';

/**
 * What to measure per node: an indicator name (read from `attributes.indicators[year][name]`),
 * a function `(id, attributes) → number`, a node-keyed record (a centrality result such as
 * `strength(graph)`), or an object with such a record under `values` (`pagerank(graph)`).
 */
export type NodeIndicator =
  | string
  | ((id: string, attributes: Attributes) => number | null | undefined)
  | Record<string, number>
  | { values: Record<string, number> };

/**
 * How to group nodes: `'region'` (macro-region: a city's `region`, else its province's;
 * a zone's via its province), `'province'` (the `province` field, else the province of
 * the administrative code: a city's id, a zone's first host city), `'category'` (zones),
 * any other node attribute name, a partition `Record<node, label>`, or a community
 * result `{ partition }` (`leiden(graph)`).
 */
export type NodeGrouping = string | Record<string, GroupLabel> | { partition: Record<string, GroupLabel> };

/** Options of {@link indicatorInequality}. */
export interface IndicatorInequalityOptions {
  /**
   * Indicator year (4 digits). Default: the latest year in which at least one candidate
   * node carries the indicator (or, for a function or record indicator, the weights
   * indicator); unused when neither is an indicator name.
   */
  year?: string | number;
  /** Grouping of the decompositions and polarization indices (default `'region'`). */
  groupBy?: NodeGrouping;
  /**
   * Which nodes are units: `'zones'`, `'cities'` or `'all'`. Default: for an indicator
   * name, the kind of node that carries it in the year (an error when both kinds do);
   * for a record, its keys; for a function, `'all'`. Given with a record, every node of
   * that kind is a unit and one absent from the record is missing.
   */
  nodes?: 'zones' | 'cities' | 'all';
  /** Indicator name of population (or frequency) weights, read for the same year (default none). */
  weights?: string;
  /**
   * `'error'` (default): a unit lacking the indicator, the weight or a group label is an
   * error listing every such node; `'skip'`: such units are dropped and listed in
   * `skipped`.
   */
  missing?: 'error' | 'skip';
}

/** Per-group summary of {@link indicatorInequality}. */
export interface IndicatorGroupStats {
  group: GroupLabel;
  /** Number of units. */
  n: number;
  /** (Weighted) mean of the group. */
  mean: number;
  /** (Weighted) Gini within the group (0 for one unit). */
  gini: number;
}

/** A unit dropped with `missing: 'skip'` and what it lacked. */
export interface SkippedNode {
  node: string;
  missing: ('indicator' | 'weight' | 'group')[];
}

/** Result of {@link indicatorInequality}: one plain object. */
export interface IndicatorInequalityResult {
  /** The indicator name, or null for a function or record. */
  indicator: string | null;
  /** The year read, or null when no indicator name needed one. */
  year: string | null;
  /** Which nodes were candidates: `'zones'`, `'cities'`, `'all'`, or `'record'` (a record's keys). */
  nodes: 'zones' | 'cities' | 'all' | 'record';
  /** `'region'`, `'province'`, an attribute name, or `'partition'`. */
  groupBy: string;
  /** Weights indicator name, or null. */
  weights: string | null;
  /** Number of units used. */
  n: number;
  /** The values used, by node (units in network order, or record order). */
  values: Record<string, number>;
  /** The weights used, by node, or null. */
  weightValues: Record<string, number> | null;
  /** Each unit's group label. */
  groupOf: Record<string, GroupLabel>;
  /** Units dropped (only with `missing: 'skip'`). */
  skipped: SkippedNode[];
  /** Gini coefficient (weighted with weights). */
  gini: number;
  /** Theil T = GE(1), zeros kept. */
  theilT: number;
  /** Theil L = GE(0); +Infinity when a value is 0 (docs/methods.md#inequality). */
  theilL: number;
  /** Coefficient of variation, population SD / mean: the same name as the function {@link coefficientOfVariation}. */
  coefficientOfVariation: number;
  /**
   * The same number as `coefficientOfVariation`.
   * @deprecated Use `coefficientOfVariation`: one name per quantity across the API.
   */
  cv: number;
  /** Atkinson index with ε = 0.5. */
  atkinson: number;
  /** Herfindahl–Hirschman index of value shares (unweighted). */
  hhi: number;
  /** Share of the 10 largest values (unweighted); null when n < 10. */
  cr10: number | null;
  /** Lorenz curve (weighted with weights). */
  lorenz: LorenzCurve;
  /** Shorrocks decomposition of Theil T over the groups. */
  theilTDecomposition: TheilDecomposition;
  /** Shorrocks decomposition of Theil L over the groups. */
  theilLDecomposition: TheilDecomposition;
  /** Dagum decomposition of the Gini over the groups. */
  dagum: DagumGiniResult;
  /** Esteban–Ray polarization over the groups (α = 1.5, K = 1/μ). */
  estebanRay: number;
  /** Wolfson bipolarization W (not W/2); null with weights (defined here unweighted). */
  wolfson: number | null;
  /** Zhang–Kanbur index between/within of Theil L over the groups (NaN for one group). */
  zhangKanbur: number;
  /** Per-group n, mean and Gini, groups in order of first appearance. */
  groups: IndicatorGroupStats[];
}

const FN = 'indicatorInequality';
const LIST = 50;

type Kind = 'zones' | 'cities' | 'all';

function kindOf(attributes: Attributes): 'zone' | 'city' | null {
  return attributes.kind === 'zone' ? 'zone' : attributes.kind === 'city' ? 'city' : null;
}

function matchesKind(attributes: Attributes, kind: Kind): boolean {
  if (kind === 'all') return true;
  return kindOf(attributes) === (kind === 'zones' ? 'zone' : 'city');
}

function indicatorOf(attributes: Attributes, year: string, name: string): unknown {
  const byYear = attributes.indicators as Record<string, Record<string, unknown> | undefined> | undefined;
  if (byYear == null || typeof byYear !== 'object') return undefined;
  const row = byYear[year];
  if (row == null || typeof row !== 'object') return undefined;
  return row[name];
}

/** Latest year (as a 4-digit string) in which some node accepted by `accept` carries `name`. */
function latestYear(network: AbstractGraph, name: string, accept: (id: string, a: Attributes) => boolean): string | null {
  let best: string | null = null;
  network.forEachNode((id, a) => {
    if (!accept(id, a)) return;
    const byYear = a.indicators as Record<string, Record<string, unknown> | undefined> | undefined;
    if (byYear == null || typeof byYear !== 'object') return;
    for (const year of Object.keys(byYear)) {
      const row = byYear[year];
      if (row != null && typeof row === 'object' && row[name] !== undefined && (best === null || year > best)) best = year;
    }
  });
  return best;
}

const isMissing = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'number' && Number.isNaN(v));

function isRecordObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function fail(message: string, issues: ZonelinkIssue[]): never {
  throw new ZonelinkError('invalid-argument', `${FN}: ${message}`, issues);
}

function listed(ids: string[]): string {
  return ids.slice(0, LIST).join(', ') + (ids.length > LIST ? ` … (${ids.length} in all)` : '');
}

/**
 * Inequality, concentration, decomposition and polarization of one node indicator
 * across the zones or cities of a ZoneNetwork (or any graphology graph whose node
 * attributes are zone or city records), in one plain object.
 *
 * The indicator is an indicator name read from `indicators[year][name]`, a function
 * `(id, attributes) → number`, or a node-keyed record — a centrality result, which is how
 * the inequality of node strength or of any centrality is measured. Units are grouped by
 * macro-region (default), province, zone category, any node attribute, or a partition
 * (communities).
 *
 * Computed (docs/methods.md#inequality and #polarization, each by the library's own index function): n; Gini;
 * Theil T and L; CV (population SD); Atkinson(ε = 0.5); HHI and CR10 of value shares
 * (unweighted; CR10 only when n ≥ 10); the Lorenz curve; the Shorrocks decompositions
 * of Theil T and Theil L (between, within, shares, per group); Dagum's Gini
 * decomposition; Esteban–Ray (α = 1.5, K = 1/μ) over the groups; Wolfson (W, not W/2;
 * unweighted only: null with weights); Zhang–Kanbur (α = 0); per-group n, mean, Gini.
 * With `weights` (an indicator name, e.g. population) every index that takes weights
 * uses them.
 *
 * Input policy (docs/methods.md#inequality): a non-finite or non-numeric value or weight, or a
 * negative value or weight → error naming every such node (the decomposable indices
 * need x ≥ 0), whatever `missing` says; a missing value, weight or group label → error
 * listing every such node, or with `missing: 'skip'` the node is dropped and listed in
 * `skipped`; no unit left → error. n = 1 or all values equal → every index 0; Σx = 0 →
 * NaN; zeros are kept, so Theil L (and the L decomposition's within part) is +Infinity
 * when a value is 0, and Zhang–Kanbur degenerates (0, or NaN when the between part is
 * infinite too). One group → between parts 0, Zhang–Kanbur NaN.
 *
 * References: Gini (1912); Theil (1967); Shorrocks (1980, 1984); Atkinson (1970);
 * Dagum (1997), Empirical Economics 22:515–531; Esteban & Ray (1994), Econometrica
 * 62:819–851; Wolfson (1994); Zhang & Kanbur (2001), Journal of Development Studies 38(1).
 *
 * @example
 * const byRegion = indicatorInequality(network, 'gdp', { year: 2020 });
 * byRegion.gini; byRegion.theilTDecomposition.betweenShare; byRegion.dagum.netBetween;
 * // inequality of weighted degree, grouped by Leiden communities
 * const s = indicatorInequality(network, strength(projected), { groupBy: leiden(projected, { seed: 1 }) });
 */
export function indicatorInequality(network: AbstractGraph, indicator: NodeIndicator, options: IndicatorInequalityOptions = {}): IndicatorInequalityResult {
  checkOptions('indicatorInequality', options);
  checkGraph(FN, network, 'network'); // duck-typed: graphology's ESM and CommonJS builds alike
  const missingPolicy = options.missing ?? 'error';
  if (missingPolicy !== 'error' && missingPolicy !== 'skip') {
    invalidArgument(FN, `missing must be 'error' or 'skip', got ${String(missingPolicy)}`, { field: 'missing', value: missingPolicy });
  }
  const nodesOption = options.nodes;
  if (nodesOption !== undefined && nodesOption !== 'zones' && nodesOption !== 'cities' && nodesOption !== 'all') {
    invalidArgument(FN, `nodes must be 'zones', 'cities' or 'all', got ${String(nodesOption)}`, { field: 'nodes', value: nodesOption });
  }
  const weightName = options.weights ?? null;
  if (weightName !== null && (typeof weightName !== 'string' || weightName === '')) {
    invalidArgument(FN, `weights must be an indicator name, got ${String(weightName)}`, { field: 'weights', value: weightName });
  }
  let year: string | null = null;
  if (options.year !== undefined) {
    const y = options.year;
    const ok = (typeof y === 'number' && Number.isInteger(y) && y >= 1000 && y <= 9999) || (typeof y === 'string' && /^\d{4}$/.test(y));
    if (!ok) invalidArgument(FN, `year must be a 4-digit year, got ${String(y)}`, { field: 'year', value: y });
    year = String(y);
  }

  // --- the indicator
  let indicatorName: string | null = null;
  let fnIndicator: ((id: string, a: Attributes) => unknown) | null = null;
  let record: Record<string, unknown> | null = null;
  if (typeof indicator === 'string') {
    if (indicator === '') invalidArgument(FN, 'indicator name is empty', { field: 'indicator' });
    indicatorName = indicator;
  } else if (typeof indicator === 'function') {
    fnIndicator = indicator as (id: string, a: Attributes) => unknown;
  } else if (isRecordObject(indicator)) {
    const inner = (indicator as { values?: unknown }).values;
    record = isRecordObject(inner) && 'converged' in indicator ? inner : (indicator as Record<string, unknown>);
  } else {
    invalidArgument(FN, 'indicator must be an indicator name, a function (id, attributes) → number, or a node-keyed record', { field: 'indicator' });
  }

  // --- the year
  const kindFilter = (k: Kind | undefined) => (_: string, a: Attributes) => k === undefined || matchesKind(a, k);
  const yearSource = indicatorName ?? weightName;
  if (yearSource !== null && year === null) {
    year = latestYear(network, yearSource, kindFilter(nodesOption));
    if (year === null) {
      invalidArgument(FN, `no ${nodesOption === undefined || nodesOption === 'all' ? 'node' : nodesOption.slice(0, -1)} carries indicator '${yearSource}' in any year`, { field: indicatorName !== null ? 'indicator' : 'weights', value: yearSource });
    }
  }

  // --- the candidate units
  let nodesUsed: IndicatorInequalityResult['nodes'];
  let candidates: string[];
  if (record !== null && nodesOption === undefined) {
    nodesUsed = 'record';
    candidates = Object.keys(record);
    const unknown = candidates.filter((id) => !network.hasNode(id));
    if (unknown.length > 0) {
      fail(
        `indicator record names node(s) not in the network: ${listed(unknown)}`,
        unknown.map((id) => ({ code: 'unknown-node', message: `${FN}: node ${id} is not in the network`, field: 'indicator', id })),
      );
    }
  } else {
    let kind: Kind;
    if (nodesOption !== undefined) kind = nodesOption;
    else if (indicatorName !== null) {
      let zones = false;
      let cities = false;
      network.forEachNode((_, a) => {
        if (indicatorOf(a, year as string, indicatorName as string) === undefined) return;
        const k = kindOf(a);
        if (k === 'zone') zones = true;
        else if (k === 'city') cities = true;
      });
      if (zones && cities) {
        invalidArgument(FN, `both zones and cities carry indicator '${indicatorName}' in ${year}: pass nodes: 'zones', 'cities' or 'all'`, { field: 'nodes' });
      }
      if (!zones && !cities) {
        invalidArgument(FN, `no zone or city carries indicator '${indicatorName}' in ${year}`, { field: 'indicator', value: indicatorName });
      }
      kind = zones ? 'zones' : 'cities';
    } else kind = 'all';
    nodesUsed = kind;
    candidates = [];
    network.forEachNode((id, a) => {
      if (matchesKind(a, kind)) candidates.push(id);
    });
  }

  // --- the grouping
  const groupBy = options.groupBy ?? 'region';
  let groupName: string;
  let labelOf: (id: string, a: Attributes) => unknown;
  if (typeof groupBy === 'string') {
    if (groupBy === '') invalidArgument(FN, 'groupBy is empty', { field: 'groupBy' });
    groupName = groupBy;
    if (groupBy === 'region') labelOf = (_, a) => regionOfRecord(a);
    else if (groupBy === 'province') labelOf = (_, a) => provinceOfRecord(a);
    else labelOf = (_, a) => a[groupBy];
  } else if (isRecordObject(groupBy)) {
    groupName = 'partition';
    const inner = (groupBy as { partition?: unknown }).partition;
    const partition = (isRecordObject(inner) && 'modularity' in groupBy ? inner : groupBy) as Record<string, unknown>;
    labelOf = (id) => (Object.prototype.hasOwnProperty.call(partition, id) ? partition[id] : undefined);
  } else {
    return invalidArgument(FN, 'groupBy must be an attribute name, a partition record or a community result', { field: 'groupBy' });
  }

  // --- gather, reporting every problem at once
  const invalid: ZonelinkIssue[] = [];
  const missingIssues: ZonelinkIssue[] = [];
  const skipped: SkippedNode[] = [];
  const ids: string[] = [];
  const xs: number[] = [];
  const ws: number[] = [];
  const labels: GroupLabel[] = [];
  for (const id of candidates) {
    const a = network.getNodeAttributes(id);
    const lacks: SkippedNode['missing'] = [];
    let bad = false;
    let v: unknown;
    if (indicatorName !== null) v = indicatorOf(a, year as string, indicatorName);
    else if (fnIndicator !== null) v = fnIndicator(id, a);
    else v = Object.prototype.hasOwnProperty.call(record, id) ? (record as Record<string, unknown>)[id] : undefined;
    const what = indicatorName !== null ? `indicator '${indicatorName}' (${year})` : 'indicator';
    if (isMissing(v)) lacks.push('indicator');
    else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      invalid.push({ code: 'invalid-value', message: `${FN}: node ${id}: ${what} is ${String(v)}, expected a finite number ≥ 0`, field: 'indicator', id, value: v });
      bad = true;
    }
    let w: unknown = 1;
    if (weightName !== null) {
      w = indicatorOf(a, year as string, weightName);
      if (isMissing(w)) lacks.push('weight');
      else if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
        invalid.push({ code: 'invalid-weight', message: `${FN}: node ${id}: weight '${weightName}' (${year}) is ${String(w)}, expected a finite number ≥ 0`, field: 'weights', id, value: w });
        bad = true;
      }
    }
    let g = labelOf(id, a);
    if (typeof g === 'boolean') g = String(g);
    if (isMissing(g)) lacks.push('group');
    else if (!(typeof g === 'string' || (typeof g === 'number' && Number.isFinite(g)))) {
      invalid.push({ code: 'invalid-group', message: `${FN}: node ${id}: group label (${groupName}) is ${String(g)}, expected a string or finite number`, field: 'groupBy', id, value: g });
      bad = true;
    }
    if (lacks.length > 0) {
      for (const m of lacks) {
        const text = m === 'indicator' ? `lacks ${what}` : m === 'weight' ? `lacks weight '${weightName}' (${year})` : `has no group label (${groupName})`;
        missingIssues.push({ code: `missing-${m}`, message: `${FN}: node ${id} ${text}`, field: m === 'group' ? 'groupBy' : m === 'weight' ? 'weights' : 'indicator', id });
      }
      skipped.push({ node: id, missing: lacks });
      continue;
    }
    if (bad) continue;
    ids.push(id);
    xs.push(v as number);
    ws.push(w as number);
    labels.push(g as GroupLabel);
  }
  if (invalid.length > 0) fail(`invalid value(s) at node(s) ${listed(invalid.map((i) => i.id as string))}`, invalid);
  if (missingIssues.length > 0 && missingPolicy === 'error') {
    const parts: string[] = [];
    for (const m of ['indicator', 'weight', 'group'] as const) {
      const nodes = skipped.filter((s) => s.missing.includes(m)).map((s) => s.node);
      if (nodes.length === 0) continue;
      const text = m === 'indicator' ? `lacking ${indicatorName !== null ? `indicator '${indicatorName}' for ${year}` : 'a value'}` : m === 'weight' ? `lacking weight '${weightName}' for ${year}` : `without a group label (${groupName})`;
      parts.push(`${nodes.length} node(s) ${text}: ${listed(nodes)}`);
    }
    fail(`${parts.join('; ')} (use missing: 'skip' to drop them)`, missingIssues);
  }
  if (ids.length === 0) {
    fail(`no unit left to measure${skipped.length > 0 ? ` (${skipped.length} skipped)` : ''}`, [{ code: 'empty-input', message: `${FN}: no unit left to measure`, field: 'indicator' }]);
  }
  const n = ids.length;
  if (weightName !== null && ws.every((w) => w === 0)) {
    fail(`every weight '${weightName}' is 0`, [{ code: 'invalid-weight', message: `${FN}: every weight is 0`, field: 'weights' }]);
  }

  // --- the indices
  const x = Float64Array.from(xs);
  const weights = weightName !== null ? Float64Array.from(ws) : null;
  const values: Record<string, number> = {};
  const weightValues: Record<string, number> | null = weights ? {} : null;
  const groupOf: Record<string, GroupLabel> = {};
  ids.forEach((id, i) => {
    values[id] = xs[i];
    if (weightValues) weightValues[id] = ws[i];
    groupOf[id] = labels[i];
  });
  const theilTDecomposition = theilDecomposition(x, labels, { index: 'T', weights });
  const theilLDecomposition = theilDecomposition(x, labels, { index: 'L', weights });

  const order: GroupLabel[] = [];
  const members = new Map<GroupLabel, number[]>();
  labels.forEach((g, i) => {
    let list = members.get(g);
    if (!list) {
      members.set(g, (list = []));
      order.push(g);
    }
    list.push(i);
  });
  const groups: IndicatorGroupStats[] = order.map((g) => {
    const idx = members.get(g) as number[];
    const gx = idx.map((i) => xs[i]);
    const gw = weights ? idx.map((i) => ws[i]) : null;
    let sw = 0;
    let sx = 0;
    idx.forEach((i, k) => {
      const wi = gw ? gw[k] : 1;
      sw += wi;
      sx += wi * xs[i];
    });
    const groupWeightZero = gw !== null && sw === 0;
    return {
      group: g,
      n: idx.length,
      mean: sw === 0 ? NaN : sx / sw,
      gini: groupWeightZero ? NaN : gini(gx, { weights: gw }),
    };
  });

  const cv = coefficientOfVariation(x, { weights });
  return {
    indicator: indicatorName,
    year: indicatorName !== null || weightName !== null ? year : null,
    nodes: nodesUsed,
    groupBy: groupName,
    weights: weightName,
    n,
    values,
    weightValues,
    groupOf,
    skipped,
    gini: gini(x, { weights }),
    theilT: theilT(x, { weights }),
    theilL: theilL(x, { weights }),
    coefficientOfVariation: cv,
    cv,
    atkinson: atkinson(x, 0.5, { weights }),
    hhi: hhi(x),
    cr10: n >= 10 ? concentrationRatio(x, 10) : null,
    lorenz: lorenz(x, { weights }),
    theilTDecomposition,
    theilLDecomposition,
    dagum: dagumGini(x, labels, { weights }),
    estebanRay: estebanRay(x, labels, { weights }),
    wolfson: weights ? null : wolfson(x),
    zhangKanbur: zhangKanbur(x, labels, { alpha: 0, weights }),
    groups,
  };
}
