import type { EdgeWeight, GraphInput } from '../../network/compact-adjacency.js';
import { closedTriads, triangleAdjacency } from './triangle-adjacency.js';

/**
 * The local clustering coefficients of {@link clustering}, with errors naming
 * `caller`, so that averageClustering reports a bad graph under its own name.
 * Internal: not exported from the package.
 */
export function clusteringFor(caller: string, graph: GraphInput, weight: EdgeWeight | undefined): Record<string, number> {
  const adjacency = triangleAdjacency(graph, weight === undefined ? null : weight, caller, false);
  const walks = closedTriads(adjacency);
  const result: Record<string, number> = {};
  for (let i = 0; i < adjacency.nodes.length; i++) {
    const k = adjacency.degree[i];
    let c = 0;
    if (walks[i] !== 0) {
      c = adjacency.directed ? walks[i] / (2 * (k * (k - 1) - 2 * adjacency.reciprocated[i])) : walks[i] / (k * (k - 1));
    }
    result[adjacency.nodes[i]] = c;
  }
  return result;
}
