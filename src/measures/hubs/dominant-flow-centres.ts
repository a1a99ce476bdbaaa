import type { CompactAdjacency } from '../../network/compact-adjacency.js';
import type { GroupScratch } from './group-strengths.js';

/**
 * Dominant centres (Nystuen & Dacey 1961) of the group's weighted induced subgraph
 * that have at least one subordinate, ordered by size (descending) then id; nodal
 * size = `mass` when given, else inflow. The same centres, in the same order, as
 * `dominantFlowRegions` on the induced subgraph, read from the rows of `csr` with the
 * members marked in `scratch` (O(Σ degree of the members)): each inflow adds the same
 * weights in the same order as that subgraph's adjacency would (the members in order,
 * each member's row in order), so equal sizes stay equal.
 *
 * Reference: Nystuen, J. D. & Dacey, M. F. (1961), A graph theory interpretation of
 * nodal regions, Papers of the Regional Science Association 7, 29–42.
 */
export function dominantFlowCentres(csr: CompactAdjacency, members: readonly number[], scratch: GroupScratch, mass: Record<string, number> | undefined): string[] {
  const { inGroup, position } = scratch;
  const n = members.length;
  const size = new Float64Array(n);
  if (mass) for (let k = 0; k < n; k++) size[k] = mass[csr.nodes[members[k]]];
  else {
    // the induced subgraph's edges in the order it would be built: members in order, rows in order
    for (let k = 0; k < n; k++) {
      const i = members[k];
      for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) {
        const j = csr.outTargets[p];
        if (j === i || !inGroup[j]) continue;
        if (csr.directed) size[position[j]] += csr.outWeights[p];
        else if (i < j) {
          size[k] += csr.outWeights[p];
          size[position[j]] += csr.outWeights[p];
        }
      }
    }
  }
  // rank order: larger size first, then smaller id (members are sorted by id)
  const ranksAbove = (a: number, b: number): boolean => size[a] > size[b] || (size[a] === size[b] && a < b);
  const parent = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    const i = members[k];
    let best = -1;
    let bestW = 0;
    // the largest outflow: on an undirected graph every incident edge is a flow out
    for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) {
      const j = csr.outTargets[p];
      const w = csr.outWeights[p];
      if (j === i || !inGroup[j] || !(w > 0)) continue;
      const b = position[j];
      if (best === -1 || w > bestW || (w === bestW && ranksAbove(b, best))) {
        best = b;
        bestW = w;
      }
    }
    if (best !== -1 && ranksAbove(best, k)) parent[k] = best;
  }
  // a centre (no parent) leads a region with members when some node is subordinate to it
  const hasSubordinate = new Uint8Array(n);
  for (let k = 0; k < n; k++) if (parent[k] !== -1) hasSubordinate[parent[k]] = 1;
  const centres: number[] = [];
  for (let k = 0; k < n; k++) if (parent[k] === -1 && hasSubordinate[k]) centres.push(k);
  centres.sort((a, b) => (ranksAbove(a, b) ? -1 : ranksAbove(b, a) ? 1 : 0));
  return centres.map((k) => csr.nodes[members[k]]);
}
