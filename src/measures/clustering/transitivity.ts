import type { GraphInput } from '../../network/compact-adjacency.js';
import { closedTriads, triangleAdjacency } from './triangle-adjacency.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';
import { progressReporter } from '../../progress/progress-reporter.js';

/** The declared options of {@link transitivity}: progress and cancellation only (see docs/options.md#transitivity). */
export const transitivityOptions = defineOptions('transitivity', { ...progressOptionSpecs });

/** Options of {@link transitivity}, declared in {@link transitivityOptions}. */
export type TransitivityOptions = OptionsOf<typeof transitivityOptions>;

/**
 * Transitivity, the global clustering coefficient: the share of connected
 * triples (paths of length 2) that are closed into triangles,
 *
 *   T = 3 × triangles / connected triples = Σ_i 2 T_i / Σ_i k_i (k_i − 1),
 *
 * on the simple undirected graph (self-loops and weights ignored; a directed
 * graph is read as its underlying undirected graph, as igraph
 * `transitivity_undirected` does — NetworkX's `transitivity` refuses directed
 * graphs). A graph without triangles gives 0, as NetworkX `transitivity`
 * (igraph gives NaN when there is no connected triple at all). Always in [0, 1].
 *
 * Reference: M. E. J. Newman, S. H. Strogatz & D. J. Watts (2001), Random graphs
 * with arbitrary degree distributions and their applications, Physical Review E
 * 64:026118; S. Wasserman & K. Faust (1994), Social Network Analysis, §6.
 *
 * Cost O(m^1.5); progress is reported per node (`onProgress`, unit `nodes`) and
 * `signal` cancels. Options: see docs/options.md#transitivity.
 *
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c'); g.mergeEdge('c', 'a'); g.mergeEdge('c', 'd');
 * transitivity(g); // 3 × 1 / 5 = 0.6
 */
export function transitivity(graph: GraphInput, options: TransitivityOptions = {}): number {
  const progress = transitivityOptions.read(options);
  const adjacency = triangleAdjacency(graph, null, 'transitivity', true);
  const walks = closedTriads(adjacency, progressReporter('transitivity', progress, adjacency.nodes.length, 'nodes'));
  let closed = 0;
  let triples = 0;
  for (let i = 0; i < walks.length; i++) {
    closed += walks[i];
    const k = adjacency.degree[i];
    triples += k * (k - 1);
  }
  return closed === 0 ? 0 : closed / triples;
}
