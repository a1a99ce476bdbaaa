import type { CompactAdjacency } from '../../network/compact-adjacency.js';

/**
 * Arrays over the nodes of a compact adjacency, allocated once and reused group
 * after group (internal): the membership mask and member positions of the group
 * being measured, and stamps that mark the neighbours already counted. Allocating
 * them per group made the groups of a large network cost O(groups × n).
 */
export interface GroupScratch {
  /** 1 for the members of the current group. */
  inGroup: Uint8Array;
  /** Position in `members` of each member of the current group (stale elsewhere). */
  position: Int32Array;
  /** `seen[j] === stamp` marks j as already met in the current scan. */
  seen: Float64Array;
  stamp: number;
}

/** Scratch arrays for a graph of `n` nodes. */
export function groupScratch(n: number): GroupScratch {
  return { inGroup: new Uint8Array(n), position: new Int32Array(n), seen: new Float64Array(n), stamp: 0 };
}

/** Runs `measure` with the group's members marked in `scratch`, and unmarks them after, also on a throw. */
export function withGroup<T>(scratch: GroupScratch, members: readonly number[], measure: () => T): T {
  members.forEach((i, k) => {
    scratch.inGroup[i] = 1;
    scratch.position[i] = k;
  });
  try {
    return measure();
  } finally {
    for (const i of members) scratch.inGroup[i] = 0;
  }
}

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

/**
 * Calls `visit(j)` once for each other member j that i is linked to by a positive
 * weight, either direction (on a directed graph j may be in both rows of i: the
 * stamp keeps the second out).
 */
export function forEachGroupNeighbour(csr: CompactAdjacency, i: number, scratch: GroupScratch, visit: (j: number) => void): void {
  const { inGroup, seen } = scratch;
  const stamp = ++scratch.stamp;
  for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) {
    const j = csr.outTargets[p];
    if (j !== i && inGroup[j] && csr.outWeights[p] > 0 && seen[j] !== stamp) {
      seen[j] = stamp;
      visit(j);
    }
  }
  if (csr.directed) {
    for (let p = csr.inOffsets[i]; p < csr.inOffsets[i + 1]; p++) {
      const j = csr.inSources[p];
      if (j !== i && inGroup[j] && csr.inWeights[p] > 0 && seen[j] !== stamp) {
        seen[j] = stamp;
        visit(j);
      }
    }
  }
}

/** The group's internal structure, member by member (k indexes `members`). */
export interface GroupLinks {
  /** Within-group strength of each member. */
  within: Float64Array;
  /** Number of other members each member is linked to (by a positive weight, either direction). */
  degree: Int32Array;
}

/**
 * Within-group strengths and internal degrees of a group's members, whose
 * membership is marked in `scratch` ({@link withGroup}); O(Σ degree of the members).
 */
export function groupLinks(csr: CompactAdjacency, members: readonly number[], scratch: GroupScratch): GroupLinks {
  const n = members.length;
  const within = new Float64Array(n);
  const degree = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    within[k] = withinGroupStrengthOf(csr, members[k], scratch.inGroup);
    let d = 0;
    forEachGroupNeighbour(csr, members[k], scratch, () => d++);
    degree[k] = d;
  }
  return { within, degree };
}
