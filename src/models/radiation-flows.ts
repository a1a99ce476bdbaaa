import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../error/zonelink-error.js';
import type { Linkage } from '../schema/linkage.js';
import { distanceMatrix } from './distance-matrix.js';
import { applyThreshold, modelLinkage, parseMode, type Candidate } from './model-linkages.js';
import { checkModelNodes, resolveMass, type MassSpec, type ModelNode } from './node-masses.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { booleanOption } from '../options/option-spec.js';
import { massOption, modelDistanceOption, modelLinkageOptionSpecs } from './model-option-specs.js';

/** The declared options of {@link radiationFlows} (checks, defaults and docs/options.md come from here); `population` and `mode` are required. */
export const radiationFlowsOptions = defineOptions('radiationFlows', {
  population: massOption('Required. Population m_i (any mass rule).', 'none (required)'),
  outflow: massOption('Total outflow T_i of each node (commuters, trips …).', 'the population (T_i = m_i)'),
  distance: { ...modelDistanceOption, doc: `${modelDistanceOption.doc} D = 0 is allowed.` },
  finiteSize: booleanOption({ doc: 'Apply the finite-size normalisation 1/(1 − m_i/M) so that each row sums to T_i.', default: true }),
  ...modelLinkageOptionSpecs,
});

/** Options of {@link radiationFlows}, declared in {@link radiationFlowsOptions} (see docs/options.md#radiationflows): `population` and `mode` are required. */
export type RadiationOptions = OptionsOf<typeof radiationFlowsOptions> & { population: MassSpec; mode: string };

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
 * Radiation model of flows (Simini, González, Maritan & Barabási 2012):
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
 *   Options: see docs/options.md#radiationflows.
 *
 * Reference: Simini, F., González, M. C., Maritan, A. & Barabási, A.-L. (2012), A
 * universal model for mobility and migration patterns, Nature 484, 96–100 (with the
 * finite-size correction of Masucci, Serras, Johansson & Batty 2013, Phys. Rev. E 88, 022812).
 *
 * @example
 * const { flows } = radiationFlows(cities, { population: { indicator: 'population', indicatorYear: 2020 }, mode: 'resource-factor' });
 */
export function radiationFlows(nodes: readonly ModelNode[], options: RadiationOptions): RadiationResult {
  const caller = 'radiationFlows';
  if (options === undefined) invalidArgument(caller, 'options { population, mode } are required', { field: 'options' });
  const read = radiationFlowsOptions.read(options);
  const ids = checkModelNodes(caller, nodes);
  const mode = parseMode(caller, read.mode);
  const { startYear, finiteSize } = read;
  const n = ids.length;
  if (n < 2) invalidArgument(caller, `the radiation model needs at least two nodes, got ${n}`, { field: 'nodes' });
  const m = resolveMass(caller, 'population', nodes, read.population);
  const t = read.outflow === undefined ? m : resolveMass(caller, 'outflow', nodes, read.outflow);
  const d = distanceMatrix(caller, nodes, read.distance, { zero: 'allow' });
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
  const kept = applyThreshold(caller, candidates, read.threshold, true);
  const linkages = kept.map((c) => modelLinkage('radiation', ids[c.i], ids[c.j], true, c.value, mode, startYear));
  return { linkages, flows, outflow };
}
