import { ascending, max, sum } from 'd3-array';
// Public signatures name graphs by graphology-types' AbstractGraph: graphology's
// default export is a namespace to an ESM consumer under NodeNext (TS2709).
import type { AbstractGraph } from 'graphology-types';
import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../../error/zonelink-error.js';
import { compactAdjacency, type CompactAdjacency } from '../../network/compact-adjacency.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { customOption, stringOption } from '../../options/option-spec.js';
import { onePlusNOptionSpecs } from './one-plus-n-option-specs.js';
import { chooseHub } from './choose-hub.js';
import { dominantFlowCentres } from './dominant-flow-centres.js';
import { forEachGroupNeighbour, groupLinks, groupScratch, withGroup, type GroupScratch } from './group-strengths.js';
import { spokeShareParts } from './spoke-share-parts.js';
import { starLikeness } from './star-likeness.js';
import { zScores } from '../../statistics/z-scores.js';

/** Classification of a candidate group: one hub leading its spokes ('1+N'), several hubs ('multi-core') or none ('mesh'); the rule is in {@link hubGroupMetrics}. */
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

const CAPITALS_TYPE = 'an array of node ids';

/** The declared options of {@link hubGroupMetrics} (checks, defaults and docs/options.md come from here). */
export const hubGroupMetricsOptions = defineOptions('hubGroupMetrics', {
  weight: edgeWeightOption('a strength'),
  hub: stringOption({ doc: 'Force the hub (a declared arrangement) instead of choosing the node of largest within-group strength.', defaultText: 'the node of largest within-group strength' }),
  capitals: customOption<readonly string[]>({
    type: CAPITALS_TYPE,
    doc: 'Provincial capitals (first tie-break of the hub choice).',
    defaultText: 'none',
    check: (value) => (Array.isArray(value) ? undefined : CAPITALS_TYPE),
  }),
  ...onePlusNOptionSpecs,
});

/** Options of {@link hubGroupMetrics}, declared in {@link hubGroupMetricsOptions} (see docs/options.md#hubgroupmetrics). */
export type HubGroupMetricsOptions = OptionsOf<typeof hubGroupMetricsOptions>;

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

