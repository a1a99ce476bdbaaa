import type { ZoneNetwork } from '../network/zone-network.js';
import { powerOfTwoBelow } from '../statistics/power-of-two-below.js';

/**
 * The network the report analyses when its linkage weights cannot be summed:
 * if Σ of all linkage weights overflows (two parallel 1e308 linkages, whose
 * projected edge would weigh Infinity), a copy with every weight divided by
 * the power of two that brings the largest into [1, 2), and that unit; else
 * the network itself and unit 1. Division by a power of two is exact, and the
 * report's rankings by strength, PageRank, betweenness, closeness and its
 * communities depend on weights only through their ratios, so only the
 * strengths shown change unit — the report says so in its gaps.
 */
export function summableWeights(net: ZoneNetwork): { net: ZoneNetwork; unit: number } {
  let total = 0;
  let max = 0;
  net.forEachEdge((_e, a) => {
    const w = a.weight;
    if (typeof w === 'number' && w > 0) {
      total += w;
      if (w > max) max = w;
    }
  });
  if (Number.isFinite(total)) return { net, unit: 1 };
  const unit = powerOfTwoBelow(max);
  const copy = net.copy() as ZoneNetwork;
  copy.updateEachEdgeAttributes((_e, a) => (typeof a.weight === 'number' && Number.isFinite(a.weight) ? { ...a, weight: a.weight / unit } : a));
  return { net: copy, unit };
}
