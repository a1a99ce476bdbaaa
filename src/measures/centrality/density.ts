import { compactAdjacency, type GraphInput } from '../../network/compact-adjacency.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { booleanOption } from '../../options/option-spec.js';

/** The declared options of {@link density} (checks, defaults and docs/options.md come from here). */
export const densityOptions = defineOptions('density', {
  loops: booleanOption({
    doc: 'Count self-loops as possible ties: m (loops included) over n² when directed and n(n + 1)/2 when undirected, as igraph density(loops=True). false: loops are excluded from m and from the n(n − 1) possible ties (igraph loops=False on a loop-free graph; R sna gden, diag = FALSE).',
    default: false,
  }),
});

/** Options of {@link density}, declared in {@link densityOptions} (see docs/options.md#density). */
export type DensityOptions = OptionsOf<typeof densityOptions>;

/**
 * Density: the share of possible ties that are present,
 *
 *   undirected: m / (n(n − 1)/2),   directed: m / (n(n − 1)),
 *
 * with m the number of edges between distinct nodes: self-loops are excluded
 * (they are not among the n(n − 1) possible ties). With `loops: true` the n
 * self-ties are possible too (igraph's `loops=True`): m with loops over n²
 * (directed) or n(n + 1)/2 (undirected). Weights are ignored. n < 2 without
 * loops → NaN (0/0: no possible tie; NetworkX returns 0); with loops, n = 0 →
 * NaN. The graph must be simple (no parallel edges) and not mixed.
 *
 * Reference: S. Wasserman & K. Faust (1994), Social Network Analysis, §4.2.
 *
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b'); g.addNode('c');
 * density(g); // 1/3
 * g.mergeEdge('a', 'a');
 * density(g, { loops: true }); // 2 / (3·4/2) = 1/3
 */
export function density(graph: GraphInput, options: DensityOptions = {}): number {
  const { loops } = densityOptions.read(options);
  const csr = compactAdjacency(graph, { weight: null, caller: 'density' });
  const n = csr.nodes.length;
  if (loops) {
    if (n === 0) return NaN;
    return csr.directed ? csr.edgeCount / (n * n) : (2 * csr.edgeCount) / (n * (n + 1));
  }
  if (n < 2) return NaN;
  const m = csr.edgeCount - csr.selfLoopCount;
  return csr.directed ? m / (n * (n - 1)) : (2 * m) / (n * (n - 1));
}
