import Graph from 'graphology';
import type { CompactAdjacency } from '../../network/compact-adjacency.js';
import { dominantFlowRegions } from './dominant-flow.js';

/**
 * Dominant centres (Nystuen & Dacey 1961) of the group's weighted induced subgraph
 * that have at least one subordinate; nodal size = `mass` when given, else inflow.
 */
export function dominantFlowCentres(csr: CompactAdjacency, members: readonly number[], inGroup: Uint8Array, mass: Record<string, number> | undefined): string[] {
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
