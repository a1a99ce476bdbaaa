import type { GraphInput } from '../../network/compact-adjacency.js';
import { distanceAdjacency, pathLengthOptionSpecs } from './distance-adjacency.js';
import { distanceSums } from './distance-sums.js';
import { nodeRecord } from './node-record.js';
import { outputOptionSpecs, type NodeVector, type OutputOptions, type RecordOutput, type VectorOutput } from './centrality-output.js';
import { cutoffOptionSpec } from './path-cutoff.js';
import { nodeIndices } from './node-indices.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { booleanOption, choiceOption, customOption } from '../../options/option-spec.js';
import { progressOptionSpecs, progressReporter } from '../../progress/index.js';

const NODE_LIST_TYPE = 'an array of node ids';
const nodeList = (doc: string) =>
  customOption<readonly string[]>({ type: NODE_LIST_TYPE, doc, check: (value) => (Array.isArray(value) ? undefined : NODE_LIST_TYPE) });

/** The declared options of {@link harmonic}. */
export const harmonicOptions = defineOptions('harmonic', {
  ...pathLengthOptionSpecs,
  normalized: booleanOption({ doc: "Divide by n − 1 (igraph's normalized=True); n ≤ 1 gives 0.", default: false }),
  mode: choiceOption(['in', 'out'] as const, { doc: "Directed graphs: 'in' sums 1/d(v, u) (NetworkX), 'out' sums 1/d(u, v).", default: 'in' }),
  cutoff: cutoffOptionSpec,
  nodes: nodeList("Compute these nodes only (NetworkX's nbunch); the result has just their keys, in this order."),
  sources: nodeList("Sum over these nodes v only (NetworkX's sources)."),
  ...progressOptionSpecs,
  ...outputOptionSpecs,
});

/**
 * Options of {@link harmonic} (see {@link harmonicOptions}): the path-length
 * options; `normalized` (default `false`, NetworkX); `mode` (`'in'`, default, or
 * `'out'`); `cutoff` (default `Infinity`, igraph's semantics); `nodes` (compute
 * these nodes only — the result, and with `output: 'vector'` the vector's
 * `nodes`, are this list in this order; each costs one shortest-path search);
 * `sources` (sum over these nodes only: H(u) = Σ_{v ∈ sources, v ≠ u} 1/d(v, u));
 * `onProgress`/`signal` (progress per searched node, cancellation). `output` is
 * added by the overloads (see {@link OutputOptions}).
 */
export type HarmonicOptions = Omit<OptionsOf<typeof harmonicOptions>, 'output'>;

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
 * Progress: `onProgress` receives `{ task: 'harmonic', done, total, unit: 'sources' }`
 * (one unit per searched node); an aborted `signal` throws `ZonelinkError` code `aborted`.
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
  const resolved = harmonicOptions.read(options);
  const { normalized, mode, cutoff, output } = resolved;
  const adjacency = distanceAdjacency(graph, resolved, 'harmonic');
  const only = resolved.nodes === undefined ? null : nodeIndices('harmonic', resolved.nodes, adjacency.nodes);
  let counted: Uint8Array | null = null;
  if (resolved.sources !== undefined) {
    counted = new Uint8Array(adjacency.n);
    for (const i of nodeIndices('harmonic', resolved.sources, adjacency.nodes)) counted[i] = 1;
  }
  const progress = progressReporter('harmonic', resolved, only === null ? adjacency.n : only.length, 'sources');
  const { inverseTotal } = distanceSums(adjacency, mode, cutoff, only, counted, progress.tick);
  progress.finish();
  const n = adjacency.n;
  if (normalized) for (let u = 0; u < n; u++) inverseTotal[u] = n > 1 ? inverseTotal[u] / (n - 1) : 0;
  if (only === null) return output === 'vector' ? { nodes: adjacency.nodes, values: inverseTotal } : nodeRecord(adjacency.nodes, inverseTotal);
  // `nodes` given: the result covers just those nodes, in their order (the vector too)
  const subset = Array.from(only, (i) => adjacency.nodes[i]);
  const values = Float64Array.from(only, (i) => inverseTotal[i]);
  return output === 'vector' ? { nodes: subset, values } : nodeRecord(subset, values);
}
