import type { OptionsFrom } from '../../options/define-options.js';
import { numberOption } from '../../options/option-spec.js';

/**
 * The declarations of `maxIterations` and `tolerance`, shared by every iterative
 * centrality (eigenvector, PageRank, HITS, Katz) so that both mean the same in each.
 */
export const iterationOptionSpecs = {
  maxIterations: numberOption({
    doc: 'Most iterations before giving up (the result then has `converged: false`).',
    default: 1000,
    integer: true,
    min: 1,
  }),
  tolerance: numberOption({
    doc: 'Absolute tolerance: stop when the L1 norm of the change between two iterates, Σ_i |x_i − x′_i|, falls below it. Unlike NetworkX and graphology (N × tolerance), it does not loosen with the number of nodes.',
    default: 1e-10,
    above: 0,
  }),
};

/** Options of every iterative centrality (eigenvector, PageRank, HITS, Katz): see {@link iterationOptionSpecs}. */
export type IterationOptions = OptionsFrom<typeof iterationOptionSpecs>;

/**
 * Result of an iterative centrality. The rule of the whole API, stated once
 * here: a measure computed by iterating to a tolerance (`pagerank`,
 * `eigenvector`, `hits`, `katz`) returns `{ values, iterations, converged }`, so
 * that a caller can see whether to trust it; a measure computed exactly in a
 * fixed number of steps (`degree`, `betweenness`, `closeness`, `harmonic`, …)
 * returns the node-keyed record itself. Randomised measures (`leiden`,
 * `louvain`) return the `seed` they used with their result.
 *
 * Columnar results, the second rule: every node-keyed centrality also takes
 * `output: 'vector'` (default `'record'`, see `OutputOptions`) and then returns
 * its values as a `Float64Array` aligned with the compact adjacency's node
 * order, next to that order — `{ nodes, values }` (`NodeVector`) for the exact
 * measures, `{ nodes, values, iterations, converged }` (`IterativeVectorResult`)
 * for the iterative ones, `{ hubs, authorities, iterations, converged }` of two
 * `NodeVector`s for HITS. `nodeVectorRecord` turns a vector into the record the
 * default call returns, value for value.
 */
export interface IterativeResult {
  values: Record<string, number>;
  /** Iterations performed. */
  iterations: number;
  /** Whether the change fell below the tolerance within `maxIterations`. */
  converged: boolean;
}
