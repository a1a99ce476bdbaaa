import type { CompactAdjacency } from '../../network/compact-adjacency.js';

/**
 * The undirected "mutual" view of a compact adjacency used by kernels that
 * ignore direction: row `i` lists each neighbour `j ≠ i` once with weight
 * `a_ij + a_ji` for a directed graph and `a_ij` for an undirected one.
 * Self-loops are left out (their weight is in `selfLoop`).
 */
export interface MutualAdjacency {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  /** Weight of node i's self-loop (0 when none). */
  readonly selfLoop: Float64Array;
}

/** Builds the mutual adjacency (see {@link MutualAdjacency}) in O(n + m). */
export function mutualAdjacency(csr: CompactAdjacency): MutualAdjacency {
  const n = csr.nodes.length;
  const selfLoop = new Float64Array(n);
  const { outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights } = csr;
  if (!csr.directed && csr.selfLoopCount === 0) {
    // already symmetric and loop-free: share the arrays (read-only use)
    return { n, offsets: outOffsets, targets: outTargets, weights: outWeights, selfLoop };
  }
  if (!csr.directed) {
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      let count = 0;
      for (let p = outOffsets[i]; p < outOffsets[i + 1]; p++) {
        if (outTargets[p] === i) selfLoop[i] += outWeights[p];
        else count++;
      }
      offsets[i + 1] = offsets[i] + count;
    }
    const targets = new Int32Array(offsets[n]);
    const weights = new Float64Array(offsets[n]);
    let q = 0;
    for (let i = 0; i < n; i++) {
      for (let p = outOffsets[i]; p < outOffsets[i + 1]; p++) {
        const j = outTargets[p];
        if (j === i) continue;
        targets[q] = j;
        weights[q] = outWeights[p];
        q++;
      }
    }
    return { n, offsets, targets, weights, selfLoop };
  }
  const slot = new Int32Array(n).fill(-1);
  const offsets = new Int32Array(n + 1);
  const cap = outTargets.length + inSources.length;
  const targets = new Int32Array(cap);
  const weights = new Float64Array(cap);
  let q = 0;
  for (let i = 0; i < n; i++) {
    const start = q;
    for (let p = outOffsets[i]; p < outOffsets[i + 1]; p++) {
      const j = outTargets[p];
      if (j === i) {
        selfLoop[i] += outWeights[p];
        continue;
      }
      if (slot[j] < start) {
        slot[j] = q;
        targets[q] = j;
        weights[q] = 0;
        q++;
      }
      weights[slot[j]] += outWeights[p];
    }
    for (let p = inOffsets[i]; p < inOffsets[i + 1]; p++) {
      const j = inSources[p];
      if (j === i) continue;
      if (slot[j] < start) {
        slot[j] = q;
        targets[q] = j;
        weights[q] = 0;
        q++;
      }
      weights[slot[j]] += inWeights[p];
    }
    offsets[i + 1] = q;
  }
  return { n, offsets, targets: targets.slice(0, q), weights: weights.slice(0, q), selfLoop };
}
