/**
 * The straightforward "1+N" group metrics as they were before the linear-time
 * rewrite (zonelink 2026-12-03, src/measures/hubs): every group measured on its own
 * compact adjacency of the graphology projection, every mode projected through
 * graphology, the induced subgraph built as a graph for star-likeness (Freeman
 * degree centralization) and the Nystuen–Dacey dominant-flow centres, and each
 * spoke pair looked up. Kept here as the reference the fast path must match exactly.
 */
import Graph from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { ascending, max, sum } from 'd3-array';
import { compactAdjacency, type CompactAdjacency } from '../../../src/network/compact-adjacency.js';
import { projectContents, readNetwork, type NetworkContents } from '../../../src/network/network-contents.js';
import { chooseHub } from '../../../src/measures/hubs/choose-hub.js';
import { checkGroupNodes, classifyGroup, resolveThresholds, type HubGroupMetrics, type OnePlusNThresholds } from '../../../src/measures/hubs/hub-group-metrics.js';
import { dominantFlowRegions } from '../../../src/measures/hubs/dominant-flow.js';
import { freemanCentralization } from '../../../src/measures/centrality/index.js';
import { zScores } from '../../../src/statistics/z-scores.js';
import type { FindOnePlusNResult } from '../../../src/measures/hubs/one-plus-n.js';
import type { NetworkGroupMetrics, ModeSpokeShare } from '../../../src/measures/hubs/network-group-metrics.js';

function groupMask(csr: CompactAdjacency, members: readonly number[]): Uint8Array {
  const inGroup = new Uint8Array(csr.nodes.length);
  for (const i of members) inGroup[i] = 1;
  return inGroup;
}

function withinGroupStrengthOf(csr: CompactAdjacency, i: number, inGroup: Uint8Array): number {
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

function totalStrengthOf(csr: CompactAdjacency, i: number): number {
  let s = 0;
  for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) if (csr.outTargets[p] !== i) s += csr.outWeights[p];
  if (csr.directed) for (let p = csr.inOffsets[i]; p < csr.inOffsets[i + 1]; p++) if (csr.inSources[p] !== i) s += csr.inWeights[p];
  return s;
}

function pairWeightOf(csr: CompactAdjacency, i: number, j: number): number {
  let w = 0;
  for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) if (csr.outTargets[p] === j) w += csr.outWeights[p];
  if (csr.directed) for (let p = csr.inOffsets[i]; p < csr.inOffsets[i + 1]; p++) if (csr.inSources[p] === j) w += csr.inWeights[p];
  return w;
}

function groupNeighboursOf(csr: CompactAdjacency, i: number, inGroup: Uint8Array): Set<number> {
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

function spokeShareParts(csr: CompactAdjacency, members: readonly number[], hub: number, scope: 'graph' | 'group') {
  const inGroup = groupMask(csr, members);
  let toHub = 0;
  let spokeStrength = 0;
  for (const s of members) {
    if (s === hub) continue;
    toHub += pairWeightOf(csr, s, hub);
    spokeStrength += scope === 'graph' ? totalStrengthOf(csr, s) : withinGroupStrengthOf(csr, s, inGroup);
  }
  return { toHub, spokeStrength };
}

function starLikeness(csr: CompactAdjacency, members: readonly number[], neighbours: readonly Set<number>[]): number {
  const n = members.length;
  if (n <= 2) return NaN;
  const induced = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const i of members) induced.addNode(csr.nodes[i]);
  for (let k = 0; k < n; k++) for (const j of neighbours[k]) if (members[k] < j) induced.mergeEdge(csr.nodes[members[k]], csr.nodes[j]);
  return freemanCentralization(induced, 'degree');
}

function dominantFlowCentres(csr: CompactAdjacency, members: readonly number[], inGroup: Uint8Array, mass: Record<string, number> | undefined): string[] {
  const weighted = new Graph({ type: csr.directed ? 'directed' : 'undirected', multi: false, allowSelfLoops: false });
  for (const i of members) weighted.addNode(csr.nodes[i]);
  for (const i of members) {
    for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) {
      const j = csr.outTargets[p];
      if (j !== i && inGroup[j] && (csr.directed || i < j)) weighted.mergeEdge(csr.nodes[i], csr.nodes[j], { weight: csr.outWeights[p] });
    }
  }
  const size = mass ? Object.fromEntries(members.map((i) => [csr.nodes[i], mass[csr.nodes[i]]])) : 'inflow';
  const flow = dominantFlowRegions(weighted, { weight: 'weight', size });
  return flow.regions.filter((r) => r.members.length > 0).map((r) => r.centre);
}

function spokeSpokeDensity(members: readonly number[], neighbours: readonly Set<number>[], hubK: number): number {
  const n = members.length;
  let spokeLinks = 0;
  for (let k = 0; k < n; k++) {
    if (k === hubK) continue;
    for (const j of neighbours[k]) if (j !== members[hubK] && members[k] < j) spokeLinks++;
  }
  const spokePairs = ((n - 1) * (n - 2)) / 2;
  return spokePairs > 0 ? spokeLinks / spokePairs : NaN;
}

interface Options {
  hub?: string;
  capitals?: readonly string[];
  mass?: Record<string, number>;
  thresholds?: OnePlusNThresholds;
  strengthScope?: 'graph' | 'group';
}

