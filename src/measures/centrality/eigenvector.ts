import { compactAdjacency, type GraphInput } from '../../network/compact-adjacency.js';
import { iterationOptionSpecs, type IterativeResult } from './iteration-options.js';
import { lanczosPerron } from './lanczos-perron.js';
import { nodeRecord } from './node-record.js';
import { outputOptionSpecs, type IterativeVectorResult, type OutputOptions, type RecordOutput, type VectorOutput } from './centrality-output.js';
import { scaleVector, type VectorScale } from './vector-scale.js';
import { choiceOption } from '../../options/option-spec.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { progressOptionSpecs, progressReporter } from '../../progress/index.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';

import { unitMaxWeights } from './unit-max-weights.js';

/** Lanczos basis size (half of it kept at each restart): ARPACK's default for one eigenpair. */
const LANCZOS_BASIS = 20;
/**
 * The Lanczos phase stops at a residual of tolerance / LANCZOS_MARGIN (and an estimated
 * error of tolerance / 2, the residual over the gap θ₁ − θ₂), so that the power step after
 * it passes the documented test at once and the vector is within the tolerance of the exact
 * one also where the two largest eigenvalues are close.
 */
const LANCZOS_MARGIN = 100;

/** The declared options of {@link eigenvector}. */
export const eigenvectorOptions = defineOptions('eigenvector', {
  weight: edgeWeightOption('a similarity/strength'),
  scale: choiceOption(['unit', 'max', 'sum'] as const, {
    doc: "Scaling of the result: 'unit' (Σ x² = 1, NetworkX), 'max' (largest = 1, igraph scale=True) or 'sum' (Σ x = 1).",
    default: 'unit',
  }),
  ...iterationOptionSpecs,
  ...progressOptionSpecs,
  ...outputOptionSpecs,
});

/**
 * Options of {@link eigenvector} (see {@link eigenvectorOptions}): `weight`
 * (default `'weight'`), `scale` ({@link VectorScale}, default `'unit'`; the
 * iteration and its stopping rule are unchanged), `maxIterations`, `tolerance`,
 * `onProgress`/`signal` (progress per product with the adjacency,
 * cancellation). `output` is added by the overloads (see {@link OutputOptions}).
 */
export type EigenvectorOptions = Omit<OptionsOf<typeof eigenvectorOptions>, 'output'>;

/**
 * Eigenvector centrality (Bonacich 1972): the Perron vector x of the weighted
 * adjacency, x_v = (1/λ) Σ_u w_uv x_u — a node is central when central nodes
 * point to it (in-edges for directed graphs, as NetworkX). Weights are
 * **similarities**. The result has unit Euclidean norm, like NetworkX
 * `eigenvector_centrality`, by default; `scale: 'max'` reproduces igraph's
 * scaling (largest score 1) and `'sum'` makes the scores sum to 1.
 *
 * Method: power iteration on A^T + I from the uniform vector (the shift makes
 * bipartite graphs converge and leaves the eigenvector unchanged), normalising to
 * unit L2 norm each step, until Σ_i |x_i − x'_i| < tolerance (not N × tolerance).
 * On undirected graphs the power steps start from a thick-restart Lanczos
 * estimate (Wu & Simon 2000, SIAM J. Matrix Anal. Appl. 22(2):602–616; a basis of
 * 20 vectors, the 10 leading Ritz vectors kept at each restart, as ARPACK's
 * implicitly restarted Lanczos) of the same vector, run from the uniform vector
 * until its residual ‖Ax − θx‖₁ / (θ + 1) is below tolerance / 100 and its
 * estimated error ‖Ax − θx‖₁ / (θ₁ − θ₂) below tolerance / 2; far fewer
 * products than power iteration, above all when the two largest eigenvalues are
 * close or λ_min = −λ_max (bipartite graphs). The power step after it checks the
 * documented stopping rule, so `converged` means that rule held. `iterations`
 * counts every product with the adjacency (Lanczos and power steps). Memory: about 24
 * vectors of n doubles on undirected graphs (the 21-vector Lanczos basis), 2 on directed ones.
 * Never throws on non-convergence: `converged: false` with the last iterate.
 * Edge cases: empty graph → `{}`; a graph without edges → every node 1/√n;
 * disconnected or not strongly connected graphs have no unique Perron vector —
 * the iteration converges to the component(s) with the largest eigenvalue and
 * the others tend to 0.
 *
 * Progress: `onProgress` receives `{ task: 'eigenvector', done, total: maxIterations, unit: 'products' }`;
 * an aborted `signal` throws `ZonelinkError` code `aborted`.
 *
 * Reference: P. Bonacich (1972), Factoring and weighting approaches to status
 * scores and clique identification, Journal of Mathematical Sociology 2:113–120.
 *
 * @example
 * const { values, converged } = eigenvector(graph, { weight: 'flow', tolerance: 1e-12 });
 * const columns = eigenvector(graph, { output: 'vector' }); // columns.values[i] is the score of columns.nodes[i]
 */
