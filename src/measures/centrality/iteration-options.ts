import type { OptionsFrom } from '../../options/define-options.js';
import { numberOption } from '../../options/option-spec.js';
import { invalidArgument } from '../../error/zonelink-error.js';

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
 */
export interface IterativeResult {
  values: Record<string, number>;
  /** Iterations performed. */
  iterations: number;
  /** Whether the change fell below the tolerance within `maxIterations`. */
  converged: boolean;
}

/** Validates `maxIterations` and `tolerance` and fills in the defaults. */
export function resolveIterationOptions(
  caller: string,
  options: IterationOptions,
): { maxIterations: number; tolerance: number } {
  const maxIterations = options.maxIterations ?? 1000;
  const tolerance = options.tolerance ?? 1e-10;
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    invalidArgument(caller, `option maxIterations must be an integer ≥ 1, got ${String(maxIterations)}`, {
      field: 'maxIterations',
      value: maxIterations,
    });
  }
  if (typeof tolerance !== 'number' || !(tolerance > 0) || !Number.isFinite(tolerance)) {
    invalidArgument(caller, `option tolerance must be a finite number > 0, got ${String(tolerance)}`, {
      field: 'tolerance',
      value: tolerance,
    });
  }
  return { maxIterations, tolerance };
}