/** The former hubGroupMetricsOf: a compact adjacency of the whole graph per group. */
export function referenceHubGroupMetrics(caller: string, graph: AbstractGraph, nodes: readonly string[], options: Options = {}): HubGroupMetrics {
  const thresholds = resolveThresholds(caller, options.thresholds);
  const scope = options.strengthScope ?? 'graph';
  const csr = compactAdjacency(graph, { weight: 'weight', caller });
  const members = checkGroupNodes(caller, csr, nodes);
  members.sort((a, b) => ascending(csr.nodes[a], csr.nodes[b]));
  const n = members.length;
  const inGroup = groupMask(csr, members);
  const within = new Float64Array(n);
  const degree = new Int32Array(n);
  const neighbours: Set<number>[] = [];
  for (let k = 0; k < n; k++) {
    within[k] = withinGroupStrengthOf(csr, members[k], inGroup);
    neighbours.push(groupNeighboursOf(csr, members[k], inGroup));
    degree[k] = neighbours[k].size;
  }
  const hubK = chooseHub(caller, csr, members, within, { hub: options.hub, capitals: new Set(options.capitals ?? []), mass: options.mass });
  const hub = members[hubK];
  const intraGroupWeight = sum(within) / 2;
  const { toHub, spokeStrength } = spokeShareParts(csr, members, hub, scope);
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
  const spokes = ids.filter((_, k) => k !== hubK);
  const metrics = {
    nodes: ids,
    hub: csr.nodes[hub],
    spokes,
    hubDominance: max(degree)! / (n - 1),
    starLikeness: starLikeness(csr, members, neighbours),
    spokeShareToHub: spokeStrength > 0 ? toHub / spokeStrength : NaN,
    hubShareOfIntraGroupWeight: intraGroupWeight > 0 ? within[hubK] / intraGroupWeight : NaN,
    spokeSpokeDensity: spokeSpokeDensity(members, neighbours, hubK),
    intraGroupWeight,
    withinGroupStrength,
    internalDegree,
    strengthZ,
    zHubs: ids.filter((id) => strengthZ[id] >= thresholds.hubZ),
    dominantFlowCentres: dominantFlowCentres(csr, members, inGroup, options.mass),
    spokesNotLinkedToHub: spokes.filter((s) => !neighbours[hubK].has(csr.index.get(s)!)),
  };
  return { ...metrics, classification: classifyGroup(metrics, thresholds) };
}

function capitalsOf(records: Map<string, Attributes>): string[] {
  const out: string[] = [];
  for (const [id, r] of records) {
    if (r.kind === 'city' && r.provincialCapital === true) out.push(id);
    else if (r.kind === 'zone' && Array.isArray(r.hostCities) && r.hostCities.some((c: unknown) => typeof c === 'string' && records.get(c)?.provincialCapital === true)) out.push(id);
  }
  return out;
}

/** The former networkGroupMetrics: the group on the graphology projection, then each mode's graphology projection. */
function referenceNetworkGroupMetrics(caller: string, contents: NetworkContents, directed: boolean, nodes: readonly string[], options: Options): NetworkGroupMetrics {
  const graph = projectContents(caller, contents, { directed });
  const modes = [...new Set(contents.linkages.map((l) => l.mode))].sort();
  const scope = options.strengthScope ?? 'graph';
  const metrics = referenceHubGroupMetrics(caller, graph, nodes, { ...options, capitals: capitalsOf(contents.records), strengthScope: scope });
  const totalCsr = compactAdjacency(graph, { caller });
  const total = spokeShareParts(totalCsr, metrics.nodes.map((id) => totalCsr.index.get(id)!), totalCsr.index.get(metrics.hub)!, scope);
  const spokeShareByMode: Record<string, ModeSpokeShare> = {};
  for (const mode of modes) {
    const csr = compactAdjacency(projectContents(caller, contents, { directed, modes: [mode] }), { caller });
    const parts = spokeShareParts(csr, metrics.nodes.map((id) => csr.index.get(id)!), csr.index.get(metrics.hub)!, scope);
    spokeShareByMode[mode] = {
      contribution: total.spokeStrength > 0 ? parts.toHub / total.spokeStrength : NaN,
      withinLayer: parts.spokeStrength > 0 ? parts.toHub / parts.spokeStrength : NaN,
    };
  }
  return { ...metrics, spokeShareByMode };
}

/** The former findOnePlusN on explicit groups (every linkage scanned per group for an internal link). */
export function referenceFindOnePlusN(
  network: AbstractGraph,
  groups: Record<string, string[]>,
  options: { directed?: boolean; strengthScope?: 'graph' | 'group'; mass?: Record<string, number>; year?: number; thresholds?: OnePlusNThresholds } = {},
): FindOnePlusNResult {
  const caller = 'findOnePlusN';
  const contents = readNetwork(network, { caller, year: options.year, weight: 'weight' });
  const result: FindOnePlusNResult = { groups: [], skipped: [], thresholds: resolveThresholds(caller, options.thresholds), year: options.year ?? null };
  for (const [id, members] of Object.entries(groups)) {
    const nodes = [...new Set(members)].sort(ascending);
    if (nodes.length < 2) {
      result.skipped.push({ id, nodes, reason: 'fewer-than-two-nodes' });
      continue;
    }
    const set = new Set(nodes);
    if (!contents.linkages.some((l) => l.source !== l.target && l.weight > 0 && set.has(l.source) && set.has(l.target))) {
      result.skipped.push({ id, nodes, reason: 'no-internal-linkage' });
      continue;
    }
    const metrics = referenceNetworkGroupMetrics(caller, contents, options.directed ?? false, nodes, { thresholds: options.thresholds, mass: options.mass, strengthScope: options.strengthScope });
    result.groups.push({ id, ...metrics });
  }
  return result;
}
