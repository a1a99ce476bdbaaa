import type { GraphInput } from '../../network/compact-adjacency.js';
import { distanceAdjacency, pathLengthOptionSpecs } from './distance-adjacency.js';
import { distanceSums } from './distance-sums.js';
import { nodeRecord } from './node-record.js';
import { outputOptionSpecs, type NodeVector, type OutputOptions, type RecordOutput, type VectorOutput } from './centrality-output.js';
import { cutoffOptionSpec } from './path-cutoff.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { booleanOption, choiceOption } from '../../options/option-spec.js';
import { progressOptionSpecs, progressReporter } from '../../progress/index.js';

/**
 * What closeness does on graphs that are not (strongly) connected:
 * - `'component'`: Wasserman–Faust — closeness within the node's reachable set,
 *   scaled by the share of the graph it reaches (NetworkX `wf_improved=True`);
 * - `'reachable'`: closeness within the reachable set only, (r − 1)/Σd (NetworkX
 *   `wf_improved=False`, igraph `closeness(normalized=True)`); a node of a small
 *   component can score as high as a hub;
 * - `'harmonic'`: the normalised harmonic closeness Σ 1/d /(n − 1) (unreachable = 0).
 */
export type ClosenessDisconnectedRule = 'component' | 'reachable' | 'harmonic';

/** The declared options of {@link closeness}. */
export const closenessOptions = defineOptions('closeness', {
  ...pathLengthOptionSpecs,
  disconnected: choiceOption(['component', 'reachable', 'harmonic'] as const, {
    doc: "Rule for graphs that are not (strongly) connected: 'component' (Wasserman–Faust, NetworkX wf_improved), 'reachable' (igraph), 'harmonic'.",
    default: 'component',
  }),
  mode: choiceOption(['in', 'out'] as const, {
    doc: "Directed graphs: 'in' uses distances d(v, u) to u (NetworkX), 'out' distances d(u, v) from u (igraph). Ignored for undirected graphs.",
    default: 'in',
  }),
  normalized: booleanOption({ doc: 'false drops the (r − 1) of the mean, giving the inverse total distance (igraph normalized=False).', default: true }),
  isolated: choiceOption(['zero', 'nan'] as const, { doc: "Value of a node that reaches no one: 'zero' (NetworkX) or 'nan' (igraph).", default: 'zero' }),
  cutoff: cutoffOptionSpec,
  ...progressOptionSpecs,
  ...outputOptionSpecs,
});

/**
 * Options of {@link closeness} (see {@link closenessOptions}): the path-length
 * options; `disconnected` ({@link ClosenessDisconnectedRule}, default
 * `'component'`); `mode` (`'in'`, NetworkX, or `'out'`, igraph's default);
 * `normalized` (default `true`; `false` gives 1/Σd under `'reachable'`,
 * (r − 1)/((n − 1)Σd) under `'component'`, Σ 1/d under `'harmonic'`);
 * `isolated` (`'zero'`, NetworkX, or `'nan'`, igraph); `cutoff` (default
 * `Infinity`); `onProgress`/`signal` (progress per source, cancellation).
 * `output` is added by the overloads (see {@link OutputOptions}).
 */
export type ClosenessOptions = Omit<OptionsOf<typeof closenessOptions>, 'output'>;

/**
 * Closeness centrality (Bavelas 1950; Freeman 1979): the inverse mean distance
 * between a node and the others,
 *
 *   C(u) = (r − 1)/Σ_v d(v, u) · (r − 1)/(n − 1)      (`disconnected: 'component'`, default)
 *   C(u) = (r − 1)/Σ_v d(v, u)                        (`'reachable'`)
 *   C(u) = Σ_{v ≠ u} 1/d(v, u) / (n − 1)              (`'harmonic'`)
 *
 * where r is the number of nodes (u included) in u's reachable set. On a
 * connected graph the first two equal (n − 1)/Σd. The default equals NetworkX
 * `closeness_centrality` (Wasserman & Faust 1994, eq. 5.5 as implemented there).
 * A node that reaches nobody, and every node of a graph with n ≤ 1, scores 0
 * (NetworkX), or NaN with `isolated: 'nan'` (igraph). `normalized: false` gives
 * 1/Σd (see {@link ClosenessOptions}); `cutoff` limits the distances considered.
 *
 * Weights are **distances** by default (`distance: 'weight'`); `distance: 'inverse'`
 * uses 1/w for strengths, `null` counts hops.
 *
 * References: L. C. Freeman (1979), Social Networks 1:215–239; S. Wasserman &
 * K. Faust (1994), Social Network Analysis, Cambridge University Press.
 *
 * Progress: `onProgress` receives `{ task: 'closeness', done, total: n, unit: 'sources' }`;
 * an aborted `signal` throws `ZonelinkError` code `aborted`.
 *
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c');
 * closeness(g); // { a: 2/3, b: 1, c: 2/3 }
 * closeness(g, { output: 'vector' }).values; // Float64Array [2/3, 1, 2/3]
 */
export function closeness(graph: GraphInput, options?: ClosenessOptions & RecordOutput): Record<string, number>;
/** {@link closeness} with `output: 'vector'`: the values as a {@link NodeVector} in the adjacency's node order. */
export function closeness(graph: GraphInput, options: ClosenessOptions & VectorOutput): NodeVector;
/** {@link closeness} with an `output` known only at run time. */
export function closeness(graph: GraphInput, options: ClosenessOptions & OutputOptions): Record<string, number> | NodeVector;
export function closeness(graph: GraphInput, options: ClosenessOptions & OutputOptions = {}): Record<string, number> | NodeVector {
  const resolved = closenessOptions.read(options);
  const { disconnected: rule, mode, normalized, isolated, cutoff, output } = resolved;
  const adjacency = distanceAdjacency(graph, resolved, 'closeness');
  const progress = progressReporter('closeness', resolved, adjacency.n, 'sources');
  const { reached, total, inverseTotal } = distanceSums(adjacency, mode, cutoff, null, null, progress.tick);
  progress.finish();
  const n = adjacency.n;
  const values = new Float64Array(n);
  const alone = isolated === 'nan' ? NaN : 0;
  for (let u = 0; u < n; u++) {
    if (rule === 'harmonic') values[u] = n <= 1 ? 0 : normalized ? inverseTotal[u] / (n - 1) : inverseTotal[u];
    else if (n <= 1 || !(total[u] > 0)) values[u] = alone;
    else {
      // (r − 1)/Σd with r − 1 = reached[u]; unnormalised: 1/Σd
      const c = normalized ? reached[u] / total[u] : 1 / total[u];
      values[u] = rule === 'component' ? c * (reached[u] / (n - 1)) : c;
    }
  }
  return output === 'vector' ? { nodes: adjacency.nodes, values } : nodeRecord(adjacency.nodes, values);
}
