import type { CompactAdjacency } from '../../network/compact-adjacency.js';
import { pairWeightOf, totalStrengthOf, withinGroupStrengthOf } from './group-strengths.js';

/** Numerator and denominator of SSH for a fixed hub and group (internal: additive over layers). */
export interface SpokeShareParts {
  toHub: number;
  spokeStrength: number;
}

/**
 * Σ_s w_sh and Σ_s strength_s over the spokes of a group with a fixed hub
 * (internal; additive over linkage modes, which gives the per-mode breakdown).
 * `inGroup` marks the members (every layer of a network shares the node indexing,
 * so one mask serves them all); O(Σ degree of the members).
 */
export function spokeShareParts(csr: CompactAdjacency, members: readonly number[], hub: number, scope: 'graph' | 'group', inGroup: Uint8Array): SpokeShareParts {
  let toHub = 0;
  let spokeStrength = 0;
  for (const s of members) {
    if (s === hub) continue;
    toHub += pairWeightOf(csr, s, hub);
    spokeStrength += scope === 'graph' ? totalStrengthOf(csr, s) : withinGroupStrengthOf(csr, s, inGroup);
  }
  return { toHub, spokeStrength };
}
