import { invalidArgument } from '../../error/zonelink-error.js';
import { compactAdjacency, type GraphInput } from '../../network/compact-adjacency.js';
import type { NodeMatrix } from './node-matrix-type.js';
import type { NodeMatrixOptionValues } from './node-matrix.js';

/**
 * {@link nodeMatrix} with the error messages naming `caller`, for the measures
 * built on the adjacency matrix (structuralEquivalence, concor, blockModel,
 * blockRoles), so that a bad graph is reported by the function the user called.
 * Internal: not exported from the package; `options` is already checked.
 */
export function nodeMatrixFor(caller: string, graph: GraphInput, options: NodeMatrixOptionValues): NodeMatrix {
  const adjacency = compactAdjacency(graph, { weight: options.weight, caller });
  const n = adjacency.nodes.length;
  let order: string[] = [...adjacency.nodes];
  if (options.nodes !== undefined) {
    if (!Array.isArray(options.nodes)) invalidArgument(caller, 'nodes must be an array of node ids', { field: 'nodes' });
    order = [...options.nodes];
    const seen = new Set<string>();
    order.forEach((id, i) => {
      if (!adjacency.index.has(id)) invalidArgument(caller, `node ${id} (position ${i} of nodes) is not in the graph`, { code: 'unknown-node', id, index: i, field: 'nodes' });
      if (seen.has(id)) invalidArgument(caller, `node ${id} appears twice in nodes (position ${i})`, { code: 'duplicate-node', id, index: i, field: 'nodes' });
      seen.add(id);
    });
    if (order.length !== n) {
      const missing = adjacency.nodes.find((id) => !seen.has(id));
      invalidArgument(caller, `nodes lists ${order.length} of the graph's ${n} nodes; node ${String(missing)} is missing`, { code: 'missing-node', id: missing, field: 'nodes' });
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
