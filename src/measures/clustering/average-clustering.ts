import type { GraphInput } from '../../network/compact-adjacency.js';
import { invalidArgument } from '../../error/zonelink-error.js';
import { clusteringWeightOption } from './clustering.js';
import { clusteringFor } from './clustering-for.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { booleanOption, customOption } from '../../options/option-spec.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';

/** The declared options of {@link averageClustering} (checks, defaults and docs/options.md come from here). */
export const averageClusteringOptions = defineOptions('averageClustering', {
  weight: clusteringWeightOption,
  countZeros: booleanOption({
    doc: 'Include nodes whose coefficient is 0 (degree < 2 or no triangle) in the mean, as NetworkX `average_clustering(count_zeros=True)`; false averages over the nodes with a nonzero coefficient only.',
    default: true,
  }),
  nodes: customOption<readonly string[]>({
    type: 'an array of node ids',
    doc: 'Average over these nodes only.',
    defaultText: 'every node',
    check: (value) => (Array.isArray(value) ? undefined : 'an array of node ids'),
  }),
  ...progressOptionSpecs,
});

/** Options of {@link averageClustering}, declared in {@link averageClusteringOptions} (see docs/options.md#averageclustering). */
export type AverageClusteringOptions = OptionsOf<typeof averageClusteringOptions>;

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
 * Progress is reported per node (`onProgress`, unit `nodes`) and `signal` cancels.
 * Options: see docs/options.md#averageclustering (`weight`, `countZeros`, `nodes`, `onProgress`, `signal`).
 *
 * @throws ZonelinkError `invalid-argument` for a non-boolean `countZeros` or an unknown node in `nodes`.
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c'); g.mergeEdge('c', 'a'); g.mergeEdge('c', 'd');
 * averageClustering(g); // (1 + 1 + 1/3 + 0) / 4 = 0.5833…
 * averageClustering(g, { countZeros: false }); // (1 + 1 + 1/3) / 3 = 0.7778…
 */
export function averageClustering(graph: GraphInput, options: AverageClusteringOptions = {}): number {
  const caller = 'averageClustering';
  const { weight, countZeros, nodes, ...progress } = averageClusteringOptions.read(options);
  const values = clusteringFor(caller, graph, weight, progress);
  let keys = Object.keys(values);
  if (nodes !== undefined) {
    const unknown = nodes.filter((v) => !Object.prototype.hasOwnProperty.call(values, v));
    if (unknown.length > 0) invalidArgument(caller, `nodes not in the graph: ${unknown.join(', ')}`, { code: 'unknown-node', field: 'nodes', value: unknown });
    keys = [...nodes];
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
