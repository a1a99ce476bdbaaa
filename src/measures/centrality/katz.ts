import { invalidArgument } from '../../error/zonelink-error.js';
import { compactAdjacency, type GraphInput } from '../../network/compact-adjacency.js';
import { iterationOptionSpecs, type IterativeResult } from './iteration-options.js';
import { booleanOption, customOption, numberOption } from '../../options/option-spec.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { progressOptionSpecs, progressReporter } from '../../progress/index.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';

import { nodeRecord } from './node-record.js';
import { outputOptionSpecs, type IterativeVectorResult, type OutputOptions, type RecordOutput, type VectorOutput } from './centrality-output.js';
import { nodeVector } from './node-vector.js';

const BETA_TYPE = 'a number ≥ 0 or an object { node id: value ≥ 0 }';

/** The declared options of {@link katz}. */
export const katzOptions = defineOptions('katz', {
  alpha: numberOption({ doc: 'Attenuation α; the series converges only for α < 1/λ_max.', default: 0.1, above: 0 }),
  beta: customOption<number | Record<string, number>>({
    type: BETA_TYPE,
    doc: 'Exogenous centrality β: one number for all nodes, or a value for every node.',
    default: 1,
    check: (value) => (typeof value === 'number' || (typeof value === 'object' && value !== null && !Array.isArray(value)) ? undefined : BETA_TYPE),
  }),
  normalized: booleanOption({ doc: 'Scale the result to unit Euclidean norm (NetworkX).', default: true }),
  weight: edgeWeightOption('a similarity/strength'),
  ...iterationOptionSpecs,
  ...progressOptionSpecs,
  ...outputOptionSpecs,
});

/**
 * Options of {@link katz} (see {@link katzOptions}): `alpha` (default 0.1),
 * `beta` (default 1; a number or a value for every node), `normalized` (default
 * `true`), `weight` (default `'weight'`), `maxIterations`, `tolerance`,
 * `onProgress`/`signal` (progress per iteration, cancellation). `output` is
 * added by the overloads (see {@link OutputOptions}).
 */
export type KatzOptions = Omit<OptionsOf<typeof katzOptions>, 'output'>;

/**
 * Katz centrality (Katz 1953): x = α Aᵀ x + β, i.e. x_v = α Σ_u w_uv x_u + β_v —
 * the attenuated count of walks ending at v (in-edges for directed graphs, as
 * NetworkX `katz_centrality`). Weights are **similarities**.
 *
 * Method: fixed-point iteration from x = 0 until Σ_i |x_i − x'_i| < tolerance
 * (not N × tolerance); then, with `normalized`, divided by the Euclidean norm.
 * The iteration converges iff α < 1/λ_max (λ_max the spectral radius of A);
 * otherwise it stops at `maxIterations` (or as soon as a value overflows) with
 * `converged: false` — it never throws. Empty graph → `{}`.
 *
 * Progress: `onProgress` receives `{ task: 'katz', done, total: maxIterations, unit: 'iterations' }`;
 * an aborted `signal` throws `ZonelinkError` code `aborted`.
 *
 * Reference: L. Katz (1953), A new status index derived from sociometric
 * analysis, Psychometrika 18(1):39–43.
 *
 * @throws ZonelinkError for α ≤ 0 or non-finite, β negative/non-finite or (as
 *   a record) missing a node.
 * @example
 * const { values, converged } = katz(graph, { alpha: 0.05, beta: 1 });
 * const columns = katz(graph, { alpha: 0.05, output: 'vector' }); // columns.values[i] is the score of columns.nodes[i]
 */
export function katz(graph: GraphInput, options?: KatzOptions & RecordOutput): IterativeResult;
/** {@link katz} with `output: 'vector'`: the values as a Float64Array in the adjacency's node order, with the convergence report. */
export function katz(graph: GraphInput, options: KatzOptions & VectorOutput): IterativeVectorResult;
/** {@link katz} with an `output` known only at run time. */
export function katz(graph: GraphInput, options: KatzOptions & OutputOptions): IterativeResult | IterativeVectorResult;
export function katz(graph: GraphInput, options: KatzOptions & OutputOptions = {}): IterativeResult | IterativeVectorResult {
  const caller = 'katz';
  const resolved = katzOptions.read(options);
  const { maxIterations, tolerance, alpha, normalized, weight, output } = resolved;
  const csr = compactAdjacency(graph, { weight, caller });
  const n = csr.nodes.length;
  const rawBeta = resolved.beta;
  let beta: Float64Array;
  if (typeof rawBeta === 'number') {
    if (!Number.isFinite(rawBeta) || rawBeta < 0) {
      invalidArgument(caller, `option beta must be a finite number ≥ 0, got ${String(rawBeta)}`, { field: 'beta', value: rawBeta });
    }
    beta = new Float64Array(n).fill(rawBeta);
  } else {
    beta = nodeVector(caller, 'beta', rawBeta, csr.index, { requireAll: true, requirePositiveSum: false });
  }
  if (n === 0) return output === 'vector' ? { nodes: csr.nodes, values: new Float64Array(0), iterations: 0, converged: true } : { values: {}, iterations: 0, converged: true };
  const { inOffsets, inSources, inWeights } = csr;
  let x = new Float64Array(n);
  let next = new Float64Array(n);
  let iterations = 0;
  let converged = false;
  const progress = progressReporter(caller, resolved, maxIterations, 'iterations');
  while (iterations < maxIterations) {
    iterations++;
    progress.tick();
    let change = 0;
    for (let v = 0; v < n; v++) {
      let s = 0;
      const end = inOffsets[v + 1];
      for (let e = inOffsets[v]; e < end; e++) s += inWeights[e] * x[inSources[e]];
      const value = alpha * s + beta[v];
      change += Math.abs(value - x[v]);
      next[v] = value;
    }
    const t = x;
    x = next;
    next = t;
    if (!Number.isFinite(change)) break;
    if (change < tolerance) {
      converged = true;
      break;
    }
  }
  progress.finish();
  if (normalized) {
    let norm = 0;
    for (let v = 0; v < n; v++) norm += x[v] * x[v];
    norm = Math.sqrt(norm);
    if (norm > 0) for (let v = 0; v < n; v++) x[v] /= norm;
  }
  if (!x.every(Number.isFinite)) {
    // the Katz series diverges (α ≥ 1/λ_max) or the weights overflow: no finite answer exists to return
    invalidArgument(caller, `the iteration overflowed: alpha × (largest eigenvalue of the weighted adjacency) must be < 1; lower alpha or rescale the weights`, { code: 'diverged', field: 'alpha', value: options.alpha });
  }
  return output === 'vector' ? { nodes: csr.nodes, values: x, iterations, converged } : { values: nodeRecord(csr.nodes, x), iterations, converged };
}
