import type { EdgeWeight, GraphInput } from '../../network/compact-adjacency.js';
import { progressReporter } from '../../progress/progress-reporter.js';
import type { ProgressOptions } from '../../progress/progress-options.js';
import { closedTriads, triangleAdjacency } from './triangle-adjacency.js';

/**
 * The local clustering coefficients of {@link clustering}, with errors naming
 * `caller`, so that averageClustering reports a bad graph under its own name
 * (and its progress, one unit per node, as task `caller`).
 * Internal: not exported from the package.
 */
export function clusteringFor(caller: string, graph: GraphInput, weight: EdgeWeight, progressOptions: ProgressOptions): Record<string, number> {
  const adjacency = triangleAdjacency(graph, weight, caller, false);
  const walks = closedTriads(adjacency, progressReporter(caller, progressOptions, adjacency.nodes.length, 'nodes'));
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
