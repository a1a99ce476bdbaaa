import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import { compactAdjacency, type CompactAdjacency } from '../../network/compact-adjacency.js';
import { RESERVED_KEYS } from '../../error/reserved-keys.js';
import { checkGroupNodes, groupMetricsOf, resolveThresholds, type HubGroupMetrics, type OnePlusNThresholds } from './hub-group-metrics.js';
import { groupScratch, withGroup, type GroupScratch } from './group-strengths.js';
import { projectedAdjacencies } from './projected-adjacency.js';
import { spokeShareParts } from './spoke-share-parts.js';
import { projectContents, type NetworkContents } from '../../network/network-contents.js';

/** SSH of one linkage mode: its additive contribution to SSH and SSH within that layer alone. */
export interface ModeSpokeShare {
  /** Σ_s w^α_sh / Σ_s strength_s (all modes): the contributions sum to SSH. */
  contribution: number;
  /** Σ_s w^α_sh / Σ_s strength^α_s: SSH of the layer alone (NaN when the spokes have no linkage in it). */
  withinLayer: number;
}

/** Group metrics of a ZoneNetwork group, with the per-mode SSH breakdown. */
export interface NetworkGroupMetrics extends HubGroupMetrics {
  spokeShareByMode: Record<string, ModeSpokeShare>;
}

/**
 * A network read at one year and projected once, shared by the groups of one call
 * (internal): the projection and each mode's as compact adjacencies on one node
 * indexing, and scratch arrays reused from group to group, so that each group costs
 * the degrees of its members, not a pass over the network.
 */
export interface ProjectedNetwork {
  contents: NetworkContents;
  /** The projection of every linkage (weights summed). */
  csr: CompactAdjacency;
  /** Each mode's projection, by mode (sorted). */
  layers: Map<string, CompactAdjacency>;
  /** The projection as a graphology graph, built on first use (dominant-flow and community candidate groups). */
  graph: () => Graph;
  directed: boolean;
  capitals: ReadonlySet<string>;
  scratch: GroupScratch;
  /** True when a node id is an Object.prototype name, which compactAdjacency refuses. */
  reservedIds: boolean;
}

/** Projects the whole network and each mode layer (merge: sum), in one pass over the linkages. */
export function projectNetwork(caller: string, contents: NetworkContents, directed: boolean): ProjectedNetwork {
  const { total, layers, finite } = projectedAdjacencies(contents, directed);
  let graph: Graph | undefined;
  const graphOf = () => (graph ??= projectContents(caller, contents, { directed }));
  if (!finite) {
    // a merged weight past the largest double: project() names the linkages in its error
    graphOf();
    for (const mode of layers.keys()) projectContents(caller, contents, { directed, modes: [mode] });
  }
  return { contents, csr: total, layers, graph: graphOf, directed, capitals: capitalsOf(contents.records), scratch: groupScratch(contents.nodes.length), reservedIds: contents.nodes.some((id) => RESERVED_KEYS.has(id)) };
}

/** Nodes that are provincial capitals: cities flagged so, and zones whose host city is. */
function capitalsOf(records: Map<string, Attributes>): Set<string> {
  const out = new Set<string>();
  for (const [id, r] of records) {
    if (r.kind === 'city' && r.provincialCapital === true) out.add(id);
    else if (r.kind === 'zone' && Array.isArray(r.hostCities) && r.hostCities.some((c: unknown) => typeof c === 'string' && records.get(c)?.provincialCapital === true)) out.add(id);
  }
  return out;
}

export interface NetworkGroupOptions {
  hub?: string;
  mass?: Record<string, number>;
  thresholds?: OnePlusNThresholds;
  strengthScope?: 'graph' | 'group';
}

/** Node indices of a group's ids, checked (unknown or repeated ids); a network with ids the compact adjacency refuses is refused as it would. */
function memberIndices(caller: string, projected: ProjectedNetwork, nodes: readonly string[]): number[] {
  // compactAdjacency rejects Object.prototype names (graphology mishandles them): the same error, from the same call
  if (projected.reservedIds) compactAdjacency(projected.graph(), { caller });
  return checkGroupNodes(caller, projected.csr, nodes);
}

/** True when two distinct members are linked by a positive weight (a linkage of positive weight between them). */
export function hasInternalLink(projected: ProjectedNetwork, nodes: readonly string[]): boolean {
  const { csr, scratch } = projected;
  const members = nodes.map((id) => csr.index.get(id)!);
  return withGroup(scratch, members, () => {
    for (const i of members) {
      for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) {
        const j = csr.outTargets[p];
        if (j !== i && scratch.inGroup[j] && csr.outWeights[p] > 0) return true;
      }
    }
    return false;
  });
}

/**
 * hubGroupMetrics on the projection plus the per-mode SSH breakdown (internal):
 * O(Σ degree of the members) in the projection and the layers.
 */
export function networkGroupMetrics(caller: string, projected: ProjectedNetwork, nodes: readonly string[], options: NetworkGroupOptions): NetworkGroupMetrics {
  const thresholds = resolveThresholds(caller, options.thresholds);
  const scope = options.strengthScope ?? 'graph';
  const members = memberIndices(caller, projected, nodes);
  const { csr, scratch } = projected;
  const metrics = groupMetricsOf(caller, csr, members, scratch, { hub: options.hub, capitals: projected.capitals, mass: options.mass, thresholds, strengthScope: scope });
  const sorted = metrics.nodes.map((id) => csr.index.get(id)!);
  const hub = csr.index.get(metrics.hub)!;
  const spokeShareByMode: Record<string, ModeSpokeShare> = {};
  withGroup(scratch, sorted, () => {
    const total = spokeShareParts(csr, sorted, hub, scope, scratch.inGroup);
    for (const [mode, layer] of projected.layers) {
      const parts = spokeShareParts(layer, sorted, hub, scope, scratch.inGroup);
      spokeShareByMode[mode] = {
        contribution: total.spokeStrength > 0 ? parts.toHub / total.spokeStrength : NaN,
        withinLayer: parts.spokeStrength > 0 ? parts.toHub / parts.spokeStrength : NaN,
      };
    }
  });
  return { ...metrics, spokeShareByMode };
}
