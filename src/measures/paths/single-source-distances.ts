import type { DistanceAdjacency } from '../centrality/distance-adjacency.js';

/**
 * Reusable arrays for {@link singleSourceDistances}: one allocation per graph,
 * none per source. `distance` holds Infinity for nodes not (yet) reached.
 */
export interface DistanceWorkspace {
  /** Distance from the last source; Infinity where unreached. */
  distance: Float64Array;
  /** The nodes the last search reached, in order of settling (source first). */
  reached: Int32Array;
  /** How many entries of `reached` are valid. */
  reachedCount: number;
  state: Uint8Array;
  heapNode: Int32Array;
  heapKey: Float64Array;
  heapPosition: Int32Array;
}

/** Allocates a workspace for graphs of `n` nodes. */
export function distanceWorkspace(n: number): DistanceWorkspace {
  return {
    distance: new Float64Array(n).fill(Infinity),
    reached: new Int32Array(n),
    reachedCount: 0,
    state: new Uint8Array(n),
    heapNode: new Int32Array(n),
    heapKey: new Float64Array(n),
    heapPosition: new Int32Array(n),
  };
}

/**
 * Shortest-path distances from `source` along out-edges (`direction: 'out'`) or
 * in-edges (`'in'`, i.e. distances *to* the source): breadth-first search for
 * hop counts, otherwise Dijkstra with an indexed binary heap on typed arrays.
 * First resets the distances the previous search in `work` set, so a loop over
 * sources costs O(reached) per source beyond the search itself.
 */
export function singleSourceDistances(adjacency: DistanceAdjacency, source: number, direction: 'in' | 'out', work: DistanceWorkspace): void {
  const { distance, reached, state, heapNode, heapKey, heapPosition } = work;
  for (let i = 0; i < work.reachedCount; i++) {
    distance[reached[i]] = Infinity;
    state[reached[i]] = 0;
  }
  const offsets = direction === 'in' ? adjacency.inOffsets : adjacency.outOffsets;
  const targets = direction === 'in' ? adjacency.inSources : adjacency.outTargets;
  const lengths = direction === 'in' ? adjacency.inLengths : adjacency.outLengths;
  distance[source] = 0;

  if (lengths === null) {
    reached[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = reached[head++];
      const next = distance[v] + 1;
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = targets[e];
        if (distance[w] === Infinity) {
          distance[w] = next;
          reached[tail++] = w;
        }
      }
    }
    work.reachedCount = tail;
    return;
  }

  let count = 0;
  let heapSize = 1;
  heapNode[0] = source;
  heapKey[0] = 0;
  heapPosition[source] = 0;
  state[source] = 1;
  while (heapSize > 0) {
    const v = heapNode[0];
    heapSize--;
    if (heapSize > 0) {
      // sift the last heap entry down from the root
      const lastNode = heapNode[heapSize];
      const lastKey = heapKey[heapSize];
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= heapSize) break;
        const right = left + 1;
        let child = left;
        if (right < heapSize && heapKey[right] < heapKey[left]) child = right;
        if (heapKey[child] >= lastKey) break;
        heapNode[i] = heapNode[child];
        heapKey[i] = heapKey[child];
        heapPosition[heapNode[i]] = i;
        i = child;
      }
      heapNode[i] = lastNode;
      heapKey[i] = lastKey;
      heapPosition[lastNode] = i;
    }
    state[v] = 2;
    reached[count++] = v;
    const dv = distance[v];
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const w = targets[e];
      const alt = dv + lengths[e];
      if (alt < distance[w]) {
        distance[w] = alt;
        let i: number;
        if (state[w] === 0) {
          state[w] = 1;
          i = heapSize++;
        } else {
          i = heapPosition[w];
        }
        // sift up
        while (i > 0) {
          const parent = (i - 1) >> 1;
          if (heapKey[parent] <= alt) break;
          heapNode[i] = heapNode[parent];
          heapKey[i] = heapKey[parent];
          heapPosition[heapNode[i]] = i;
          i = parent;
        }
        heapNode[i] = w;
        heapKey[i] = alt;
        heapPosition[w] = i;
      }
    }
  }
  work.reachedCount = count;
}
