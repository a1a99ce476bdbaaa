import type { CompactAdjacency } from '../../network/compact-adjacency.js';
import type { NetworkContents } from '../../network/network-contents.js';
import { edgeListAdjacency } from '../../network/edge-list-adjacency.js';

/** The whole projection and each mode's, as compact adjacencies on one node indexing (internal). */
export interface ProjectedAdjacencies {
  /** The projection of every linkage. */
  total: CompactAdjacency;
  /** The projection of each mode's linkages alone, by mode (sorted); same `nodes` and `index` as `total`. */
  layers: Map<string, CompactAdjacency>;
  /** False when a merged weight summed past the largest double (the caller then projects the slow way, which reports it). */
  finite: boolean;
}

/**
 * The compact adjacency of the sum projection of `contents` and of each mode's
 * layer, built in one pass over the linkages without a graphology graph: the same
 * arrays as `compactAdjacency(projectContents(caller, contents, { directed, modes }))`
 * (nodes in the network's order; one edge per pair, in the order first met, with the
 * ends first met; parallel weights summed in linkage order; self-loops kept; an
 * undirected linkage two arcs when `directed`), so every sum over a row adds the same
 * numbers in the same order. O(n + m) time and memory for the total and the layers
 * together, where a graphology projection per layer costs a graph insertion per edge.
 */
export function projectedAdjacencies(contents: NetworkContents, directed: boolean): ProjectedAdjacencies {
  const nodes = contents.nodes;
  const n = nodes.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(nodes[i], i);
  const modes = [...new Set(contents.linkages.map((l) => l.mode))].sort();
  const modeIndex = new Map(modes.map((mode, k) => [mode, k]));
  const total = new MergedEdges();
  const layers = modes.map(() => new MergedEdges());
  for (const l of contents.linkages) {
    const s = index.get(l.source)!;
    const t = index.get(l.target)!;
    const layer = layers[modeIndex.get(l.mode)!];
    // as project() merges: undirected, one pair whichever way it is met
    const pair = directed || s <= t ? s * n + t : t * n + s;
    total.add(pair, s, t, l.weight);
    layer.add(pair, s, t, l.weight);
    if (directed && !l.directed && s !== t) {
      total.add(t * n + s, t, s, l.weight);
      layer.add(t * n + s, t, s, l.weight);
    }
  }
  const finite = total.finite() && layers.every((layer) => layer.finite());
  return {
    total: total.adjacency(nodes, index, directed),
    layers: new Map(modes.map((mode, k) => [mode, layers[k].adjacency(nodes, index, directed)])),
    finite,
  };
}

/** Parallel linkages merged by node pair, in the order first met (the edges of a projection). */
class MergedEdges {
  private readonly at = new Map<number, number>();
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly weight: number[] = [];

  add(pair: number, s: number, t: number, w: number): void {
    const e = this.at.get(pair);
    if (e === undefined) {
      this.at.set(pair, this.weight.length);
      this.from.push(s);
      this.to.push(t);
      this.weight.push(w);
    } else this.weight[e] += w;
  }

  finite(): boolean {
    return this.weight.every(Number.isFinite);
  }

  /** The rows, as `compactAdjacency` lays them out (an undirected edge in both rows, a self-loop once). */
  adjacency(nodes: readonly string[], index: ReadonlyMap<string, number>, directed: boolean): CompactAdjacency {
    const from = Int32Array.from(this.from);
    return edgeListAdjacency({ nodes, index, from, to: Int32Array.from(this.to), weights: Float64Array.from(this.weight), directed, weighted: from.length > 0 });
  }
}
