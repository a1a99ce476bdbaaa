import Graph from 'graphology';
import type { CompactAdjacency } from '../../network/compact-adjacency.js';
import { freemanCentralization } from '../centrality/index.js';

/**
 * Freeman degree centralization of the group's induced subgraph, binary and
 * undirected (denominator (n−1)(n−2), so a star is 1); NaN for two members or fewer.
 */
export function starLikeness(csr: CompactAdjacency, members: readonly number[], neighbours: readonly Set<number>[]): number {
  const n = members.length;
  if (n <= 2) return NaN;
  const induced = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const i of members) induced.addNode(csr.nodes[i]);
  for (let k = 0; k < n; k++) for (const j of neighbours[k]) if (members[k] < j) induced.mergeEdge(csr.nodes[members[k]], csr.nodes[j]);
  return freemanCentralization(induced, 'degree');
}