/**
 * "1+N" metrics of a candidate group S of a simple weighted graph.
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
 *   Options: see docs/options.md#hubgroupmetrics.
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
  return hubGroupMetricsOf('hubGroupMetrics', graph, nodes, hubGroupMetricsOptions.read(options));
}

/** Every mass of the group's members is a finite number ≥ 0; every bad one reported at once. */
function checkMasses(caller: string, csr: CompactAdjacency, members: readonly number[], mass: Record<string, number>): void {
  const issues: ZonelinkIssue[] = [];
  for (const i of members) {
    const v = mass[csr.nodes[i]];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) issues.push({ code: 'invalid-mass', message: `${caller}: mass of node ${csr.nodes[i]} is ${String(v)}; expected a finite number ≥ 0`, id: csr.nodes[i], field: 'mass', value: v });
  }
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid masses`, issues);
}

/**
 * Linked spoke pairs / C(n_S − 1, 2), NaN with fewer than two spokes. Each spoke's
 * degree counts its link to the hub, if any, and every spoke–spoke link twice, so
 * the pairs are (Σ_spokes k_s − k_hub) / 2: no neighbour lists needed.
 */
function spokeSpokeDensity(degree: Int32Array, hubK: number): number {
  const n = degree.length;
  let spokeDegrees = 0;
  for (let k = 0; k < n; k++) if (k !== hubK) spokeDegrees += degree[k];
  const spokeLinks = (spokeDegrees - degree[hubK]) / 2;
  const spokePairs = ((n - 1) * (n - 2)) / 2;
  return spokePairs > 0 ? spokeLinks / spokePairs : NaN;
}

/**
 * The "1+N" class: "1+N" when HD, SSH and the spoke–spoke density pass their
 * thresholds (the density test is void with fewer than two spokes); otherwise
 * "multi-core" with two or more z-hubs or dominant-flow centres; otherwise "mesh".
 */
export function classifyGroup(
  metrics: Pick<HubGroupMetrics, 'hubDominance' | 'spokeShareToHub' | 'spokeSpokeDensity' | 'zHubs' | 'dominantFlowCentres' | 'spokes'>,
  thresholds: Required<OnePlusNThresholds>,
): OnePlusNClass {
  const onePlusN =
    metrics.hubDominance >= thresholds.hubDominance &&
    metrics.spokeShareToHub >= thresholds.spokeShare &&
    (metrics.spokes.length < 2 || metrics.spokeSpokeDensity <= thresholds.spokeDensity);
  return onePlusN ? '1+N' : metrics.zHubs.length >= 2 || metrics.dominantFlowCentres.length >= 2 ? 'multi-core' : 'mesh';
}

/** {@link hubGroupMetrics} with the caller's name in errors (internal): the graph's compact adjacency, checked members, then {@link groupMetricsOf}. */
export function hubGroupMetricsOf(caller: string, graph: AbstractGraph, nodes: readonly string[], options: HubGroupMetricsOptions = {}): HubGroupMetrics {
  const thresholds = resolveThresholds(caller, options.thresholds);
  const scope = options.strengthScope ?? 'graph';
  if (scope !== 'graph' && scope !== 'group') invalidArgument(caller, `strengthScope must be 'graph' or 'group', got ${String(scope)}`, { field: 'strengthScope' });
  const csr = compactAdjacency(graph, { weight: options.weight, caller });
  const members = checkGroupNodes(caller, csr, nodes);
  return groupMetricsOf(caller, csr, members, groupScratch(csr.nodes.length), { ...options, thresholds, strengthScope: scope });
}

/** What {@link groupMetricsOf} takes besides the group (internal). */
export interface GroupMetricsChoice {
  hub?: string;
  capitals?: readonly string[] | ReadonlySet<string>;
  mass?: Record<string, number>;
  thresholds: Required<OnePlusNThresholds>;
  strengthScope: 'graph' | 'group';
}

/**
 * The metrics of one group of `csr`, given as distinct node indices (internal; the
 * steps in order). Reads only the rows of the members, with `scratch` reused from
 * group to group: O(Σ degree of the members + n_S log n_S), so every group of a
 * partition together costs O(n + m) beside sorting.
 */
export function groupMetricsOf(caller: string, csr: CompactAdjacency, group: readonly number[], scratch: GroupScratch, options: GroupMetricsChoice): HubGroupMetrics {
  const { thresholds, strengthScope: scope } = options;
  const members = [...group].sort((a, b) => ascending(csr.nodes[a], csr.nodes[b]));
  const n = members.length;
  if (n < 2) invalidArgument(caller, `a group needs at least two nodes, got ${n}`, { field: 'group', value: members.map((i) => csr.nodes[i]) });
  if (options.mass !== undefined) checkMasses(caller, csr, members, options.mass);
  return withGroup(scratch, members, () => {
    const { within, degree } = groupLinks(csr, members, scratch);
    const capitals = options.capitals instanceof Set ? options.capitals : new Set(options.capitals ?? []);
    const hubK = chooseHub(caller, csr, members, within, { hub: options.hub, capitals, mass: options.mass });
    const hub = members[hubK];
    const intraGroupWeight = sum(within) / 2;
    const { toHub, spokeStrength } = spokeShareParts(csr, members, hub, scope, scratch.inGroup);
    // shared standard scores (divisor n); all-equal strengths have no z, reported as 0
    const scores = zScores(within);
    const ids = members.map((i) => csr.nodes[i]);
    const strengthZ: Record<string, number> = {};
    const withinGroupStrength: Record<string, number> = {};
    const internalDegree: Record<string, number> = {};
    ids.forEach((id, k) => {
      strengthZ[id] = Number.isNaN(scores[k]) ? 0 : scores[k];
      withinGroupStrength[id] = within[k];
      internalDegree[id] = degree[k];
    });
    const linkedToHub = new Uint8Array(n);
    forEachGroupNeighbour(csr, hub, scratch, (j) => (linkedToHub[scratch.position[j]] = 1));
    const spokes = ids.filter((_, k) => k !== hubK);
    const metrics = {
      nodes: ids,
      hub: csr.nodes[hub],
      spokes,
      hubDominance: max(degree)! / (n - 1),
      starLikeness: starLikeness(degree),
      spokeShareToHub: spokeStrength > 0 ? toHub / spokeStrength : NaN,
      hubShareOfIntraGroupWeight: intraGroupWeight > 0 ? within[hubK] / intraGroupWeight : NaN,
      spokeSpokeDensity: spokeSpokeDensity(degree, hubK),
      intraGroupWeight,
      withinGroupStrength,
      internalDegree,
      strengthZ,
      zHubs: ids.filter((id) => strengthZ[id] >= thresholds.hubZ),
      dominantFlowCentres: dominantFlowCentres(csr, members, scratch, options.mass),
      spokesNotLinkedToHub: ids.filter((_, k) => k !== hubK && !linkedToHub[k]),
    };
    return { ...metrics, classification: classifyGroup(metrics, thresholds) };
  });
}
