import { resolutionOption } from '../community/community-option-specs.js';
import { ascending } from 'd3-array';
import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../../error/zonelink-error.js';
import { leiden } from '../community/index.js';
import { provinceOfRecord } from '../../schema/administrative-unit.js';
import { dominantFlowRegions } from './dominant-flow.js';
import { resolveThresholds, type OnePlusNThresholds } from './hub-group-metrics.js';
import { hasInternalLink, networkGroupMetrics, projectNetwork, type NetworkGroupMetrics, type ProjectedNetwork } from './network-group-metrics.js';
import { readNetwork, type NetworkLinkage, type ZoneNetworkLike } from '../../network/network-contents.js';
import { linkageReadOptionSpecs } from '../../network/linkage-read-option-specs.js';
import { seedOption } from '../../statistics/check-seed.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { customOption } from '../../options/option-spec.js';
import { onePlusNOptionSpecs, projectDirectedOption } from './one-plus-n-option-specs.js';

/** Where candidate groups come from. */
export type CandidateGroups = 'province' | 'declared' | 'dominant-flow' | 'community' | Record<string, string[]>;

/** Arrangements that declare a "1+N" group (a hub and its branch parks, co-built, enclave and special cooperation zones). */
export const DECLARED_ARRANGEMENTS: readonly string[] = ['branch-park', 'co-built-park', 'enclave', 'special-cooperation-zone'];

const GROUPS_TYPE = "'province', 'declared', 'dominant-flow', 'community' or an object { group id: node ids }";

/** The declared options of {@link findOnePlusN} (checks, defaults and docs/options.md come from here). */
export const findOnePlusNOptions = defineOptions('findOnePlusN', {
  groups: customOption<CandidateGroups>({
    type: GROUPS_TYPE,
    doc: "Candidate groups: provinces, the components of declared arrangements (branch parks, co-built parks, enclaves, special cooperation zones), Nystuen–Dacey dominant-flow regions, Leiden communities, or explicit groups.",
    default: 'province',
    check: (value) =>
      value === 'province' || value === 'declared' || value === 'dominant-flow' || value === 'community' || (typeof value === 'object' && value !== null && !Array.isArray(value))
        ? undefined
        : GROUPS_TYPE,
  }),
  ...linkageReadOptionSpecs,
  directed: projectDirectedOption,
  ...onePlusNOptionSpecs,
  seed: seedOption,
  resolution: resolutionOption,
});

/** Options of {@link findOnePlusN}, declared in {@link findOnePlusNOptions} (see docs/options.md#findoneplusn). */
export type FindOnePlusNOptions = OptionsOf<typeof findOnePlusNOptions>;

/** One analysed candidate group. */
export interface OnePlusNGroup extends NetworkGroupMetrics {
  /** Group id: province id, `declared:<node>`, `dominant-flow:<centre>`, `community:<k>` or the explicit key. */
  id: string;
}

/** A candidate group that could not be analysed, and why. */
export interface SkippedGroup {
  id: string;
  nodes: string[];
  reason: 'fewer-than-two-nodes' | 'no-internal-linkage';
}

/** Result of {@link findOnePlusN}. */
export interface FindOnePlusNResult {
  groups: OnePlusNGroup[];
  skipped: SkippedGroup[];
  thresholds: Required<OnePlusNThresholds>;
  year: number | null;
}

function sortIds(ids: Iterable<string>): string[] {
  return [...ids].sort(ascending);
}

function isDeclared(l: NetworkLinkage): boolean {
  return l.record.enclave === true || (typeof l.record.arrangement === 'string' && DECLARED_ARRANGEMENTS.includes(l.record.arrangement));
}

/** Connected components of the declared-arrangement linkages, each named by its node with most declared linkages. */
function declaredGroups(linkages: readonly NetworkLinkage[]): Map<string, string[]> {
  const parent = new Map<string, string>();
  const count = new Map<string, number>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let v = x;
    while (parent.get(v) !== r) {
      const next = parent.get(v)!;
      parent.set(v, r);
      v = next;
    }
    return r;
  };
  for (const l of linkages) {
    if (!isDeclared(l) || l.source === l.target) continue;
    for (const v of [l.source, l.target]) {
      if (!parent.has(v)) parent.set(v, v);
      count.set(v, (count.get(v) ?? 0) + 1);
    }
    const a = find(l.source);
    const b = find(l.target);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const components = new Map<string, string[]>();
  for (const v of sortIds(parent.keys())) {
    const r = find(v);
    if (!components.has(r)) components.set(r, []);
    components.get(r)!.push(v);
  }
  const out = new Map<string, string[]>();
  for (const members of components.values()) {
    let lead = members[0];
    for (const v of members) if (count.get(v)! > count.get(lead)!) lead = v;
    out.set(`declared:${lead}`, members);
  }
  return out;
}

