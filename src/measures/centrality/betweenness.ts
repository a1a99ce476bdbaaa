import type { GraphInput } from '../../network/compact-adjacency.js';
import { invalidArgument } from '../../error/zonelink-error.js';
import { brandesBlockedSums } from './brandes-kernel.js';
import { distanceAdjacency, pathLengthOptionSpecs, type DistanceAdjacency } from './distance-adjacency.js';
import { nodeRecord } from './node-record.js';
import { outputOptionSpecs, type NodeVector, type OutputOptions, type RecordOutput, type VectorOutput } from './centrality-output.js';
import { checkCutoff, cutoffOptionSpec } from './path-cutoff.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { booleanOption } from '../../options/option-spec.js';
import { progressOptionSpecs, progressReporter } from '../../progress/index.js';

/** The declarations shared by {@link betweenness} and `approximateBetweenness` (and the options of `parallelBetweenness`). */
export const betweennessOptionSpecs = {
  ...pathLengthOptionSpecs,
  normalized: booleanOption({
    doc: 'Divide by the number of node pairs that could route through a node: (n−1)(n−2) ordered pairs, or n(n−1) with endpoints (NetworkX).',
    default: true,
  }),
  endpoints: booleanOption({ doc: 'Count the two endpoints of every shortest path as lying on it.', default: false }),
  cutoff: cutoffOptionSpec,
  ...progressOptionSpecs,
};

/** The declared options of {@link betweenness}. */
export const betweennessOptions = defineOptions('betweenness', { ...betweennessOptionSpecs, ...outputOptionSpecs });

/**
 * Options of {@link betweenness} (see {@link betweennessOptions}): the path-length
 * options, `normalized` (default `true`), `endpoints` (default `false`),
 * `cutoff` (default `Infinity`: only shortest paths of length ≤ cutoff count,
 * igraph's semantics; the normalisation is unchanged) and `onProgress`/`signal`
 * (progress per source, cancellation). `output` is added by the overloads (see
 * {@link OutputOptions}).
 */
export type BetweennessOptions = Omit<OptionsOf<typeof betweennessOptions>, "output">;

/**
 * Exact shortest-path betweenness centrality (Brandes 2001):
 *
 *   B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st
 *
 * where σ_st counts shortest s–t paths and σ_st(v) those through v. Weights are
 * **distances** by default (`distance: 'weight'`, lengths must be > 0); for
 * strengths (flows, linkage counts) use `distance: 'inverse'`, the named rule
 * length = 1/w (weight 0 = no connection); `distance: null` or `weight: null`
 * counts hops. A graph without the weight attribute is unweighted.
 *
 * Conventions (identical to NetworkX 3.6 `betweenness_centrality`): the sum runs
 * over ordered pairs; for undirected graphs raw values are halved (each unordered
 * pair counts once). Normalized values divide the ordered-pair sum by (n−1)(n−2)
 * (by n(n−1) with endpoints); with n ≤ 2 (n ≤ 1 with endpoints) nothing is
 * rescaled and every value is 0. Self-loops never lie on shortest paths.
 * Disconnected graphs: unreachable pairs contribute nothing.
 *
 * Implementation: BFS (hop counts) or Dijkstra with a binary heap on typed arrays,
 * Float64 path counts (exact up to 2^53, no 32-bit overflow), O(nm) unweighted and
 * O(nm + n² log n) weighted; ties of weighted paths use exact floating equality,
 * as NetworkX does. For big graphs see `approximateBetweenness` and, in Node,
 * `parallelBetweenness` (same numbers, worker threads).
 *
 * Reference: U. Brandes (2001), A faster algorithm for betweenness centrality,
 * Journal of Mathematical Sociology 25(2):163–177; U. Brandes (2008), On variants
 * of shortest-path betweenness centrality and their generic computation, Social
 * Networks 30(2):136–145 (endpoints).
 *
 * Progress: `onProgress` receives `{ task: 'betweenness', done, total: n, unit: 'sources' }`;
 * an aborted `signal` throws `ZonelinkError` code `aborted`.
 *
 * @throws ZonelinkError for multigraphs, mixed graphs, invalid or zero distances.
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c');
 * betweenness(g, { normalized: false }); // { a: 0, b: 1, c: 0 }
 * betweenness(g, { normalized: false, output: 'vector' }).values; // Float64Array [0, 1, 0]
 */
