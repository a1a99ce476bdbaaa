import type { GraphInput } from '../../network/compact-adjacency.js';
import { distanceAdjacency } from '../centrality/distance-adjacency.js';
import { distanceWorkspace, singleSourceDistances } from './single-source-distances.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';
import { progressReporter } from '../../progress/progress-reporter.js';
import { pathLengthOptionSpecs } from '../centrality/distance-adjacency.js';

/** The declared options of {@link pathLengthSummary} (checks, defaults and docs/options.md come from here). */
export const pathLengthSummaryOptions = defineOptions('pathLengthSummary', { ...pathLengthOptionSpecs, ...progressOptionSpecs });

/** Options of {@link pathLengthSummary}, declared in {@link pathLengthSummaryOptions} (see docs/options.md#pathlengthsummary). */
export type PathLengthSummaryOptions = OptionsOf<typeof pathLengthSummaryOptions>;

/** Whole-network path statistics, see {@link pathLengthSummary}. */
export interface PathLengthSummary {
  /** Mean distance over the ordered pairs (u, v), u ≠ v, where v is reachable from u; NaN if there are none. */
  averagePathLength: number;
  /** Largest finite distance between any two nodes; NaN if no pair is reachable. */
  diameter: number;
  /**
   * Smallest eccentricity, where a node's eccentricity is its largest finite
   * distance to the nodes it reaches (0 for a node that reaches none); NaN for
   * the empty graph.
   */
  radius: number;
  /** Number of ordered pairs (u, v), u ≠ v, with v reachable from u (each undirected pair counts twice). */
  reachablePairs: number;
  /** Latora–Marchiori global efficiency Σ_{u≠v} 1/d(u, v) / (n(n − 1)), unreachable pairs adding 0; NaN if n < 2. */
  efficiency: number;
}

/**
 * Average path length, diameter, radius and global efficiency, computed from
 * all-pairs shortest paths (one breadth-first search or Dijkstra per node).
 *
 *   averagePathLength = Σ d(u, v) / R,   over the R ordered pairs u ≠ v with d(u, v) < ∞
 *   diameter = max d(u, v) over those pairs
 *   radius   = min_u ecc(u),   ecc(u) = max_{v reachable from u} d(u, v)  (0 if u reaches none)
 *   efficiency = Σ_{u ≠ v} 1/d(u, v) / (n(n − 1)),   1/∞ = 0
 *
 * **Disconnected graphs** are allowed: distances are taken only between pairs
 * that reach each other, as igraph `average_path_length(unconn=True)`,
 * `diameter(unconn=True)` and `radius()` (whose eccentricities also ignore
 * unreachable nodes, so any isolated node makes the radius 0); NetworkX's
 * `average_shortest_path_length`, `diameter` and `radius` raise on a
 * disconnected graph instead, and on a connected graph all agree. The
 * efficiency is Latora & Marchiori's, where unreachable pairs contribute 0 —
 * NetworkX `global_efficiency` (which returns 0 rather than NaN for n < 2 and
 * is undirected only).
 *
 * **Directed graphs**: ordered pairs along edge directions (d(u, v) may differ
 * from d(v, u)); eccentricities are out-eccentricities, as igraph
 * `radius(mode="out")`.
 *
 * **Weights** are distances by default (`distance: 'weight'`, > 0);
 * `distance: 'inverse'` reads strengths as lengths 1/w (weight 0 = no edge);
 * `null`, or a graph without weights, counts hops — the same rule as
 * `betweenness` and `closeness`. Self-loops never shorten a path.
 *
 * Cost O(n·m) unweighted, O(n·m log n) weighted; memory O(n + m). Progress is
 * reported per source node (`onProgress`, unit `sources`) and `signal` cancels.
 *
 * Options: see docs/options.md#pathlengthsummary (`weight`, `distance`, `onProgress`, `signal`).
 *
 * References: V. Latora & M. Marchiori (2001), Efficient behavior of
 * small-world networks, Physical Review Letters 87(19):198701; S. Wasserman &
 * K. Faust (1994), Social Network Analysis, Cambridge University Press, §4.3.
 *
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c'); g.mergeEdge('x', 'y');
 * pathLengthSummary(g);
 * // { averagePathLength: 1.25, diameter: 2, radius: 1, reachablePairs: 8, efficiency: 0.35 }
 */
export function pathLengthSummary(graph: GraphInput, options: PathLengthSummaryOptions = {}): PathLengthSummary {
  const read = pathLengthSummaryOptions.read(options);
  const adjacency = distanceAdjacency(graph, read, 'pathLengthSummary');
  const n = adjacency.n;
  const progress = progressReporter('pathLengthSummary', read, n, 'sources');
  const work = distanceWorkspace(n);
  let total = 0;
  let inverseTotal = 0;
  let pairs = 0;
  let diameter = -Infinity;
  let radius = Infinity;
  for (let s = 0; s < n; s++) {
    singleSourceDistances(adjacency, s, 'out', work);
    let eccentricity = 0;
    // reached[0] is the source itself
    for (let i = 1; i < work.reachedCount; i++) {
      const d = work.distance[work.reached[i]];
      total += d;
      inverseTotal += 1 / d;
      if (d > eccentricity) eccentricity = d;
    }
    pairs += work.reachedCount - 1;
    if (work.reachedCount > 1 && eccentricity > diameter) diameter = eccentricity;
    if (eccentricity < radius) radius = eccentricity;
    progress.tick();
  }
  progress.finish();
  return {
    averagePathLength: pairs > 0 ? total / pairs : NaN,
    diameter: pairs > 0 ? diameter : NaN,
    radius: n > 0 ? radius : NaN,
    reachablePairs: pairs,
    efficiency: n > 1 ? inverseTotal / (n * (n - 1)) : NaN,
  };
}