function candidateGroups(caller: string, projected: ProjectedNetwork, options: ReturnType<typeof findOnePlusNOptions.read>): Map<string, string[]> {
  const spec = options.groups;
  const { contents } = projected;
  const groups = new Map<string, string[]>();
  if (spec === 'province') {
    const unknown: string[] = [];
    for (const id of contents.nodes) {
      const p = provinceOfRecord(contents.records.get(id)!);
      if (p === undefined) {
        unknown.push(id);
        continue;
      }
      if (!groups.has(p)) groups.set(p, []);
      groups.get(p)!.push(id);
    }
    if (unknown.length > 0) {
      const issues = unknown.map((id): ZonelinkIssue => ({ code: 'unknown-province', message: `${caller}: node ${id} has no province and no administrative code to derive one from`, id }));
      throw new ZonelinkError('invalid-argument', `${caller}: nodes without a province`, issues);
    }
  } else if (spec === 'declared') {
    for (const [k, v] of declaredGroups(contents.linkages)) groups.set(k, v);
  } else if (spec === 'dominant-flow') {
    const flow = dominantFlowRegions(projected.graph(), { weight: 'weight', size: options.mass ?? 'inflow' });
    for (const r of flow.regions) groups.set(`dominant-flow:${r.centre}`, [r.centre, ...r.members]);
  } else if (spec === 'community') {
    if (projected.csr.edgeCount === 0) return groups;
    const { partition } = leiden(projected.graph(), { seed: options.seed, resolution: options.resolution, weight: 'weight' });
    for (const id of sortIds(Object.keys(partition))) {
      const key = `community:${partition[id]}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(id);
    }
  } else if (typeof spec === 'object' && spec !== null && !Array.isArray(spec)) {
    const issues: ZonelinkIssue[] = [];
    const present = new Set(contents.nodes);
    for (const [key, members] of Object.entries(spec)) {
      if (!Array.isArray(members)) {
        issues.push({ code: 'invalid-group', message: `${caller}: group ${key} must be an array of node ids`, field: `groups.${key}` });
        continue;
      }
      members.forEach((id, index) => {
        if (!present.has(id)) issues.push({ code: 'unknown-node', message: `${caller}: group ${key} lists ${String(id)} (position ${index}), which is not a node of the network${options.year !== undefined ? ` in ${options.year}` : ''}`, id: String(id), index, field: `groups.${key}` });
      });
      groups.set(key, [...members]);
    }
    if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: unknown group members`, issues);
  } else {
    invalidArgument(caller, `groups must be 'province', 'declared', 'dominant-flow', 'community' or a record of node lists, got ${String(spec)}`, { field: 'groups', value: spec });
  }
  return groups;
}

/**
 * Finds and classifies "1+N" structures: for each candidate group, the hub, hub
 * dominance, star-likeness, spoke share to hub (SSH) with its per-mode breakdown,
 * the hub's share of intra-group weight, spoke–spoke density and the class
 * '1+N' | 'multi-core' | 'mesh' (see {@link hubGroupMetrics} for the formulas and the
 * rule).
 *
 * Candidate groups (`groups`): `'province'` (default; a node's province field or the
 * province of its administrative code), `'declared'` (connected components of the
 * linkages declared as branch park, co-built park, enclave or special cooperation zone,
 * or flagged enclave; named after the member with most such linkages),
 * `'dominant-flow'` (Nystuen–Dacey nodal regions of the projection), `'community'`
 * (Leiden with `seed`, default 0), or an explicit record of node lists.
 *
 * The network is projected once (weights summed over parallel linkages,
 * undirected unless `directed`), at `year` when given; each mode is projected alone
 * for the breakdown (contributions sum to SSH). Provincial capitals (cities flagged,
 * and zones hosted by one) win hub ties, then `mass`, then id. Groups with fewer than
 * two nodes or no internal linkage are listed in `skipped`.
 *
 * Cost: the projection and every mode's are built once, in one pass over the
 * linkages, and each group reads only its members' adjacency, so all the groups of a
 * partition (provinces, declared components, regions, communities) together take
 * O(n + m) time beside sorting each group's ids — a million linkages in a few seconds;
 * overlapping explicit groups cost the degrees of their members each.
 *
 * @throws ZonelinkError naming `findOnePlusN` for unknown group members (all listed),
 *   nodes without a province, invalid weights, thresholds or options.
 *   Options: see docs/options.md#findoneplusn.
 *
 * Reference: the "1+N" cooperation networks of 《国家高新区引领区域协同发展的构想》 (docs/references.md); Nystuen &
 * Dacey (1961); Freeman (1979); Guimerà & Amaral (2005) for the z ≥ 2.5 hub rule.
 *
 * @example
 * const { groups } = findOnePlusN(network, { groups: 'province', year: 2020 });
 * groups.filter((g) => g.classification === '1+N').map((g) => [g.id, g.hub]);
 */
