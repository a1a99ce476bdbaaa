import type { CompactAdjacency } from '../../network/compact-adjacency.js';

/**
 * The Constant Potts Model quality of dense community indices on an undirected
 * compact adjacency (Traag, Van Dooren & Nesterov 2011):
 *
 *   H = Σ_c [ e_c − γ · n_c (n_c − 1) / 2 ]
 *
 * with e_c the total weight of the edges inside community c (a self-loop
 * counts once) and n_c its number of nodes. Internal kernel of `leiden`.
 * `unit`: the power of two the adjacency's weights were divided by (the
 * quality is in the given weight units; beyond ±1.8e308 it is ±Infinity).
 */
export function cpmQuality(csr: CompactAdjacency, community: Int32Array, count: number, resolution: number, unit = 1): number {
  const n = csr.nodes.length;
  const internal = new Float64Array(count);
  const size = new Float64Array(count);
  for (let i = 0; i < n; i++) {
    const c = community[i];
    size[c]++;
    for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) {
      const j = csr.outTargets[p];
      if (community[j] !== c) continue;
      // undirected: every edge is listed from both ends, a self-loop once
      internal[c] += j === i ? csr.outWeights[p] : csr.outWeights[p] / 2;
    }
  }
  let quality = 0;
  for (let c = 0; c < count; c++) quality += internal[c] * unit - (resolution * size[c] * (size[c] - 1)) / 2;
  return quality;
}
