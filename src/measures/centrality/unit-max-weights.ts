import type { CompactAdjacency } from '../../network/compact-adjacency.js';

/**
 * The adjacency with every weight divided by the largest one, for measures
 * that do not change when all weights are multiplied by a constant
 * (eigenvector, HITS). Without it, weights near 1e308 overflow the iteration
 * to all-zero scores, and weights near 1e-20 vanish next to the start vector,
 * both reported as converged. An unweighted or already unit-max adjacency is
 * returned unchanged.
 */
export function unitMaxWeights(csr: CompactAdjacency): CompactAdjacency {
  if (!csr.weighted) return csr;
  let max = 0;
  for (let e = 0; e < csr.outWeights.length; e++) if (csr.outWeights[e] > max) max = csr.outWeights[e];
  if (max === 0 || max === 1) return csr;
  const scale = (weights: Float64Array) => weights.map((w) => w / max);
  const outWeights = scale(csr.outWeights);
  const inWeights = csr.directed ? scale(csr.inWeights) : outWeights;
  return { ...csr, outWeights, inWeights };
}
