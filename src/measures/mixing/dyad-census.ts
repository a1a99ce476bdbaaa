import type { CompactAdjacency } from '../../network/compact-adjacency.js';

/** Counts of the three dyad types of a digraph (self-loops ignored). */
export interface DyadCounts {
  /** Pairs joined in both directions. */
  mutual: number;
  /** Pairs joined in one direction only. */
  asymmetric: number;
  /** Pairs not joined. */
  null: number;
}

/**
 * The MAN dyad census of Holland & Leinhardt (1970) from a compact adjacency:
 * for an undirected graph every joined pair is mutual.
 */
export function dyadCounts(csr: CompactAdjacency): DyadCounts {
  const n = csr.nodes.length;
  const mark = new Int32Array(n).fill(-1);
  let arcs = 0;
  let reciprocatedArcs = 0;
  for (let u = 0; u < n; u++) {
    for (let e = csr.inOffsets[u]; e < csr.inOffsets[u + 1]; e++) mark[csr.inSources[e]] = u;
    for (let e = csr.outOffsets[u]; e < csr.outOffsets[u + 1]; e++) {
      const v = csr.outTargets[e];
      if (v === u) continue;
      arcs++;
      if (mark[v] === u) reciprocatedArcs++;
    }
  }
  const mutual = reciprocatedArcs / 2;
  const asymmetric = arcs - reciprocatedArcs;
  return { mutual, asymmetric, null: (n * (n - 1)) / 2 - mutual - asymmetric };
}
