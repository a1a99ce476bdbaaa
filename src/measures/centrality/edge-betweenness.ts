import type { AbstractGraph as Graph } from 'graphology-types';
import { isCompactAdjacency, type GraphInput } from '../../network/compact-adjacency.js';
import { isZoneNetwork } from '../../network/zone-network.js';
import { project } from '../../network/project.js';
import { invalidArgument } from '../../error/zonelink-error.js';
import { brandesEdgeSums } from './brandes-kernel.js';
import { distanceAdjacency, pathLengthOptionSpecs, type DistanceAdjacency } from './distance-adjacency.js';
import { cutoffOptionSpec } from './path-cutoff.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { booleanOption } from '../../options/option-spec.js';
import { progressOptionSpecs, progressReporter } from '../../progress/index.js';

/** The declared options of {@link edgeBetweenness}. */
export const edgeBetweennessOptions = defineOptions('edgeBetweenness', {
  ...pathLengthOptionSpecs,
  normalized: booleanOption({
    doc: "Divide the ordered-pair sums by n(n − 1) (NetworkX edge_betweenness_centrality; igraph's edge_betweenness is unnormalised).",
    default: true,
  }),
  cutoff: cutoffOptionSpec,
  ...progressOptionSpecs,
});

/**
 * Options of {@link edgeBetweenness} (see {@link edgeBetweennessOptions}): the
 * path-length options; `normalized` (default `true`: divide the ordered-pair
 * sums by n(n − 1), for undirected graphs the unordered sum by n(n − 1)/2, as
 * NetworkX; igraph's `edge_betweenness` is unnormalised: use `false`; n ≤ 1:
 * nothing is rescaled); `cutoff` (default `Infinity`, igraph's semantics);
 * `onProgress`/`signal` (progress per source, cancellation).
 */
export type EdgeBetweennessOptions = OptionsOf<typeof edgeBetweennessOptions>;

/**
 * Exact shortest-path edge betweenness (Girvan & Newman 2002; Brandes 2001, 2008):
 *
 *   B(e) = Σ_{s ≠ t} σ_st(e) / σ_st
 *
 * where σ_st counts shortest s–t paths and σ_st(e) those using edge e. Computed
 * by the same Brandes kernel as {@link betweenness} (each DAG edge v → w of a
 * source's shortest paths gains σ_sv/σ_sw · (1 + δ_s(w))), with Float64 path
 * counts (exact integers up to 2^53, never 32-bit).
 *
 * Weights are **distances** by default (`distance: 'weight'`, lengths > 0); for
 * strengths use `distance: 'inverse'` (length 1/w; an edge of weight 0 is no
 * connection and gets 0); `distance: null` or `weight: null` counts hops — the
 * same `distance` option as `betweenness`.
 *
 * Conventions (identical to NetworkX `edge_betweenness_centrality`): the sum
 * runs over ordered pairs; undirected raw values are halved (each unordered
 * pair once) — equal to igraph `edge_betweenness(directed=False)`; normalised
 * values divide the ordered-pair sum by n(n − 1). Self-loops get 0.
 * Disconnected graphs: unreachable pairs contribute nothing.
 *
 * The result is keyed by the graph's edge keys. A ZoneNetwork (or a view of
 * one) is first projected with `project(net)`, so the keys are the projected
 * graph's (`a--b`, or `a->b` when directed). A prebuilt compact adjacency
 * has no edge keys and is rejected.
 *
 * O(nm) unweighted, O(nm + n² log n) weighted; ties of weighted paths use exact
 * floating equality, as NetworkX does.
 *
 * References: M. Girvan & M. E. J. Newman (2002), Community structure in social
 * and biological networks, PNAS 99(12):7821–7826; U. Brandes (2008), On variants
 * of shortest-path betweenness centrality and their generic computation, Social
 * Networks 30(2):136–145.
 *
 * Progress: `onProgress` receives `{ task: 'edgeBetweenness', done, total: n, unit: 'sources' }`;
 * an aborted `signal` throws `ZonelinkError` code `aborted`.
 *
 * @throws ZonelinkError for a compact adjacency, multigraphs, mixed graphs,
 *   invalid or zero distances, or invalid options.
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdgeWithKey('ab', 'a', 'b'); g.mergeEdgeWithKey('bc', 'b', 'c');
 * edgeBetweenness(g, { normalized: false }); // { ab: 2, bc: 2 }
 */
export function edgeBetweenness(graph: GraphInput, options: EdgeBetweennessOptions = {}): Record<string, number> {
  const caller = 'edgeBetweenness';
  const resolved = edgeBetweennessOptions.read(options);
  if (isCompactAdjacency(graph)) {
    invalidArgument(caller, 'a compact adjacency has no edge keys; pass the graphology graph', { field: 'graph' });
  }
  const { normalized, cutoff } = resolved;
  const simple: Graph = isZoneNetwork(graph) ? (project(graph) as unknown as Graph) : graph;
  const adjacency = distanceAdjacency(simple, resolved, caller);
  const progress = progressReporter(caller, resolved, adjacency.n, 'sources');
  const sums = brandesEdgeSums(adjacency, cutoff, progress.tick);
  progress.finish();
  const n = adjacency.n;
  let scale = 1;
  if (normalized) {
    if (n > 1) scale = 1 / (n * (n - 1));
  } else if (!adjacency.directed) {
    scale = 0.5;
  }
  return edgeRecord(simple, adjacency, sums, scale);
}

/**
 * Sums the out-CSR positions of each edge (both directions of an undirected
 * edge) into a record keyed by edge key, in graphology's edge order. An edge
 * without a position (weight 0 under `distance: 'inverse'`) gets 0.
 */
function edgeRecord(graph: Graph, adjacency: DistanceAdjacency, sums: Float64Array, scale: number): Record<string, number> {
  const { nodes, outOffsets, outTargets } = adjacency;
  const index = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) index.set(nodes[i], i);
  const position = new Int32Array(nodes.length).fill(-1);
  const record: Record<string, number> = {};
  graph.forEachEdge((edge) => {
    record[edge] = 0;
  });
  const addRow = (edge: string, other: string) => {
    const p = position[index.get(other)!];
    if (p >= 0) record[edge] += sums[p] * scale;
  };
  for (let u = 0; u < nodes.length; u++) {
    for (let p = outOffsets[u]; p < outOffsets[u + 1]; p++) position[outTargets[p]] = p;
    const key = nodes[u];
    if (adjacency.directed) graph.forEachOutEdge(key, (edge, _a, _s, target) => addRow(edge, target));
    else graph.forEachEdge(key, (edge, _a, source, target) => {
      // a self-loop is listed once and has no shortest-path share
      if (source !== target) addRow(edge, source === key ? target : source);
    });
    for (let p = outOffsets[u]; p < outOffsets[u + 1]; p++) position[outTargets[p]] = -1;
  }
  return record;
}
