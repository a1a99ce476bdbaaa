import Graph from 'graphology';
// Public signatures name graphs by graphology-types' AbstractGraph: graphology's
// default export is a namespace to an ESM consumer under NodeNext (TS2709).
import type { AbstractGraph } from 'graphology-types';
import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../../error/zonelink-error.js';
import { compactAdjacency, type CompactAdjacency, type EdgeWeight } from '../../network/compact-adjacency.js';
import { freemanCentralization } from '../centrality/index.js';
import { dominantFlowRegions } from './dominant-flow.js';
import { zScores } from '../../statistics/z-scores.js';
import { checkOptions } from '../../error/argument-checks.js';

/** Classification of a candidate group (docs/methods.md#one-plus-n-arrangements). */
export type OnePlusNClass = '1+N' | 'multi-core' | 'mesh';

/** Thresholds of the "1+N" classification; every one is an option. */
export interface OnePlusNThresholds {
  /** Minimum hub dominance HD. Default 0.8. */
  hubDominance?: number;
  /** Minimum spoke share to hub SSH. Default 0.5. */
  spokeShare?: number;
  /** Maximum spoke–spoke density. Default 0.2. */
  spokeDensity?: number;
  /** A node is a hub of the group when the z-score of its within-group strength is ≥ this. Default 2.5. */
  hubZ?: number;
}

/** Options of {@link hubGroupMetrics}. */
export interface HubGroupMetricsOptions {
  /** Edge weight (strengths): attribute name, function or `null`; default `'weight'`. */
  weight?: EdgeWeight;
  /** Force the hub (a declared arrangement) instead of choosing the node of largest within-group strength. */
  hub?: string;
  /** Provincial capitals (first tie-break of the hub choice). */
  capitals?: readonly string[];
  /** A mass per node (GDP …): second tie-break of the hub choice, and the size of the dominant-flow test. */
  mass?: Record<string, number>;
  /**
   * Denominator of the spoke share to hub: `'graph'` (default) = each spoke's total
   * strength in the whole graph; `'group'` = its strength within the group.
   */
  strengthScope?: 'graph' | 'group';
  thresholds?: OnePlusNThresholds;
}

/** "1+N" metrics of one group: hub, hub dominance, star-likeness, spoke share to hub, densities and the class (result of {@link hubGroupMetrics}). */
export interface HubGroupMetrics {
  /** The group's nodes, sorted by id. */
  nodes: string[];
  hub: string;
  spokes: string[];
  /** HD = max internal degree / (n_S − 1). */
  hubDominance: number;
  /** Freeman degree centralization of the induced subgraph (binary, undirected). */
  starLikeness: number;
  /** SSH = Σ_s w_sh / Σ_s strength_s over spokes. */
  spokeShareToHub: number;
  /** The hub's within-group strength / total intra-group weight. */
  hubShareOfIntraGroupWeight: number;
  /** Linked spoke pairs / C(n_S − 1, 2) (NaN with fewer than two spokes). */
  spokeSpokeDensity: number;
  /** Total weight of the links among distinct group members (each link once). */
  intraGroupWeight: number;
  /** Strength of each member within the group. */
  withinGroupStrength: Record<string, number>;
  /** Number of other members each member is linked to. */
  internalDegree: Record<string, number>;
  /** z-score of within-group strength (population SD; σ = 0 → 0). */
  strengthZ: Record<string, number>;
  /** Members with z ≥ thresholds.hubZ. */
  zHubs: string[];
  /** Dominant centres of the group's induced subgraph that have at least one subordinate. */
  dominantFlowCentres: string[];
  /** Spokes with no link to the hub. */
  spokesNotLinkedToHub: string[];
  classification: OnePlusNClass;
}

/** Numerator and denominator of SSH for a fixed hub and group (internal: additive over layers). */
export interface SpokeShareParts {
  toHub: number;
  spokeStrength: number;
}

const DEFAULTS = { hubDominance: 0.8, spokeShare: 0.5, spokeDensity: 0.2, hubZ: 2.5 };

/** Resolved thresholds, validated. */
export function resolveThresholds(caller: string, t: OnePlusNThresholds | undefined): Required<OnePlusNThresholds> {
  const out = { ...DEFAULTS, ...(t ?? {}) };
  for (const key of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) {
    const v = out[key];
    if (typeof v !== 'number' || Number.isNaN(v)) invalidArgument(caller, `thresholds.${key} must be a number, got ${String(v)}`, { field: `thresholds.${key}`, value: v });
  }
  return out;
}

