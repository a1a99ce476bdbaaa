import type { CompactAdjacency } from '../../network/compact-adjacency.js';

/** Within-group strength of member i (links to other members, both directions; self-loops excluded). */
export function withinGroupStrengthOf(csr: CompactAdjacency, i: number, inGroup: Uint8Array): number {
  let s = 0;
  for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) {
    const j = csr.outTargets[p];
    if (j !== i && inGroup[j]) s += csr.outWeights[p];
  }
  if (csr.directed) {
    for (let p = csr.inOffsets[i]; p < csr.inOffsets[i + 1]; p++) {
      const j = csr.inSources[p];
      if (j !== i && inGroup[j]) s += csr.inWeights[p];
    }
  }
  return s;
}

/** Total strength of i in the graph (both directions; self-loops excluded). */
export function totalStrengthOf(csr: CompactAdjacency, i: number): number {
  let s = 0;
  for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) if (csr.outTargets[p] !== i) s += csr.outWeights[p];
  if (csr.directed) for (let p = csr.inOffsets[i]; p < csr.inOffsets[i + 1]; p++) if (csr.inSources[p] !== i) s += csr.inWeights[p];
  return s;
}

/** Weight between i and j, both directions. */
export function pairWeightOf(csr: CompactAdjacency, i: number, j: number): number {
  let w = 0;
  for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) if (csr.outTargets[p] === j) w += csr.outWeights[p];
  if (csr.directed) for (let p = csr.inOffsets[i]; p < csr.inOffsets[i + 1]; p++) if (csr.inSources[p] === j) w += csr.inWeights[p];
  return w;
}

/** The other members i is linked to by a positive weight, either direction. */
export function groupNeighboursOf(csr: CompactAdjacency, i: number, inGroup: Uint8Array): Set<number> {
  const set = new Set<number>();
  for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) {
    const j = csr.outTargets[p];
    if (j !== i && inGroup[j] && csr.outWeights[p] > 0) set.add(j);
  }
  if (csr.directed) {
    for (let p = csr.inOffsets[i]; p < csr.inOffsets[i + 1]; p++) {
      const j = csr.inSources[p];
      if (j !== i && inGroup[j] && csr.inWeights[p] > 0) set.add(j);
    }
  }
  return set;
}

/** Membership mask of a group over the nodes of `csr`. */
export function groupMask(csr: CompactAdjacency, members: readonly number[]): Uint8Array {
  const inGroup = new Uint8Array(csr.nodes.length);
  for (const i of members) inGroup[i] = 1;
  return inGroup;
}

/** The group's internal structure, member by member (k indexes `members`). */
export interface GroupLinks {
  inGroup: Uint8Array;
  /** Within-group strength of each member. */
  within: Float64Array;
  /** Number of other members each member is linked to. */
  degree: Int32Array;
  /** The members each member is linked to (node indices). */
  neighbours: Set<number>[];
}

/** Within-group strengths, internal degrees and neighbour sets of a group's members. */
export function groupLinks(csr: CompactAdjacency, members: readonly number[]): GroupLinks {
  const inGroup = groupMask(csr, members);
  const n = members.length;
  const within = new Float64Array(n);
  const degree = new Int32Array(n);
  const neighbours: Set<number>[] = [];
  for (let k = 0; k < n; k++) {
    within[k] = withinGroupStrengthOf(csr, members[k], inGroup);
    neighbours.push(groupNeighboursOf(csr, members[k], inGroup));
    degree[k] = neighbours[k].size;
  }
  return { inGroup, within, degree, neighbours };
}
