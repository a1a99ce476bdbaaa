import type { GraphInput } from '../../network/compact-adjacency.js';
import { closedTriads, triangleAdjacency } from './triangle-adjacency.js';

/**
 * Number of triangles each node belongs to (NetworkX `triangles`). Self-loops
 * are ignored and so are weights. A directed graph is read as its underlying
 * undirected graph (an edge in either direction joins two nodes), as igraph's
 * undirected transitivity does; for directed triangle shapes use
 * {@link clustering}. The total number of triangles is the sum divided by 3.
 *
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c'); g.mergeEdge('c', 'a'); g.mergeEdge('c', 'd');
 * triangles(g); // { a: 1, b: 1, c: 1, d: 0 }
 */
export function triangles(graph: GraphInput): Record<string, number> {
  const adjacency = triangleAdjacency(graph, null, 'triangles', true);
  const walks = closedTriads(adjacency);
  const result: Record<string, number> = {};
  for (let i = 0; i < adjacency.nodes.length; i++) result[adjacency.nodes[i]] = walks[i] / 2;
  return result;
}
