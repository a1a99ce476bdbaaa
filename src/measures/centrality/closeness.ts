import type { GraphInput } from '../../network/compact-adjacency.js';
import { invalidArgument } from '../../error/zonelink-error.js';
import { distanceAdjacency, type PathLengthOptions } from './distance-adjacency.js';
import { distanceSums } from './distance-sums.js';
import { nodeRecord } from './node-record.js';
import { resolveOutput, type NodeVector, type OutputOptions, type RecordOutput, type VectorOutput } from './centrality-output.js';
import { checkCutoff } from './path-cutoff.js';
import { checkOptions } from '../../error/argument-checks.js';

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

/** Options of {@link closeness}. */
export interface ClosenessOptions extends PathLengthOptions {
  /** Rule for disconnected graphs. Default `'component'`. */
  disconnected?: ClosenessDisconnectedRule;
  /**
   * Directed graphs: `'in'` uses distances d(v, u) *to* u (NetworkX), `'out'`
   * distances d(u, v) *from* u (igraph's default). Ignored for undirected graphs. Default `'in'`.
   */
  mode?: 'in' | 'out';
  /**
   * `false` drops the (r − 1) of the mean, giving the inverse total distance:
   * `'reachable'` → 1/Σd (igraph `closeness(normalized=False)`), `'component'` →
   * (r − 1)/((n − 1)Σd), `'harmonic'` → Σ 1/d (NetworkX `harmonic_centrality`).
   * On a connected graph every rule gives 1/Σd. Default `true` (NetworkX).
   */
  normalized?: boolean;
  /**
   * Value of a node that reaches no one (r = 1, or n ≤ 1): `'zero'` (NetworkX
   * `closeness_centrality`) or `'nan'` (igraph `closeness`, which returns NaN).
   * The `'harmonic'` rule always gives 0 (an empty sum). Default `'zero'`.
   */
  isolated?: 'zero' | 'nan';
  /**
   * Only nodes within distance ≤ `cutoff` count as reached (igraph
   * `closeness(cutoff=)`; NetworkX has none). Default `Infinity`.
   */
  cutoff?: number;
}

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
  checkOptions('closeness', options);
  const output = resolveOutput('closeness', options.output);
  const rule = options.disconnected ?? 'component';
  if (rule !== 'component' && rule !== 'reachable' && rule !== 'harmonic') {
    invalidArgument('closeness', `option disconnected must be 'component', 'reachable' or 'harmonic', got ${String(rule)}`, {
      field: 'disconnected',
      value: rule,
    });
  }
  const mode = resolveDirection('closeness', options.mode);
  const normalized = options.normalized ?? true;
  if (typeof normalized !== 'boolean') {
    invalidArgument('closeness', `option normalized must be a boolean, got ${String(normalized)}`, { field: 'normalized', value: normalized });
  }
  const isolated = options.isolated ?? 'zero';
  if (isolated !== 'zero' && isolated !== 'nan') {
    invalidArgument('closeness', `option isolated must be 'zero' or 'nan', got ${String(isolated)}`, { field: 'isolated', value: isolated });
  }
  const cutoff = checkCutoff('closeness', options.cutoff);
  const adjacency = distanceAdjacency(graph, options, 'closeness');
  const { reached, total, inverseTotal } = distanceSums(adjacency, mode, cutoff);
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

/** Validates an `'in' | 'out'` direction option (default `'in'`). */
export function resolveDirection(caller: string, mode: 'in' | 'out' | undefined): 'in' | 'out' {
  const resolved = mode ?? 'in';
  if (resolved !== 'in' && resolved !== 'out') {
    invalidArgument(caller, `option mode must be 'in' or 'out', got ${String(mode)}`, { field: 'mode', value: mode });
  }
  return resolved;
}