/** Checks a node list against the graph: every id known, no duplicates; reports all problems at once. */
export function checkGroupNodes(caller: string, csr: CompactAdjacency, nodes: readonly string[], label = 'group'): number[] {
  if (!Array.isArray(nodes)) invalidArgument(caller, `${label} must be an array of node ids`, { field: label });
  const issues: ZonelinkIssue[] = [];
  const seen = new Set<string>();
  const out: number[] = [];
  nodes.forEach((id, index) => {
    const i = csr.index.get(id);
    if (i === undefined) issues.push({ code: 'unknown-node', message: `${caller}: ${label} member ${String(id)} (position ${index}) is not a node of the graph`, id: String(id), index });
    else if (seen.has(id)) issues.push({ code: 'duplicate-node', message: `${caller}: ${label} lists node ${id} twice (position ${index})`, id, index });
    else {
      seen.add(id);
      out.push(i);
    }
  });
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid ${label}`, issues);
  return out;
}

/** Within-group strength of member i (links to other members, both directions; self-loops excluded). */
function withinStrength(csr: CompactAdjacency, i: number, inGroup: Uint8Array): number {
  let s = 0;
  for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) {
    const j = csr.outTargets[p];
    if (j !== i && inGroup[j]) s += csr.outWeights[p];
  }
  if (csr.directed) {
    for (let p = csr.inOffsets[i]; p < csr.inOffsets[i + 1]; p++) {
      const j = csr.inSources[p];
      if (j !== i && inGroup[j]) s += csr.inWeights[p];
    }
  }
  return s;
}

/** Total strength (both directions; self-loops excluded). */
function totalStrength(csr: CompactAdjacency, i: number): number {
  let s = 0;
  for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) if (csr.outTargets[p] !== i) s += csr.outWeights[p];
  if (csr.directed) for (let p = csr.inOffsets[i]; p < csr.inOffsets[i + 1]; p++) if (csr.inSources[p] !== i) s += csr.inWeights[p];
  return s;
}

/** Weight between i and j, both directions. */
function pairWeight(csr: CompactAdjacency, i: number, j: number): number {
  let w = 0;
  for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) if (csr.outTargets[p] === j) w += csr.outWeights[p];
  if (csr.directed) for (let p = csr.inOffsets[i]; p < csr.inOffsets[i + 1]; p++) if (csr.inSources[p] === j) w += csr.inWeights[p];
  return w;
}

function neighbourSet(csr: CompactAdjacency, i: number, inGroup: Uint8Array): Set<number> {
  const set = new Set<number>();
  for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) {
    const j = csr.outTargets[p];
    if (j !== i && inGroup[j] && csr.outWeights[p] > 0) set.add(j);
  }
  if (csr.directed) {
    for (let p = csr.inOffsets[i]; p < csr.inOffsets[i + 1]; p++) {
      const j = csr.inSources[p];
      if (j !== i && inGroup[j] && csr.inWeights[p] > 0) set.add(j);
    }
  }
  return set;
}

/**
 * Σ_s w_sh and Σ_s strength_s over the spokes of a group with a fixed hub
 * (internal; additive over linkage modes, which gives the per-mode breakdown).
 */
export function spokeShareParts(csr: CompactAdjacency, members: readonly number[], hub: number, scope: 'graph' | 'group'): SpokeShareParts {
  const inGroup = new Uint8Array(csr.nodes.length);
  for (const i of members) inGroup[i] = 1;
  let toHub = 0;
  let spokeStrength = 0;
  for (const s of members) {
    if (s === hub) continue;
    toHub += pairWeight(csr, s, hub);
    spokeStrength += scope === 'graph' ? totalStrength(csr, s) : withinStrength(csr, s, inGroup);
  }
  return { toHub, spokeStrength };
}

/**
 * "1+N" metrics of a candidate group S of a simple weighted graph (docs/methods.md#one-plus-n-arrangements).
 *
 * - hub h: the member of largest within-group strength; ties by provincial
 *   capital (`capitals`), then `mass`, then id; or the `hub` option;
 * - hub dominance HD = max_i k_i^S / (n_S − 1), k_i^S = number of other members linked to i;
 * - star-likeness = Freeman degree centralization of the induced subgraph (binary,
 *   direction ignored; denominator (n−1)(n−2), so a star is 1; NaN for n_S ≤ 2);
 * - spoke share to hub SSH = Σ_s w_sh / Σ_s strength_s over spokes s ≠ h, with the
 *   spokes' total strength in the graph (or within the group: `strengthScope`);
 * - hub share of intra-group weight = s_h^S / Σ_{i<j ∈ S} w_ij;
 * - spoke–spoke density = linked spoke pairs / C(n_S − 1, 2).
 *
 * Classification (thresholds are options): "1+N" when HD ≥ 0.8, SSH ≥ 0.5 and
 * spoke–spoke density ≤ 0.2 (or fewer than two spokes); otherwise "multi-core" when
 * two or more members have within-group-strength z ≥ 2.5 or the dominant-flow forest
 * of the induced subgraph has several centres with subordinates; otherwise "mesh".
 *
 * Weights are strengths; on a directed graph w_ij counts both directions. Self-loops
 * are ignored; an edge of weight 0 is no link (it counts for no degree). Ratios with a
 * zero denominator are NaN.
 *
 * @throws ZonelinkError naming `hubGroupMetrics` for fewer than two members, unknown or
 *   duplicate ids (all listed), an unknown `hub`, invalid weights or thresholds.
 *
 * Reference: Freeman (1979) for centralization; Nystuen & Dacey (1961) for dominant
 * flow; the "1+N" cooperation networks of provincial capital high-tech zones and
 * their branch parks (《国家高新区引领区域协同发展的构想》, docs/references.md).
 *
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('h', 'a', { weight: 3 }); g.mergeEdge('h', 'b', { weight: 2 }); g.mergeEdge('h', 'c', { weight: 1 });
 * hubGroupMetrics(g, ['h', 'a', 'b', 'c']).classification; // '1+N'
 */
export function hubGroupMetrics(graph: AbstractGraph, nodes: readonly string[], options: HubGroupMetricsOptions = {}): HubGroupMetrics {
  checkOptions('hubGroupMetrics', options);
  return hubGroupMetricsOf('hubGroupMetrics', graph, nodes, options);
}

/** {@link hubGroupMetrics} with the caller's name in errors (internal). */
export function hubGroupMetricsOf(caller: string, graph: AbstractGraph, nodes: readonly string[], options: HubGroupMetricsOptions = {}): HubGroupMetrics {
  const thresholds = resolveThresholds(caller, options.thresholds);
  const scope = options.strengthScope ?? 'graph';
  if (scope !== 'graph' && scope !== 'group') invalidArgument(caller, `strengthScope must be 'graph' or 'group', got ${String(scope)}`, { field: 'strengthScope' });
  const csr = compactAdjacency(graph, { weight: options.weight, caller });
  const members = checkGroupNodes(caller, csr, nodes);
  members.sort((a, b) => compareIds(csr.nodes[a], csr.nodes[b]));
  const n = members.length;
  if (n < 2) invalidArgument(caller, `a group needs at least two nodes, got ${n}`, { field: 'group', value: nodes });
  const capitals = new Set(options.capitals ?? []);
  const mass = options.mass;
  if (mass !== undefined) {
    const issues: ZonelinkIssue[] = [];
    for (const i of members) {
      const v = mass[csr.nodes[i]];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) issues.push({ code: 'invalid-mass', message: `${caller}: mass of node ${csr.nodes[i]} is ${String(v)}; expected a finite number ≥ 0`, id: csr.nodes[i], field: 'mass', value: v });
    }
    if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid masses`, issues);
  }
  const inGroup = new Uint8Array(csr.nodes.length);
  for (const i of members) inGroup[i] = 1;

  const within = new Float64Array(n);
  const degree = new Int32Array(n);
  const neighbours: Set<number>[] = [];
  for (let k = 0; k < n; k++) {
    within[k] = withinStrength(csr, members[k], inGroup);
    neighbours.push(neighbourSet(csr, members[k], inGroup));
    degree[k] = neighbours[k].size;
  }

  let hubK: number;
  if (options.hub !== undefined) {
    const h = csr.index.get(options.hub);
    hubK = h === undefined ? -1 : members.indexOf(h);
    if (hubK === -1) invalidArgument(caller, `hub ${String(options.hub)} is not a member of the group`, { code: 'unknown-hub', id: String(options.hub), field: 'hub' });
  } else {
    hubK = 0;
    for (let k = 1; k < n; k++) {
      const a = members[k];
      const b = members[hubK];
      if (within[k] !== within[hubK]) {
        if (within[k] > within[hubK]) hubK = k;
        continue;
      }
      const ca = capitals.has(csr.nodes[a]);
      const cb = capitals.has(csr.nodes[b]);
      if (ca !== cb) {
        if (ca) hubK = k;
        continue;
      }
      if (mass && mass[csr.nodes[a]] !== mass[csr.nodes[b]]) {
        if (mass[csr.nodes[a]] > mass[csr.nodes[b]]) hubK = k;
      }
      // equal: members are sorted by id, so the earlier (smaller id) stays
    }
  }
  const hub = members[hubK];

  let maxDegree = 0;
  for (let k = 0; k < n; k++) if (degree[k] > maxDegree) maxDegree = degree[k];
  const hubDominance = maxDegree / (n - 1);

  // induced binary undirected subgraph for the centralization
  const induced = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const i of members) induced.addNode(csr.nodes[i]);
  for (let k = 0; k < n; k++) for (const j of neighbours[k]) if (members[k] < j) induced.mergeEdge(csr.nodes[members[k]], csr.nodes[j]);
  const starLikeness = n <= 2 ? NaN : freemanCentralization(induced, 'degree');

  let intra = 0;
  for (let k = 0; k < n; k++) intra += within[k];
  intra /= 2;
  const { toHub, spokeStrength } = spokeShareParts(csr, members, hub, scope);
  const spokeShareToHub = spokeStrength > 0 ? toHub / spokeStrength : NaN;
  const hubShareOfIntraGroupWeight = intra > 0 ? within[hubK] / intra : NaN;

  let spokeLinks = 0;
  for (let k = 0; k < n; k++) {
    if (k === hubK) continue;
    for (const j of neighbours[k]) if (j !== hub && members[k] < j) spokeLinks++;
  }
  const spokePairs = ((n - 1) * (n - 2)) / 2;
  const spokeSpokeDensity = spokePairs > 0 ? spokeLinks / spokePairs : NaN;

  // shared standard scores (divisor n); all-equal strengths have no z, reported as 0
  const scores = zScores(within);
  const strengthZ: Record<string, number> = {};
  const withinGroupStrength: Record<string, number> = {};
  const internalDegree: Record<string, number> = {};
  const zHubs: string[] = [];
  for (let k = 0; k < n; k++) {
    const id = csr.nodes[members[k]];
    const z = Number.isNaN(scores[k]) ? 0 : scores[k];
    strengthZ[id] = z;
    withinGroupStrength[id] = within[k];
    internalDegree[id] = degree[k];
    if (z >= thresholds.hubZ) zHubs.push(id);
  }

  // dominant flow on the weighted induced subgraph
  const weighted = new Graph({ type: csr.directed ? 'directed' : 'undirected', multi: false, allowSelfLoops: false });
  for (const i of members) weighted.addNode(csr.nodes[i]);
  for (const i of members) {
    for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) {
      const j = csr.outTargets[p];
      if (j !== i && inGroup[j] && (csr.directed || i < j)) weighted.mergeEdge(csr.nodes[i], csr.nodes[j], { weight: csr.outWeights[p] });
    }
  }
  const flow = dominantFlowRegions(weighted, { weight: 'weight', size: mass ? Object.fromEntries(members.map((i) => [csr.nodes[i], mass[csr.nodes[i]]])) : 'inflow' });
  const dominantFlowCentres = flow.regions.filter((r) => r.members.length > 0).map((r) => r.centre);

  const spokes = members.filter((i) => i !== hub).map((i) => csr.nodes[i]);
  const spokesNotLinkedToHub = spokes.filter((s) => !neighbours[hubK].has(csr.index.get(s)!));

  const onePlusN =
    hubDominance >= thresholds.hubDominance &&
    spokeShareToHub >= thresholds.spokeShare &&
    (spokePairs === 0 || spokeSpokeDensity <= thresholds.spokeDensity);
  const classification: OnePlusNClass = onePlusN ? '1+N' : zHubs.length >= 2 || dominantFlowCentres.length >= 2 ? 'multi-core' : 'mesh';

  return {
    nodes: members.map((i) => csr.nodes[i]),
    hub: csr.nodes[hub],
    spokes,
    hubDominance,
    starLikeness,
    spokeShareToHub,
    hubShareOfIntraGroupWeight,
    spokeSpokeDensity,
    intraGroupWeight: intra,
    withinGroupStrength,
    internalDegree,
    strengthZ,
    zHubs,
    dominantFlowCentres,
    spokesNotLinkedToHub,
    classification,
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
