import type { GraphInput } from '../../network/compact-adjacency.js';
import { invalidArgument } from '../../error/zonelink-error.js';
import { seededRandom } from '../../random/seeded-random.js';
import { brandesBlockedSums } from './brandes-kernel.js';
import { betweennessOptionSpecs, prepareBetweenness, rescaleBetweenness, type PreparedBetweenness } from './betweenness.js';
import { nodeRecord } from './node-record.js';
import { outputOptionSpecs, type NodeVector, type OutputOptions, type RecordOutput, type VectorOutput } from './centrality-output.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { numberOption } from '../../options/option-spec.js';
import { progressReporter, type ProgressReporter } from '../../progress/index.js';
import { seedOption } from '../../statistics/check-seed.js';

/** The declared options of {@link approximateBetweenness}. */
export const approximateBetweennessOptions = defineOptions('approximateBetweenness', {
  ...betweennessOptionSpecs,
  samples: numberOption({ doc: 'Number k of source nodes sampled without replacement, 1 ≤ k ≤ n (required).', integer: true, min: 1 }),
  seed: seedOption,
  ...outputOptionSpecs,
});

/**
 * Options of {@link approximateBetweenness} (see {@link approximateBetweennessOptions}):
 * those of `betweenness`, the required `samples` and `seed` (default 0). `output`
 * is added by the overloads (see {@link OutputOptions}).
 */
export type ApproximateBetweennessOptions = Omit<OptionsOf<typeof approximateBetweennessOptions>, 'output' | 'samples'> & {
  /** Number k of source nodes sampled without replacement, 1 ≤ k ≤ n. Required. */
  samples: number;
};

/**
 * Betweenness estimated from k source nodes drawn uniformly without replacement
 * (Brandes & Pich 2007): the single-source dependencies of the sampled sources
 * are summed and scaled to be an unbiased estimate of {@link betweenness} (same
 * `weight`, `distance`, `normalized`, `endpoints` conventions).
 *
 * Scaling, identical to NetworkX 3.6 `betweenness_centrality(k=…)`: with N = n − 1
 * (n with endpoints) and c = 2 undirected / 1 directed, raw values are multiplied
 * by N/(k c). Without endpoints a sampled node cannot count itself as a source,
 * so it is scaled by N/((k−1) c) instead: both scalings are unbiased conditional
 * on whether the node was sampled (with k = 1 the sampled node's value is NaN).
 * With `samples = n` the result equals the exact betweenness bit for bit.
 *
 * Sampling: partial Fisher–Yates over node indices with `seededRandom(seed)`;
 * the sampled indices are then sorted so that the summation order matches the
 * exact computation.
 *
 * Reference: U. Brandes & C. Pich (2007), Centrality estimation in large
 * networks, International Journal of Bifurcation and Chaos 17(7):2303–2318.
 *
 * Progress: `onProgress` receives `{ task: 'approximateBetweenness', done, total: k, unit: 'sources' }`;
 * an aborted `signal` throws `ZonelinkError` code `aborted`.
 *
 * @throws ZonelinkError when `samples` is not an integer in [1, n], or for the
 *   graph and weight errors of {@link betweenness}.
 * @example
 * approximateBetweenness(graph, { samples: 200, seed: 7, weight: 'flow', distance: 'inverse' });
 * approximateBetweenness(graph, { samples: 200, output: 'vector' }).values; // a Float64Array in graph.nodes() order
 */
export function approximateBetweenness(graph: GraphInput, options: ApproximateBetweennessOptions & RecordOutput): Record<string, number>;
/** {@link approximateBetweenness} with `output: 'vector'`: the values as a {@link NodeVector} in the adjacency's node order. */
export function approximateBetweenness(graph: GraphInput, options: ApproximateBetweennessOptions & VectorOutput): NodeVector;
/** {@link approximateBetweenness} with an `output` known only at run time. */
export function approximateBetweenness(graph: GraphInput, options: ApproximateBetweennessOptions & OutputOptions): Record<string, number> | NodeVector;
export function approximateBetweenness(graph: GraphInput, options: ApproximateBetweennessOptions & OutputOptions): Record<string, number> | NodeVector {
  const caller = 'approximateBetweenness';
  if (options === undefined || options === null) invalidArgument(caller, 'options with samples are required');
  const resolved = approximateBetweennessOptions.read(options);
  const { output, seed } = resolved;
  const prepared = prepareBetweenness(graph, resolved, caller);
  const n = prepared.adjacency.n;
  const k = resolved.samples;
  if (k === undefined || k > n) {
    invalidArgument(caller, `option samples must be an integer in [1, ${n}] (the number of nodes), got ${String(k)}`, {
      field: 'samples',
      value: k,
    });
  }
  const random = seededRandom(seed);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  const sources = pool.slice(0, k).sort();
  const progress = progressReporter(caller, resolved, k, 'sources');
  const values = sampledBetweennessValues(prepared, sources, progress);
  progress.finish();
  return output === 'vector' ? { nodes: prepared.adjacency.nodes, values } : nodeRecord(prepared.adjacency.nodes, values);
}

/**
 * Betweenness from the given source indices, scaled as a k-sample estimate
 * (internal: lets tests replay NetworkX's own sample).
 */
export function sampledBetweenness(prepared: PreparedBetweenness, sources: Int32Array): Record<string, number> {
  return nodeRecord(prepared.adjacency.nodes, sampledBetweennessValues(prepared, sources));
}

/** {@link sampledBetweenness} in node-index order. */
function sampledBetweennessValues(prepared: PreparedBetweenness, sources: Int32Array, progress: ProgressReporter | null = null): Float64Array {
  const raw = brandesBlockedSums(prepared.adjacency, sources, prepared.endpoints, prepared.cutoff, progress === null ? null : progress.tick);
  rescaleBetweenness(raw, prepared, sources.length === prepared.adjacency.n ? null : sources);
  return raw;
}
