import { compactAdjacency, type GraphInput } from '../../network/compact-adjacency.js';
import { iterationOptionSpecs } from './iteration-options.js';
import { choiceOption } from '../../options/option-spec.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { progressOptionSpecs, progressReporter } from '../../progress/index.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';

import { nodeRecord } from './node-record.js';
import { outputOptionSpecs, type NodeVector, type OutputOptions, type RecordOutput, type VectorOutput } from './centrality-output.js';
import { scaleVector, type VectorScale } from './vector-scale.js';
import { unitMaxWeights } from './unit-max-weights.js';

/** The declared options of {@link hits}. */
export const hitsOptions = defineOptions('hits', {
  weight: edgeWeightOption('a similarity/strength'),
  scale: choiceOption(['unit', 'max', 'sum'] as const, {
    doc: "Scaling of both score vectors: 'sum' (each sums to 1, NetworkX), 'max' (largest = 1, igraph scale=True) or 'unit' (unit Euclidean length).",
    default: 'sum',
  }),
  ...iterationOptionSpecs,
  ...progressOptionSpecs,
  ...outputOptionSpecs,
});

/**
 * Options of {@link hits} (see {@link hitsOptions}): `weight` (default
 * `'weight'`), `scale` ({@link VectorScale}, default `'sum'`), `maxIterations`,
 * `tolerance`, `onProgress`/`signal` (progress per iteration, cancellation).
 * `output` is added by the overloads (see {@link OutputOptions}).
 */
export type HitsOptions = Omit<OptionsOf<typeof hitsOptions>, 'output'>;

/** Result of {@link hits}: hub and authority scores, scaled as the `scale` option asks (default: each sums to 1). */
export interface HitsResult {
  hubs: Record<string, number>;
  authorities: Record<string, number>;
  iterations: number;
  converged: boolean;
}

/** Result of {@link hits} with `output: 'vector'`: hub and authority scores as {@link NodeVector}s in the adjacency's node order. */
export interface HitsVectorResult {
  hubs: NodeVector;
  authorities: NodeVector;
  /** Iterations performed. */
  iterations: number;
  /** Whether the change fell below the tolerance within `maxIterations`. */
  converged: boolean;
}

/**
 * HITS hubs and authorities (Kleinberg 1999): authorities a are the principal
 * eigenvector of AᵀA and hubs h = A a (a good hub points to good authorities, a
 * good authority is pointed to by good hubs), each normalised to sum 1 (NetworkX;
 * `scale: 'max'` as igraph, `'unit'` for unit length). Weights
 * are **similarities** (A holds w_uv). For undirected graphs hubs = authorities.
 *
 * Method (as NetworkX `hits`): power iteration a ← AᵀA a from the uniform
 * vector, scaled by its maximum each step, until Σ_i |a_i − a'_i| < tolerance
 * (not N × tolerance); then h = A a. Never throws on non-convergence. When the
 * leading eigenvalue of AᵀA is repeated (e.g. several equally strong
 * components) the scores depend on the start vector, as in every power method.
 * Edge cases: empty graph → `{}`; a graph without edges (or with all weights 0)
 * has no hub or authority structure: every score is 0.
 *
 * Progress: `onProgress` receives `{ task: 'hits', done, total: maxIterations, unit: 'iterations' }`;
 * an aborted `signal` throws `ZonelinkError` code `aborted`.
 *
 * Reference: J. M. Kleinberg (1999), Authoritative sources in a hyperlinked
 * environment, Journal of the ACM 46(5):604–632.
 *
 * @example
 * const { hubs, authorities } = hits(graph, { weight: 'investment' });
 * hits(graph, { output: 'vector' }).hubs.values; // a Float64Array in the adjacency's node order
 */
export function hits(graph: GraphInput, options?: HitsOptions & RecordOutput): HitsResult;
/** {@link hits} with `output: 'vector'`: hubs and authorities as {@link NodeVector}s in the adjacency's node order. */
export function hits(graph: GraphInput, options: HitsOptions & VectorOutput): HitsVectorResult;
/** {@link hits} with an `output` known only at run time. */
export function hits(graph: GraphInput, options: HitsOptions & OutputOptions): HitsResult | HitsVectorResult;
export function hits(graph: GraphInput, options: HitsOptions & OutputOptions = {}): HitsResult | HitsVectorResult {
  const resolved = hitsOptions.read(options);
  const { weight, scale, maxIterations, tolerance, output } = resolved;
  // scale-free measure: weights are rescaled to max 1 so that extreme magnitudes neither overflow nor vanish
  const csr = unitMaxWeights(compactAdjacency(graph, { weight, caller: 'hits' }));
  const n = csr.nodes.length;
  const shaped = (hubs: Float64Array, authorities: Float64Array, iterations: number, converged: boolean): HitsResult | HitsVectorResult =>
    output === 'vector'
      ? { hubs: { nodes: csr.nodes, values: hubs }, authorities: { nodes: csr.nodes, values: authorities }, iterations, converged }
      : { hubs: nodeRecord(csr.nodes, hubs), authorities: nodeRecord(csr.nodes, authorities), iterations, converged };
  if (n === 0) return shaped(new Float64Array(0), new Float64Array(0), 0, true);
  const { outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights } = csr;
  let a = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const h = new Float64Array(n);
  const hubsOf = (authority: Float64Array) => {
    for (let u = 0; u < n; u++) {
      let s = 0;
      const end = outOffsets[u + 1];
      for (let e = outOffsets[u]; e < end; e++) s += outWeights[e] * authority[outTargets[e]];
      h[u] = s;
    }
  };
  let iterations = 0;
  let converged = false;
  let degenerate = false;
  const progress = progressReporter('hits', resolved, maxIterations, 'iterations');
  while (iterations < maxIterations) {
    iterations++;
    progress.tick();
    hubsOf(a);
    let max = 0;
    for (let v = 0; v < n; v++) {
      let s = 0;
      const end = inOffsets[v + 1];
      for (let e = inOffsets[v]; e < end; e++) s += inWeights[e] * h[inSources[e]];
      next[v] = s;
      if (s > max) max = s;
    }
    if (max === 0) {
      degenerate = true;
      converged = true;
      break;
    }
    let change = 0;
    for (let v = 0; v < n; v++) {
      const value = next[v] / max;
      change += Math.abs(value - a[v]);
      next[v] = value;
    }
    const t = a;
    a = next;
    next = t;
    if (change < tolerance) {
      converged = true;
      break;
    }
  }
  progress.finish();
  if (degenerate) {
    return shaped(new Float64Array(n), new Float64Array(n), iterations, converged);
  }
  hubsOf(a);
  scaleVector(a, scale);
  scaleVector(h, scale);
  return shaped(h, a, iterations, converged);
}
