import type { CompactAdjacency } from './compact-adjacency.js';

/** A simple graph as parallel edge arrays over nodes indexed 0 … n − 1. */
export interface IndexedEdges {
  readonly nodes: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Edge e runs from[e] → to[e] with weight weights[e]; at most one edge per pair (per direction when directed). */
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly weights: Float64Array;
  readonly directed: boolean;
  readonly weighted: boolean;
}

/**
 * The compact adjacency of a simple graph given as indexed edge arrays: each
 * row by a counting sort on the source (O(n + m)), an undirected edge in both
 * rows and a self-loop once, edges within a row in edge order. The layout
 * `compactAdjacency` builds from a graphology graph, shared with the measures
 * that assemble their edges directly (the "1+N" projections).
 */
export function edgeListAdjacency(edges: IndexedEdges): CompactAdjacency {
  const { nodes, index, from, to, weights, directed, weighted } = edges;
  let selfLoopCount = 0;
  for (let e = 0; e < from.length; e++) if (from[e] === to[e]) selfLoopCount++;
  const out = rowsOf(nodes.length, from, to, weights, directed);
  const incoming = directed ? rowsOf(nodes.length, to, from, weights, true) : out;
  return {
    nodes,
    index,
    directed,
    weighted,
    outOffsets: out.offsets,
    outTargets: out.targets,
    outWeights: out.weights,
    inOffsets: incoming.offsets,
    inSources: incoming.targets,
    inWeights: incoming.weights,
    edgeCount: from.length,
    selfLoopCount,
  };
}

/** Row offsets, ends and weights of the edges from[e] → to[e] (both rows when undirected), in edge order. */
function rowsOf(n: number, from: Int32Array, to: Int32Array, w: Float64Array, directed: boolean): { offsets: Int32Array; targets: Int32Array; weights: Float64Array } {
  const m = from.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    offsets[from[e] + 1]++;
    if (!directed && from[e] !== to[e]) offsets[to[e] + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const targets = new Int32Array(offsets[n]);
  const weights = new Float64Array(offsets[n]);
  const cursor = offsets.slice(0, n);
  for (let e = 0; e < m; e++) {
    const a = from[e];
    const b = to[e];
    let p = cursor[a]++;
    targets[p] = b;
    weights[p] = w[e];
    if (!directed && a !== b) {
      p = cursor[b]++;
      targets[p] = a;
      weights[p] = w[e];
    }
  }
  return { offsets, targets, weights };
}