export function findOnePlusN(network: ZoneNetworkLike, options: FindOnePlusNOptions = {}): FindOnePlusNResult {
  const read = findOnePlusNOptions.read(options);
  const caller = 'findOnePlusN';
  const contents = readNetwork(network, { caller, year: read.year, weight: read.weight });
  const projected = projectNetwork(caller, contents, read.directed);
  const groups = candidateGroups(caller, projected, read);
  const result: FindOnePlusNResult = { groups: [], skipped: [], thresholds: resolveThresholds(caller, read.thresholds), year: read.year ?? null };
  for (const [id, members] of groups) {
    const nodes = sortIds(new Set(members));
    if (nodes.length < 2) {
      result.skipped.push({ id, nodes, reason: 'fewer-than-two-nodes' });
      continue;
    }
    if (!hasInternalLink(projected, nodes)) {
      result.skipped.push({ id, nodes, reason: 'no-internal-linkage' });
      continue;
    }
    const metrics = networkGroupMetrics(caller, projected, nodes, { thresholds: read.thresholds, mass: read.mass, strengthScope: read.strengthScope });
    result.groups.push({ id, ...metrics });
  }
  return result;
}

/** The declared options of {@link evaluateArrangement} (checks, defaults and docs/options.md come from here). */
export const evaluateArrangementOptions = defineOptions('evaluateArrangement', {
  ...linkageReadOptionSpecs,
  directed: projectDirectedOption,
  ...onePlusNOptionSpecs,
});

/** Options of {@link evaluateArrangement}, declared in {@link evaluateArrangementOptions} (see docs/options.md#evaluatearrangement). */
export type EvaluateArrangementOptions = OptionsOf<typeof evaluateArrangementOptions>;

/** A declared arrangement measured against its own declaration. */
export interface ArrangementEvaluation extends NetworkGroupMetrics {
  /** The hub the arrangement declares (the metrics use it as hub). */
  declaredHub: string;
  /** The member of largest within-group strength (ties as in findOnePlusN). */
  observedHub: string;
  declaredHubIsObservedHub: boolean;
  /** Spokes with at least one linkage to the declared hub. */
  spokesLinkedToHub: string[];
}

/**
 * Evaluates a declared "1+N" arrangement — a provincial capital's high-tech zone
 * (the hub) and its branch parks (the spokes) — on the linkages of a network: the
 * group metrics with the declared hub forced (HD, star-likeness, SSH and its per-mode
 * breakdown, hub share, spoke–spoke density, class), the hub the linkages would pick,
 * and which spokes are and are not linked to the hub.
 *
 * @throws ZonelinkError naming `evaluateArrangement` for unknown ids (all listed), a hub
 *   listed among the spokes, or fewer than one spoke. Options: see docs/options.md#evaluatearrangement.
 *
 * Reference: the "1+N" form (one first-class park leading N parks) of 《国家高新区引领区域协同发展的构想》
 * (National high-tech zones leading coordinated regional development; author not named in the text).
 *
 * @example
 * evaluateArrangement(network, 'wuhan-htz', ['xiangyang-branch', 'yichang-branch']).spokesNotLinkedToHub;
 */
export function evaluateArrangement(network: ZoneNetworkLike, hubId: string, spokeIds: readonly string[], options: EvaluateArrangementOptions = {}): ArrangementEvaluation {
  const read = evaluateArrangementOptions.read(options);
  const caller = 'evaluateArrangement';
  const contents = readNetwork(network, { caller, year: read.year, weight: read.weight });
  if (!Array.isArray(spokeIds) || spokeIds.length === 0) invalidArgument(caller, 'spokeIds must be a non-empty array of node ids', { field: 'spokeIds' });
  const present = new Set(contents.nodes);
  const issues: ZonelinkIssue[] = [];
  if (!present.has(hubId)) issues.push({ code: 'unknown-node', message: `${caller}: hub ${String(hubId)} is not a node of the network`, id: String(hubId), field: 'hubId' });
  spokeIds.forEach((id, index) => {
    if (!present.has(id)) issues.push({ code: 'unknown-node', message: `${caller}: spoke ${String(id)} (position ${index}) is not a node of the network`, id: String(id), index, field: 'spokeIds' });
    else if (id === hubId) issues.push({ code: 'hub-among-spokes', message: `${caller}: the hub ${id} is also listed as a spoke (position ${index})`, id, index, field: 'spokeIds' });
  });
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid arrangement`, issues);
  const projected = projectNetwork(caller, contents, read.directed);
  const nodes = [hubId, ...spokeIds];
  const common = { thresholds: read.thresholds, strengthScope: read.strengthScope, mass: read.mass };
  const metrics = networkGroupMetrics(caller, projected, nodes, { ...common, hub: hubId });
  const observed = networkGroupMetrics(caller, projected, nodes, common);
  const notLinked = new Set(metrics.spokesNotLinkedToHub);
  return {
    ...metrics,
    declaredHub: hubId,
    observedHub: observed.hub,
    declaredHubIsObservedHub: observed.hub === hubId,
    spokesLinkedToHub: metrics.spokes.filter((s) => !notLinked.has(s)),
  };
}
