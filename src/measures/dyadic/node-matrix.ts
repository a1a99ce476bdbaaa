import type { GraphInput } from '../../network/compact-adjacency.js';
import type { NodeMatrix } from './node-matrix-type.js';
import { nodeMatrixFor } from './node-matrix-for.js';
import { defineOptions, type OptionsFrom, type OptionsOf } from '../../options/define-options.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';
import { nodesOrderOption } from './node-order.js';

/**
 * The declarations of `nodes` and `weight`, shared by {@link nodeMatrix} and the
 * measures built on the adjacency matrix (structuralEquivalence, concor,
 * blockModel, blockRoles).
 */
export const nodeMatrixOptionSpecs = {
  /** Row/column order: a permutation of the graph's nodes (default: the graph's node order). */
  nodes: nodesOrderOption,
  /** Edge weight: attribute name, function `(id, attributes, source, target) → number`, or `null` for 0/1 ties. Default `'weight'` (1 when no edge has it). */
  weight: edgeWeightOption('the tie value a_ij (1 when no edge has the attribute)'),
};

/** The declared options of {@link nodeMatrix} (checks, defaults and docs/options.md come from here). */
export const nodeMatrixOptions = defineOptions('nodeMatrix', { ...nodeMatrixOptionSpecs });

/** Options of {@link nodeMatrix}, declared in {@link nodeMatrixOptions}. */
export type NodeMatrixOptions = OptionsOf<typeof nodeMatrixOptions>;

/** Options of the measures built on the adjacency matrix (see {@link nodeMatrixOptionSpecs}). */
export type NodeMatrixOptionValues = OptionsFrom<typeof nodeMatrixOptionSpecs>;

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
  return nodeMatrixFor('nodeMatrix', graph, nodeMatrixOptions.read(options));
}
