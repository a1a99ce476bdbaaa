import type { EdgeWeight, GraphInput } from '../../network/compact-adjacency.js';
import type { NodeMatrix } from './node-matrix-type.js';
import { checkOptions } from '../../error/argument-checks.js';
import { nodeMatrixFor } from './node-matrix-for.js';

/** Options of {@link nodeMatrix}. */
export interface NodeMatrixOptions {
  /** Row/column order: a permutation of the graph's nodes (default: the graph's node order). */
  nodes?: readonly string[];
  /** Edge weight: attribute name, function, or `null` for 0/1 ties. Default `'weight'` (1 when no edge has it). */
  weight?: EdgeWeight;
}

/**
 * The adjacency matrix of a simple graph in a given node order: a_ij = weight of the
 * edge i → j (directed) or of {i, j} (undirected, so the matrix is symmetric), 0 when
 * there is no edge; a self-loop sits on the diagonal.
 *
 * `nodes` must list every node of the graph exactly once; the first unknown, repeated
 * or missing node is named in the ZonelinkError. A ZoneNetwork is projected first
 * (undirected, parallel weights summed), as every measure does.
 *
 * @example
 * const g = new Graph({ type: 'directed' });
 * g.mergeEdge('a', 'b', { weight: 2 });
 * nodeMatrix(g, { nodes: ['b', 'a'] }); // { nodes: ['b', 'a'], values: [[0, 0], [2, 0]] }
 */
export function nodeMatrix(graph: GraphInput, options: NodeMatrixOptions = {}): NodeMatrix {
  checkOptions('nodeMatrix', options);
  return nodeMatrixFor('nodeMatrix', graph, options);
}
