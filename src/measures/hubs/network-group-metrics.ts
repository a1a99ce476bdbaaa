import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import { compactAdjacency } from '../../network/compact-adjacency.js';
import { hubGroupMetricsOf, type HubGroupMetrics, type OnePlusNThresholds } from './hub-group-metrics.js';
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

/** A network read at one year and projected once, shared by the groups of one call (internal). */
export interface ProjectedNetwork {
  contents: NetworkContents;
  graph: Graph;
  layers: Map<string, Graph>;
  directed: boolean;
  capitals: string[];
}

/** Projects the whole network and each mode layer (merge: sum). */
export function projectNetwork(caller: string, contents: NetworkContents, directed: boolean): ProjectedNetwork {
  const graph = projectContents(caller, contents, { directed });
  const modes = [...new Set(contents.linkages.map((l) => l.mode))].sort();
  const layers = new Map<string, Graph>();
  for (const mode of modes) layers.set(mode, projectContents(caller, contents, { directed, modes: [mode] }));
  return { contents, graph, layers, directed, capitals: capitalsOf(contents.records) };
}

/** Nodes that are provincial capitals: cities flagged so, and zones whose host city is. */
function capitalsOf(records: Map<string, Attributes>): string[] {
  const out: string[] = [];
  for (const [id, r] of records) {
    if (r.kind === 'city' && r.provincialCapital === true) out.push(id);
    else if (r.kind === 'zone' && Array.isArray(r.hostCities) && r.hostCities.some((c: unknown) => typeof c === 'string' && records.get(c)?.provincialCapital === true)) out.push(id);
  }
  return out;
}

export interface NetworkGroupOptions {
  hub?: string;
  mass?: Record<string, number>;
  thresholds?: OnePlusNThresholds;
  strengthScope?: 'graph' | 'group';
}

/** hubGroupMetrics on the projection plus the per-mode SSH breakdown (internal). */
export function networkGroupMetrics(caller: string, projected: ProjectedNetwork, nodes: readonly string[], options: NetworkGroupOptions): NetworkGroupMetrics {
  const scope = options.strengthScope ?? 'graph';
  const metrics = hubGroupMetricsOf(caller, projected.graph, nodes, {
    weight: 'weight',
    hub: options.hub,
    capitals: projected.capitals,
    mass: options.mass,
    strengthScope: scope,
    thresholds: options.thresholds,
  });
  const totalCsr = compactAdjacency(projected.graph, { caller });
  const total = spokeShareParts(totalCsr, metrics.nodes.map((id) => totalCsr.index.get(id)!), totalCsr.index.get(metrics.hub)!, scope);
  const spokeShareByMode: Record<string, ModeSpokeShare> = {};
  for (const [mode, layer] of projected.layers) {
    const csr = compactAdjacency(layer, { caller });
    const parts = spokeShareParts(csr, metrics.nodes.map((id) => csr.index.get(id)!), csr.index.get(metrics.hub)!, scope);
    spokeShareByMode[mode] = {
      contribution: total.spokeStrength > 0 ? parts.toHub / total.spokeStrength : NaN,
      withinLayer: parts.spokeStrength > 0 ? parts.toHub / parts.spokeStrength : NaN,
    };
  }
  return { ...metrics, spokeShareByMode };
}
