import { invalidArgument } from '../../error/zonelink-error.js';
import { compactAdjacency, type EdgeWeight, type GraphInput } from '../../network/compact-adjacency.js';
import type { NodeMatrix } from './node-matrix-type.js';

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
  const adjacency = compactAdjacency(graph, { weight: options.weight, caller: 'nodeMatrix' });
  const n = adjacency.nodes.length;
  let order: string[] = [...adjacency.nodes];
  if (options.nodes !== undefined) {
    if (!Array.isArray(options.nodes)) invalidArgument('nodeMatrix', 'nodes must be an array of node ids', { field: 'nodes' });
    order = [...options.nodes];
    const seen = new Set<string>();
    order.forEach((id, i) => {
      if (!adjacency.index.has(id)) invalidArgument('nodeMatrix', `node ${id} (position ${i} of nodes) is not in the graph`, { code: 'unknown-node', id, index: i, field: 'nodes' });
      if (seen.has(id)) invalidArgument('nodeMatrix', `node ${id} appears twice in nodes (position ${i})`, { code: 'duplicate-node', id, index: i, field: 'nodes' });
      seen.add(id);
    });
    if (order.length !== n) {
      const missing = adjacency.nodes.find((id) => !seen.has(id));
      invalidArgument('nodeMatrix', `nodes lists ${order.length} of the graph's ${n} nodes; node ${String(missing)} is missing`, { code: 'missing-node', id: missing, field: 'nodes' });
    }
  }
  // position[k] = row of the graph's k-th node in the requested order
  const position = new Int32Array(n);
  order.forEach((id, i) => (position[adjacency.index.get(id)!] = i));
  const values = order.map(() => new Array<number>(n).fill(0));
  const useWeights = options.weight !== null;
  for (let u = 0; u < n; u++) {
    for (let p = adjacency.outOffsets[u]; p < adjacency.outOffsets[u + 1]; p++) {
      values[position[u]][position[adjacency.outTargets[p]]] = useWeights ? adjacency.outWeights[p] : 1;
    }
  }
  return { nodes: order, values };
}
