import type { GraphInput } from '../../network/compact-adjacency.js';
import { invalidArgument } from '../../error/zonelink-error.js';
import type { ClusteringOptions } from './clustering.js';
import { clusteringFor } from './clustering-for.js';
import { checkOptions, describeValue } from '../../error/argument-checks.js';

/** Options of {@link averageClustering}. */
export interface AverageClusteringOptions extends ClusteringOptions {
  /**
   * Include nodes whose coefficient is 0 (degree < 2 or no triangle) in the
   * mean. Default `true`, as NetworkX `average_clustering(count_zeros=True)`;
   * `false` averages over the nodes with a nonzero coefficient only.
   */
  countZeros?: boolean;
  /** Average over these nodes only (default: every node). */
  nodes?: readonly string[];
}

/**
 * Average local clustering coefficient (Watts & Strogatz 1998),
 *
 *   C̄ = (1/n) Σ_i c_i,
 *
 * with c_i from {@link clustering} (so weighted and directed graphs follow
 * Onnela et al. 2005 and Fagiolo 2007 as there). Equals NetworkX
 * `average_clustering`; igraph `transitivity_avglocal_undirected(mode="zero")`
 * on undirected graphs. No node to average over (empty graph, or only zeros
 * with `countZeros: false`) → NaN (NetworkX raises ZeroDivisionError).
 *
 * Reference: D. J. Watts & S. H. Strogatz (1998), Collective dynamics of
 * 'small-world' networks, Nature 393:440–442.
 *
 * @throws ZonelinkError `invalid-argument` for a non-boolean `countZeros` or an unknown node in `nodes`.
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c'); g.mergeEdge('c', 'a'); g.mergeEdge('c', 'd');
 * averageClustering(g); // (1 + 1 + 1/3 + 0) / 4 = 0.5833…
 * averageClustering(g, { countZeros: false }); // (1 + 1 + 1/3) / 3 = 0.7778…
 */
export function averageClustering(graph: GraphInput, options: AverageClusteringOptions = {}): number {
  checkOptions('averageClustering', options);
  const caller = 'averageClustering';
  const countZeros = options.countZeros ?? true;
  if (typeof countZeros !== 'boolean') invalidArgument(caller, `option countZeros must be a boolean, got ${String(countZeros)}`, { field: 'countZeros', value: countZeros });
  const values = clusteringFor(caller, graph, options.weight);
  let keys = Object.keys(values);
  if (options.nodes !== undefined) {
    if (!Array.isArray(options.nodes)) invalidArgument(caller, `option nodes must be an array of node ids, got ${describeValue(options.nodes)}`, { field: 'nodes' });
    const unknown = options.nodes.filter((v) => !Object.prototype.hasOwnProperty.call(values, v));
    if (unknown.length > 0) invalidArgument(caller, `nodes not in the graph: ${unknown.join(', ')}`, { code: 'unknown-node', field: 'nodes', value: unknown });
    keys = [...options.nodes];
  }
  let sum = 0;
  let count = 0;
  for (const key of keys) {
    const c = values[key];
    if (!countZeros && c === 0) continue;
    sum += c;
    count++;
  }
  return count > 0 ? sum / count : NaN;
}
