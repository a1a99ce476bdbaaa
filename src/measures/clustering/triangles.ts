import type { GraphInput } from '../../network/compact-adjacency.js';
import { closedTriads, triangleAdjacency } from './triangle-adjacency.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';
import { progressReporter } from '../../progress/progress-reporter.js';

/** The declared options of {@link triangles}: progress and cancellation only (see docs/options.md#triangles). */
export const trianglesOptions = defineOptions('triangles', { ...progressOptionSpecs });

/** Options of {@link triangles}, declared in {@link trianglesOptions}. */
export type TrianglesOptions = OptionsOf<typeof trianglesOptions>;

/**
 * Number of triangles each node belongs to (NetworkX `triangles`). Self-loops
 * are ignored and so are weights. A directed graph is read as its underlying
 * undirected graph (an edge in either direction joins two nodes), as igraph's
 * undirected transitivity does; for directed triangle shapes use
 * {@link clustering}. The total number of triangles is the sum divided by 3.
 *
 * Cost O(m^1.5) (each triangle listed once, edges oriented by degree); progress is
 * reported per node (`onProgress`, unit `nodes`) and `signal` cancels.
 * Options: see docs/options.md#triangles.
 *
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c'); g.mergeEdge('c', 'a'); g.mergeEdge('c', 'd');
 * triangles(g); // { a: 1, b: 1, c: 1, d: 0 }
 */
export function triangles(graph: GraphInput, options: TrianglesOptions = {}): Record<string, number> {
  const progress = trianglesOptions.read(options);
  const adjacency = triangleAdjacency(graph, null, 'triangles', true);
  const walks = closedTriads(adjacency, progressReporter('triangles', progress, adjacency.nodes.length, 'nodes'));
  const result: Record<string, number> = {};
  for (let i = 0; i < adjacency.nodes.length; i++) result[adjacency.nodes[i]] = walks[i] / 2;
  return result;
}
