import type { GraphInput } from '../../network/compact-adjacency.js';
import { invalidArgument } from '../../error/zonelink-error.js';
import { resolveDirection } from './closeness.js';
import { distanceAdjacency, type PathLengthOptions } from './distance-adjacency.js';
import { distanceSums } from './distance-sums.js';
import { nodeRecord } from './node-record.js';
import { resolveOutput, type NodeVector, type OutputOptions, type RecordOutput, type VectorOutput } from './centrality-output.js';
import { checkCutoff } from './path-cutoff.js';
import { nodeIndices } from './node-indices.js';
import { checkOptions } from '../../error/argument-checks.js';

/** Options of {@link harmonic}. */
export interface HarmonicOptions extends PathLengthOptions {
  /** Divide by n − 1 (igraph's `normalized=True`). Default `false` (NetworkX). n ≤ 1 → 0. */
  normalized?: boolean;
  /** Directed graphs: `'in'` sums 1/d(v, u) (NetworkX), `'out'` sums 1/d(u, v). Default `'in'`. */
  mode?: 'in' | 'out';
  /**
   * Only distances ≤ `cutoff` count; farther nodes add nothing (igraph
   * `harmonic_centrality(cutoff=)`; NetworkX has none). Default `Infinity`.
   */
  cutoff?: number;
  /**
   * Compute the centrality of these nodes only (NetworkX's `nbunch`); the result
   * has just their keys, in this order (with `output: 'vector'`, the vector's
   * `nodes` are this list). Each costs one shortest-path search.
   * Default: every node.
   */
  nodes?: readonly string[];
  /**
   * Sum over these nodes v only (NetworkX's `sources`): H(u) = Σ_{v ∈ sources, v ≠ u} 1/d(v, u).
   * Default: every node.
   */
  sources?: readonly string[];
}

/**
 * Harmonic centrality (Marchiori & Latora 2000; Rochat 2009; Boldi & Vigna 2014):
 *
 *   H(u) = Σ_{v ≠ u} 1 / d(v, u),   1/∞ = 0,
 *
 * well defined on disconnected graphs (unreachable nodes add nothing); `cutoff`
 * limits the distances counted, `nodes` computes a subset and `sources` sums
 * over a subset of the other ends (NetworkX's `nbunch` and `sources`). Equals
 * NetworkX `harmonic_centrality` (unnormalised, incoming distances) by default.
 * Weights are **distances** by default (`distance: 'weight'`); `'inverse'` uses
 * 1/w for strengths, `null` counts hops.
 *
 * Reference: P. Boldi & S. Vigna (2014), Axioms for centrality, Internet
 * Mathematics 10(3–4):222–262.
 *
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c');
 * harmonic(g); // { a: 1.5, b: 2, c: 1.5 }
 * harmonic(g, { output: 'vector' }).values; // Float64Array [1.5, 2, 1.5]
 */
export function harmonic(graph: GraphInput, options?: HarmonicOptions & RecordOutput): Record<string, number>;
/** {@link harmonic} with `output: 'vector'`: the values as a {@link NodeVector} in the adjacency's node order. */
export function harmonic(graph: GraphInput, options: HarmonicOptions & VectorOutput): NodeVector;
/** {@link harmonic} with an `output` known only at run time. */
export function harmonic(graph: GraphInput, options: HarmonicOptions & OutputOptions): Record<string, number> | NodeVector;
export function harmonic(graph: GraphInput, options: HarmonicOptions & OutputOptions = {}): Record<string, number> | NodeVector {
  checkOptions('harmonic', options);
  const output = resolveOutput('harmonic', options.output);
  const normalized = options.normalized ?? false;
  if (typeof normalized !== 'boolean') {
    invalidArgument('harmonic', `option normalized must be a boolean, got ${String(normalized)}`, { field: 'normalized' });
  }
  const mode = resolveDirection('harmonic', options.mode);
  const cutoff = checkCutoff('harmonic', options.cutoff);
  const adjacency = distanceAdjacency(graph, options, 'harmonic');
  const only = options.nodes === undefined ? null : nodeIndices('harmonic', options.nodes, adjacency.nodes);
  let counted: Uint8Array | null = null;
  if (options.sources !== undefined) {
    counted = new Uint8Array(adjacency.n);
    for (const i of nodeIndices('harmonic', options.sources, adjacency.nodes)) counted[i] = 1;
  }
  const { inverseTotal } = distanceSums(adjacency, mode, cutoff, only, counted);
  const n = adjacency.n;
  if (normalized) for (let u = 0; u < n; u++) inverseTotal[u] = n > 1 ? inverseTotal[u] / (n - 1) : 0;
  if (only === null) return output === 'vector' ? { nodes: adjacency.nodes, values: inverseTotal } : nodeRecord(adjacency.nodes, inverseTotal);
  // `nodes` given: the result covers just those nodes, in their order (the vector too)
  const subset = Array.from(only, (i) => adjacency.nodes[i]);
  const values = Float64Array.from(only, (i) => inverseTotal[i]);
  return output === 'vector' ? { nodes: subset, values } : nodeRecord(subset, values);
}
