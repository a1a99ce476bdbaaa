import { compactAdjacency, type GraphInput } from '../../network/compact-adjacency.js';

/**
 * Density: the share of possible ties that are present,
 *
 *   undirected: m / (n(n − 1)/2),   directed: m / (n(n − 1)),
 *
 * with m the number of edges between distinct nodes: self-loops are excluded
 * (they are not among the n(n − 1) possible ties). Weights are ignored. n < 2 →
 * NaN (0/0: no possible tie; NetworkX returns 0). The graph must be simple (no
 * parallel edges) and not mixed.
 *
 * Reference: S. Wasserman & K. Faust (1994), Social Network Analysis, §4.2.
 *
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b'); g.addNode('c');
 * density(g); // 1/3
 */
export function density(graph: GraphInput): number {
  const csr = compactAdjacency(graph, { weight: null, caller: 'density' });
  const n = csr.nodes.length;
  if (n < 2) return NaN;
  const m = csr.edgeCount - csr.selfLoopCount;
  return csr.directed ? m / (n * (n - 1)) : (2 * m) / (n * (n - 1));
}
