import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../error/zonelink-error.js';
import type { Linkage } from '../schema/linkage.js';
import { distanceMatrix, type DistanceSpec } from './distance-matrix.js';
import { applyThreshold, checkStartYear, modelLinkage, parseMode, type Candidate, type LinkageThreshold } from './model-linkages.js';
import { checkModelNodes, resolveMass, type MassSpec, type ModelNode } from './node-masses.js';
import { checkOptions } from '../error/argument-checks.js';

/** Options of {@link radiationFlows}. */
export interface RadiationOptions {
  /** Population m_i (any mass rule). Required. */
  population: MassSpec;
  /** Total outflow T_i of each node (commuters, trips …). Default: the population (T_i = m_i). */
  outflow?: MassSpec;
  /** Distance: `'great-circle'` (default), an n × n matrix in node order, or a function. D = 0 is allowed. */
  distance?: DistanceSpec;
  /** Apply the finite-size normalisation 1/(1 − m_i/M) so that each row sums to T_i. Default true. */
  finiteSize?: boolean;
  /** Which flows become linkages; default every flow > 0. */
  threshold?: LinkageThreshold;
  /** The linkage mode of the estimated links. Required. */
  mode: string;
  /** Stamped on every estimated linkage as `startYear`. */
  startYear?: number;
}

/** Result of {@link radiationFlows}. */
export interface RadiationResult {
  /** Directed linkages i → j weighted by T_ij (citation `model:radiation`). */
  linkages: Linkage[];
  /** T_ij for every ordered pair i ≠ j. */
  flows: Record<string, Record<string, number>>;
  /** T_i used. */
  outflow: Record<string, number>;
}

/**
 * Radiation model of flows (Simini, González, Maritan & Barabási 2012; docs/methods.md#gravity-and-radiation-models):
 *
 *   T_ij = T_i · m_i n_j / ((m_i + s_ij)(m_i + n_j + s_ij)) · 1/(1 − m_i/M),
 *
 * with m_i, n_j the populations of origin and destination, s_ij the population within
 * distance d_ij of i excluding i and j, and M the total population. The finite-size
 * factor 1/(1 − m_i/M) makes every row sum to T_i exactly (up to rounding): the
 * terms telescope over destinations ordered by distance.
 *
 * Ties: destinations at exactly the same distance from i are ordered by their position
 * in `nodes`, and s_ij counts those before j. Without ties this is the population
 * strictly inside the radius; with ties it keeps the row sums exact (the strictly-inside
 * reading would count neither and over-allocate). Co-located nodes (D = 0) are fine.
 * Without the finite-size factor rows sum to T_i (1 − m_i/M).
 *
 * Edge cases: an origin of population 0 sends nothing (its row is 0 even with T_i > 0);
 * all population in one node, or none at all, is an error with the normalisation.
 *
 * @throws ZonelinkError naming `radiationFlows` listing every NaN, missing or negative
 *   population or outflow, invalid distances, fewer than two nodes, an unknown mode.
 *
 * Reference: Simini, F., González, M. C., Maritan, A. & Barabási, A.-L. (2012), A
 * universal model for mobility and migration patterns, Nature 484, 96–100 (with the
 * finite-size correction of Masucci, Serras, Johansson & Batty 2013, Phys. Rev. E 88, 022812).
 *
 * @example
 * const { flows } = radiationFlows(cities, { population: { indicator: 'population', indicatorYear: 2020 }, mode: 'resource-factor' });
 */
export function radiationFlows(nodes: readonly ModelNode[], options: RadiationOptions): RadiationResult {
  checkOptions('radiationFlows', options);
  const caller = 'radiationFlows';
  if (options === null || typeof options !== 'object') invalidArgument(caller, 'options { population, mode } are required', { field: 'options' });
  const ids = checkModelNodes(caller, nodes);
  const mode = parseMode(caller, options.mode);
  const startYear = checkStartYear(caller, options.startYear);
  const n = ids.length;
  if (n < 2) invalidArgument(caller, `the radiation model needs at least two nodes, got ${n}`, { field: 'nodes' });
  const m = resolveMass(caller, 'population', nodes, options.population);
  const t = options.outflow === undefined ? m : resolveMass(caller, 'outflow', nodes, options.outflow);
  const finiteSize = options.finiteSize ?? true;
  const d = distanceMatrix(caller, nodes, options.distance, { zero: 'allow' });
  let total = 0;
  for (let i = 0; i < n; i++) total += m[i];
  if (finiteSize) {
    const issues: ZonelinkIssue[] = [];
    if (total === 0) issues.push({ code: 'zero-population', message: `${caller}: the total population is 0`, field: 'population' });
    else for (let i = 0; i < n; i++) if (m[i] === total) issues.push({ code: 'single-population', message: `${caller}: all population is at node ${ids[i]} (position ${i}); 1 − m_i/M = 0`, id: ids[i], index: i, field: 'population' });
    if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: the finite-size normalisation is undefined`, issues);
  }

  const flows: Record<string, Record<string, number>> = {};
  const outflow: Record<string, number> = {};
  const candidates: Candidate[] = [];
  const order = new Int32Array(n - 1);
  for (let i = 0; i < n; i++) {
    outflow[ids[i]] = t[i];
    const row: Record<string, number> = {};
    let p = 0;
    for (let j = 0; j < n; j++) if (j !== i) order[p++] = j;
    const sorted = Array.from(order).sort((a, b) => d[i * n + a] - d[i * n + b] || a - b);
    const scale = finiteSize ? 1 / (1 - m[i] / total) : 1;
    let s = 0;
    for (const j of sorted) {
      const value = m[i] > 0 ? (t[i] * m[i] * m[j]) / ((m[i] + s) * (m[i] + m[j] + s)) * scale : 0;
      row[ids[j]] = value;
      s += m[j];
    }
    flows[ids[i]] = {};
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      flows[ids[i]][ids[j]] = row[ids[j]];
      candidates.push({ i, j, value: row[ids[j]] });
    }
  }
  const kept = applyThreshold(caller, candidates, options.threshold, true);
  const linkages = kept.map((c) => modelLinkage('radiation', ids[c.i], ids[c.j], true, c.value, mode, startYear));
  return { linkages, flows, outflow };
}