export function eigenvector(graph: GraphInput, options?: EigenvectorOptions & RecordOutput): IterativeResult;
/** {@link eigenvector} with `output: 'vector'`: the values as a Float64Array in the adjacency's node order, with the convergence report. */
export function eigenvector(graph: GraphInput, options: EigenvectorOptions & VectorOutput): IterativeVectorResult;
/** {@link eigenvector} with an `output` known only at run time. */
export function eigenvector(graph: GraphInput, options: EigenvectorOptions & OutputOptions): IterativeResult | IterativeVectorResult;
export function eigenvector(graph: GraphInput, options: EigenvectorOptions & OutputOptions = {}): IterativeResult | IterativeVectorResult {
  const resolved = eigenvectorOptions.read(options);
  const { weight, scale, maxIterations, tolerance, output } = resolved;
  // scale-free measure: weights are rescaled to max 1 so that extreme magnitudes neither overflow nor vanish
  const csr = unitMaxWeights(compactAdjacency(graph, { weight, caller: 'eigenvector' }));
  const n = csr.nodes.length;
  if (n === 0) return output === 'vector' ? { nodes: csr.nodes, values: new Float64Array(0), iterations: 0, converged: true } : { values: {}, iterations: 0, converged: true };
  const { inOffsets, inSources, inWeights } = csr;
  // Undirected: thick-restart Lanczos gets within tolerance / 100 in few products, then the
  // power steps below check (and if need be finish) under the documented stopping rule.
  const progress = progressReporter('eigenvector', resolved, maxIterations, 'products');
  let x: Float64Array = new Float64Array(n).fill(1 / n);
  let iterations = 0;
  if (!csr.directed && n > 2 && csr.edgeCount > 0) {
    const start = lanczosPerron(csr, tolerance / LANCZOS_MARGIN, maxIterations, LANCZOS_BASIS, progress.tick, tolerance / 2);
    x = start.vector;
    iterations = start.products;
  }
  let y: Float64Array = new Float64Array(n);
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    progress.tick();
    let norm = 0;
    for (let v = 0; v < n; v++) {
      let s = x[v];
      const end = inOffsets[v + 1];
      for (let e = inOffsets[v]; e < end; e++) s += inWeights[e] * x[inSources[e]];
      y[v] = s;
      norm += s * s;
    }
    norm = Math.sqrt(norm);
    if (norm === 0) norm = 1;
    let change = 0;
    for (let v = 0; v < n; v++) {
      const value = y[v] / norm;
      change += Math.abs(value - x[v]);
      y[v] = value;
    }
    const t = x;
    x = y;
    y = t;
    if (change < tolerance) {
      converged = true;
      break;
    }
  }
  progress.finish();
  if (scale !== 'unit') scaleVector(x, scale);
  return output === 'vector' ? { nodes: csr.nodes, values: x, iterations, converged } : { values: nodeRecord(csr.nodes, x), iterations, converged };
}
