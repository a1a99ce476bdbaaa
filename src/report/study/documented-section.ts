import Graph from 'graphology';
import { ZonelinkError } from '../../error/zonelink-error.js';
import { leiden } from '../../measures/community/leiden.js';
import { adjustedRandIndex, nmi } from '../../measures/community/partition-comparison.js';
import { findOnePlusN } from '../../measures/hubs/one-plus-n.js';
import { buildNetwork } from '../../network/zone-network.js';
import { provinceOfRecord } from '../../schema/administrative-unit.js';
import type { Dataset } from '../../schema/dataset.js';
import { blockTable } from './block-table.js';
import { documentedGraph, nodeName } from './documented-graph.js';
import type { DocumentedSection, Missing, StudyOnePlusN } from './study-schema.js';
import type { ResolvedStudyOptions } from './study-options.js';
import { topCentrality } from './top-centrality.js';
import { wholeNetworkTable } from './whole-network-table.js';

/** The undirected, weighted copy of a directed graph (weights of both arcs summed), for Leiden. */
function undirectedCopy(graph: Graph): Graph {
  const out = new Graph({ type: 'undirected' });
  graph.forEachNode((id) => out.addNode(id));
  graph.forEachEdge((_e, a, s, t) => {
    const w = typeof a.weight === 'number' ? a.weight : 1;
    if (out.hasEdge(s, t)) out.updateEdgeAttribute(s, t, 'weight', (v) => (v as number) + w);
    else out.addEdge(s, t, { weight: w });
  });
  return out;
}

/** Leiden communities of the documented network against the nodes' provinces (NMI, ARI). */
export function documentedCommunities(graph: Graph, seed: number): DocumentedSection['communities'] {
  if (graph.size === 0) return { missing: 'no linkage: communities are undefined' };
  const result = leiden(undirectedCopy(graph), { seed });
  const provinces: Record<string, string> = {};
  const communities: Record<string, number> = {};
  graph.forEachNode((id, attributes) => {
    const p = provinceOfRecord(attributes);
    if (p !== undefined) {
      provinces[id] = p;
      communities[id] = result.partition[id];
    }
  });
  const located = Object.keys(provinces).length;
  const sizes = new Map<number, string[]>();
  for (const [id, c] of Object.entries(result.partition)) sizes.set(c, [...(sizes.get(c) ?? []), id]);
  const largest = [...sizes.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .slice(0, 5)
    .map(([community, members]) => ({ community, size: members.length, members: members.map((id) => nodeName(graph, id)) }));
  const comparable = located >= 2;
  return {
    method: `Leiden (Traag, Waltman & van Eck 2019), modularity, resolution 1, seed ${seed}, on the undirected projection (weights of both directions summed); compared with the nodes' provinces by NMI (Danon et al. 2005) and the adjusted Rand index over the ${located} nodes with a province`,
    communities: result.communities,
    modularity: Number.isFinite(result.modularity) ? result.modularity : null,
    nmiWithProvinces: comparable ? finiteOrNull(nmi(communities, provinces)) : null,
    ariWithProvinces: comparable ? finiteOrNull(adjustedRandIndex(communities, provinces)) : null,
    largest,
  };
}

function finiteOrNull(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

/** "1+N" groups of the documented network: declared arrangements and provinces as candidate groups. */
export function documentedOnePlusN(dataset: Dataset, graph: Graph, seed: number): DocumentedSection['onePlusN'] {
  if (dataset.linkages.length === 0) return { missing: 'no linkage: no "1+N" group can be found' };
  const net = buildNetwork(dataset);
  const groups: StudyOnePlusN[] = [];
  for (const candidates of ['declared', 'province'] as const) {
    let found;
    try {
      found = findOnePlusN(net, { groups: candidates, seed });
    } catch (error) {
      // a node without a province makes 'province' candidates undefined; the other candidates still count
      if (error instanceof ZonelinkError) continue;
      throw error;
    }
    for (const g of found.groups) {
      groups.push({
        id: g.id,
        candidates,
        hub: g.hub,
        hubName: nodeName(graph, g.hub),
        size: g.nodes.length,
        classification: g.classification,
        spokeShareToHub: Number.isFinite(g.spokeShareToHub) ? g.spokeShareToHub : null,
        members: g.nodes,
      });
    }
  }
  return {
    method: 'findOnePlusN: candidate groups are the components of declared branch-park, co-built-park, enclave and special-cooperation linkages, and the provinces; hub, spoke share to hub (SSH) and the 1+N / multi-core / mesh class of each group with an internal linkage',
    groups,
  };
}

/**
 * Section 1 of the study: the documented linkage network (the dataset's own linkages,
 * not a model): its whole-network table and Krackhardt dimensions, top-k centrality,
 * Leiden communities against provinces, CONCOR blocks and their roles, "1+N" groups.
 */
export function documentedSection(dataset: Dataset, options: ResolvedStudyOptions): DocumentedSection | Missing {
  const graph = documentedGraph(dataset);
  if (graph.size === 0) return { missing: 'the dataset has no linkage between two distinct nodes: there is no documented network to describe' };
  return {
    label: 'documented',
    description: `Documented network: the ${dataset.linkages.length} linkages of the dataset (stated by the source papers and programme documents), directed as recorded (an undirected linkage is a tie each way), parallel linkages merged, self-loops dropped; only nodes with a linkage (zones, cities and province nodes alike)`,
    source: dataset.metadata?.name ?? 'the dataset',
    wholeNetwork: wholeNetworkTable(graph),
    centrality: topCentrality(graph, options.topK),
    communities: documentedCommunities(graph, options.seed),
    blocks: blockTable(graph),
    onePlusN: documentedOnePlusN(dataset, graph, options.seed),
  };
}

