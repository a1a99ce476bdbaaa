import type { CompactAdjacency } from '../../network/compact-adjacency.js';
import { invalidArgument } from '../../error/zonelink-error.js';
import { mutualAdjacency } from './mutual-adjacency.js';
import type { LevelGraph } from './leiden-kernel.js';

/**
 * The base level graph of Leiden from a compact adjacency, with the scale
 * s = γ/W' of the modularity gain (W' = 4m undirected, W = total weight
 * directed). Throws when the total weight is 0 (modularity undefined).
 */
export function levelGraphOf(
  csr: CompactAdjacency,
  resolution: number,
  caller: string,
): { graph: LevelGraph; scale: number; totalStrength: number } {
  const mutual = mutualAdjacency(csr);
  const n = mutual.n;
  const a = new Float64Array(n);
  const b = csr.directed ? new Float64Array(n) : a;
  let total = 0;
  for (let i = 0; i < n; i++) {
    let out = 0;
    for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) out += csr.outWeights[p];
    if (csr.directed) {
      let inw = 0;
      for (let p = csr.inOffsets[i]; p < csr.inOffsets[i + 1]; p++) inw += csr.inWeights[p];
      b[i] = inw;
      a[i] = out;
    } else {
      a[i] = out + mutual.selfLoop[i]; // a self-loop counts twice in the strength
    }
    total += a[i];
  }
  if (!(total > 0)) {
    invalidArgument(
      caller,
      n === 0
        ? 'the graph is empty; communities need at least one edge of positive weight'
        : 'the graph has total edge weight 0 (no edges or all weights 0); modularity is undefined',
      { code: 'zero-total-weight' },
    );
  }
  const scale = resolution / (csr.directed ? total : 2 * total);
  let unit = true;
  for (let p = 0; p < mutual.weights.length && unit; p++) unit = mutual.weights[p] === 1;
  return {
    graph: { n, offsets: mutual.offsets, targets: mutual.targets, weights: mutual.weights, a, b, directed: csr.directed, unit },
    scale,
    totalStrength: total,
  };
}
