import {
  compactAdjacency,
  type CompactAdjacency,
  type EdgeWeight,
  type GraphInput,
} from '../../network/compact-adjacency.js';
import { powerOfTwoBelow } from '../../statistics/power-of-two-below.js';

/**
 * A compact adjacency whose weights were divided by `unit`, a power of two
 * chosen so that the largest weight lies in [1, 2).
 */
export type ScaledAdjacency = CompactAdjacency & {
  /** The power of two the weights were divided by (1 when left as given). */
  readonly unit: number;
};

/**
 * The compact adjacency a community measure works on: built from a graphology
 * graph with the `weight` option, or a prebuilt one used as built — except that
 * `weight: null` asks for the unweighted graph, so a weighted prebuilt
 * adjacency is then read with every weight 1 (the convention of every measure
 * taking a {@link GraphInput}).
 *
 * Its weights are divided by a power of two `unit` that brings the largest into
 * [1, 2): sums of strengths (Σ over 1e308-weighted edges) cannot overflow to
 * Infinity and products of tiny weights (5e-324) cannot underflow to 0.
 * Dividing by a power of two is exact, so every gain comparison of the Leiden
 * kernel comes out as it would in exact arithmetic on the given weights — and
 * bit for bit as before for weights that did not overflow. Only weights more
 * than 2^1022 times smaller than the largest lose precision (they become
 * subnormal), a relative share below 1e-307.
 */
export function communityAdjacency(graph: GraphInput, weight: EdgeWeight | undefined, caller: string): ScaledAdjacency {
  const csr = compactAdjacency(graph, { weight, caller });
  let max = 0;
  for (let p = 0; p < csr.outWeights.length; p++) if (csr.outWeights[p] > max) max = csr.outWeights[p];
  const unit = max > 0 ? powerOfTwoBelow(max) : 1;
  if (unit === 1) return { ...csr, unit };
  const outWeights = csr.outWeights.map((w) => w / unit);
  const inWeights = csr.inWeights === csr.outWeights ? outWeights : csr.inWeights.map((w) => w / unit);
  return { ...csr, outWeights, inWeights, unit };
}