export function betweenness(graph: GraphInput, options?: BetweennessOptions & RecordOutput): Record<string, number>;
/** {@link betweenness} with `output: 'vector'`: the values as a {@link NodeVector} in the adjacency's node order. */
export function betweenness(graph: GraphInput, options: BetweennessOptions & VectorOutput): NodeVector;
/** {@link betweenness} with an `output` known only at run time. */
export function betweenness(graph: GraphInput, options: BetweennessOptions & OutputOptions): Record<string, number> | NodeVector;
export function betweenness(graph: GraphInput, options: BetweennessOptions & OutputOptions = {}): Record<string, number> | NodeVector {
  const resolved = betweennessOptions.read(options);
  const prepared = prepareBetweenness(graph, resolved, 'betweenness');
  const sources = allSources(prepared.adjacency.n);
  const progress = progressReporter('betweenness', resolved, sources.length, 'sources');
  const raw = brandesBlockedSums(prepared.adjacency, sources, prepared.endpoints, prepared.cutoff, progress.tick);
  progress.finish();
  rescaleBetweenness(raw, prepared, null);
  const output = resolved.output;
  return output === 'vector' ? { nodes: prepared.adjacency.nodes, values: raw } : nodeRecord(prepared.adjacency.nodes, raw);
}

/** Validated options and the distance CSR of a betweenness computation. */
export interface PreparedBetweenness {
  adjacency: DistanceAdjacency;
  normalized: boolean;
  endpoints: boolean;
  /** Longest path length that counts (Infinity: all). */
  cutoff: number;
}

/** Validates the options and builds the CSR with lengths (shared by every betweenness). */
export function prepareBetweenness(graph: GraphInput, options: BetweennessOptions, caller: string): PreparedBetweenness {
  const normalized = options.normalized ?? true;
  const endpoints = options.endpoints ?? false;
  if (typeof normalized !== 'boolean') {
    invalidArgument(caller, `option normalized must be a boolean, got ${String(normalized)}`, { field: 'normalized' });
  }
  if (typeof endpoints !== 'boolean') {
    invalidArgument(caller, `option endpoints must be a boolean, got ${String(endpoints)}`, { field: 'endpoints' });
  }
  const cutoff = checkCutoff(caller, options.cutoff);
  return { adjacency: distanceAdjacency(graph, options, caller), normalized, endpoints, cutoff };
}

/** 0, 1, …, n−1 as sources. */
export function allSources(n: number): Int32Array {
  const sources = new Int32Array(n);
  for (let i = 0; i < n; i++) sources[i] = i;
  return sources;
}

/**
 * Scales raw ordered-pair sums in place exactly as NetworkX 3.6 `_rescale`:
 * N = n (endpoints) or n − 1; N < 2 → unchanged. Exact: normalized 1/(N(N−1)),
 * raw 1/2 undirected. Sampled k sources with endpoints: normalized 1/(k(N−1)),
 * raw N/(k·c) (c = 2 undirected, 1 directed). Sampled without endpoints, the
 * conditionally unbiased scaling: sampled nodes N/((k−1)c) (normalized
 * 1/((k−1)(N−1)); NaN for k = 1), the others N/(k c) (normalized 1/(k(N−1))).
 */
export function rescaleBetweenness(
  values: Float64Array,
  prepared: PreparedBetweenness,
  sampledSources: Int32Array | null,
): void {
  const n = prepared.adjacency.n;
  const N = prepared.endpoints ? n : n - 1;
  if (N < 2) return;
  const correction = prepared.adjacency.directed ? 1 : 2;
  if (sampledSources === null || prepared.endpoints) {
    const k = sampledSources === null ? N : sampledSources.length;
    const scale = prepared.normalized ? 1 / (k * (N - 1)) : N / (k * correction);
    if (scale !== 1) for (let i = 0; i < n; i++) values[i] *= scale;
    return;
  }
  const k = sampledSources.length;
  const sourceScale = k > 1 ? (prepared.normalized ? 1 / ((k - 1) * (N - 1)) : N / ((k - 1) * correction)) : NaN;
  const otherScale = prepared.normalized ? 1 / (k * (N - 1)) : N / (k * correction);
  const isSource = new Uint8Array(n);
  for (let i = 0; i < k; i++) isSource[sampledSources[i]] = 1;
  for (let i = 0; i < n; i++) values[i] *= isSource[i] === 1 ? sourceScale : otherScale;
}
