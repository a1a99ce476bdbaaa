import type { GraphInput } from '../../network/compact-adjacency.js';
import { invalidArgument } from '../../error/zonelink-error.js';
import { distanceAdjacency } from '../centrality/distance-adjacency.js';
import { distanceWorkspace, singleSourceDistances } from './single-source-distances.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { choiceOption } from '../../options/option-spec.js';
import { pathLengthOptionSpecs } from '../centrality/distance-adjacency.js';

/**
 * The declared options of {@link shortestPathLengths} (checks, defaults and
 * docs/options.md come from here). No progress options: one search from one
 * source costs O(n + m) (O(m log n) with weights), not more than building the
 * adjacency it runs on.
 */
export const shortestPathLengthsOptions = defineOptions('shortestPathLengths', {
  ...pathLengthOptionSpecs,
  mode: choiceOption(['out', 'in'] as const, {
    doc: "Directed graphs: `'out'` gives d(source, v) along edge directions (NetworkX `single_source_shortest_path_length`), `'in'` gives d(v, source), the distance to the source. Ignored for undirected graphs.",
    default: 'out',
  }),
});

/** Options of {@link shortestPathLengths}, declared in {@link shortestPathLengthsOptions} (see docs/options.md#shortestpathlengths). */
export type ShortestPathLengthsOptions = OptionsOf<typeof shortestPathLengthsOptions>;

/**
 * Shortest-path distance from `source` to every node it reaches, keyed by node
 * (the source itself at 0, then the others in the graph's node order). Nodes
 * the source does not reach are **absent**, as in NetworkX
 * `single_source_shortest_path_length` / `single_source_dijkstra_path_length`
 * (igraph `distances` would give them Infinity, which JSON cannot hold).
 *
 * Weights are **distances** by default (`distance: 'weight'`, they must be > 0);
 * `distance: 'inverse'` reads them as strengths with length 1/w (weight 0 = no
 * edge), `null` (or a graph without weights) counts hops — the same rule as
 * `betweenness` and `closeness`. Breadth-first search for hops, Dijkstra (1959)
 * otherwise.
 *
 * Options: see docs/options.md#shortestpathlengths (`weight`, `distance`, `mode`).
 *
 * @throws ZonelinkError `invalid-argument` when `source` is not a node.
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c'); g.addNode('z');
 * shortestPathLengths(g, 'a'); // { a: 0, b: 1, c: 2 }
 */
export function shortestPathLengths(graph: GraphInput, source: string, options: ShortestPathLengthsOptions = {}): Record<string, number> {
  const caller = 'shortestPathLengths';
  const read = shortestPathLengthsOptions.read(options);
  const mode = read.mode;
  const adjacency = distanceAdjacency(graph, read, caller);
  const s = adjacency.nodes.indexOf(source);
  if (s < 0) invalidArgument(caller, `source ${String(source)} is not a node of the graph`, { code: 'unknown-node', field: 'source', value: source });
  const work = distanceWorkspace(adjacency.n);
  singleSourceDistances(adjacency, s, mode, work);
  const result: Record<string, number> = { [source]: 0 };
  for (let v = 0; v < adjacency.n; v++) {
    if (v !== s && work.distance[v] < Infinity) result[adjacency.nodes[v]] = work.distance[v];
  }
  return result;
}
