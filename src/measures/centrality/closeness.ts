import type { GraphInput } from '../../network/compact-adjacency.js';
import { invalidArgument } from '../../error/zonelink-error.js';
import { distanceAdjacency, type PathLengthOptions } from './distance-adjacency.js';
import { distanceSums } from './distance-sums.js';
import { nodeRecord } from './node-record.js';
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
 * A node that reaches nobody, and every node of a graph with n ≤ 1, scores 0.
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
 */
export function closeness(graph: GraphInput, options: ClosenessOptions = {}): Record<string, number> {
  checkOptions('closeness', options);
  const rule = options.disconnected ?? 'component';
  if (rule !== 'component' && rule !== 'reachable' && rule !== 'harmonic') {
    invalidArgument('closeness', `option disconnected must be 'component', 'reachable' or 'harmonic', got ${String(rule)}`, {
      field: 'disconnected',
      value: rule,
    });
  }
  const mode = resolveDirection('closeness', options.mode);
  const adjacency = distanceAdjacency(graph, options, 'closeness');
  const { reached, total, inverseTotal } = distanceSums(adjacency, mode);
  const n = adjacency.n;
  const values = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    if (n <= 1) values[u] = 0;
    else if (rule === 'harmonic') values[u] = inverseTotal[u] / (n - 1);
    else if (total[u] > 0) {
      const c = reached[u] / total[u];
      values[u] = rule === 'component' ? c * (reached[u] / (n - 1)) : c;
    }
  }
  return nodeRecord(adjacency.nodes, values);
}

/** Validates an `'in' | 'out'` direction option (default `'in'`). */
export function resolveDirection(caller: string, mode: 'in' | 'out' | undefined): 'in' | 'out' {
  const resolved = mode ?? 'in';
  if (resolved !== 'in' && resolved !== 'out') {
    invalidArgument(caller, `option mode must be 'in' or 'out', got ${String(mode)}`, { field: 'mode', value: mode });
  }
  return resolved;
}
