import type { DistanceAdjacency } from './distance-adjacency.js';

/** Per node: how many other nodes it reaches (or is reached from), Σ d and Σ 1/d. */
export interface DistanceSums {
  reached: Int32Array;
  total: Float64Array;
  inverseTotal: Float64Array;
}

/**
 * For every node u, the shortest-path distances between u and every node it is
 * connected to, summed: with `direction: 'in'` the distances d(v, u) *to* u
 * (searching the in-edges, as NetworkX closeness and harmonic do), with `'out'`
 * the distances d(u, v) *from* u. BFS for hop counts, else Dijkstra with an
 * indexed binary heap on typed arrays; no allocation inside the loops.
 *
 * `cutoff`: nodes farther than `cutoff` count as not reached (igraph's
 * semantics). `only`: compute the sums for these node indices only (the other
 * entries stay 0). `counted`: when given, only reached nodes w with
 * `counted[w] === 1` enter the sums (the search still passes through the others).
 * `tick`, when given, is called after each source (progress and cancellation).
 */
export function distanceSums(
  adjacency: DistanceAdjacency,
  direction: 'in' | 'out',
  cutoff: number = Infinity,
  only: Int32Array | null = null,
  counted: Uint8Array | null = null,
  tick: ((sources: number) => void) | null = null,
): DistanceSums {
  const n = adjacency.n;
  const offsets = direction === 'in' ? adjacency.inOffsets : adjacency.outOffsets;
  const targets = direction === 'in' ? adjacency.inSources : adjacency.outTargets;
  const lengths = direction === 'in' ? adjacency.inLengths : adjacency.outLengths;
  const reached = new Int32Array(n);
  const total = new Float64Array(n);
  const inverseTotal = new Float64Array(n);
  const dist = new Float64Array(n);
  const order = new Int32Array(n);

  if (lengths === null) {
    dist.fill(-1);
    const count = only === null ? n : only.length;
    for (let k = 0; k < count; k++) {
      const s = only === null ? k : only[k];
      dist[s] = 0;
      order[0] = s;
      let head = 0;
      let tail = 1;
      let sum = 0;
      let inverse = 0;
      let reachedCount = 0;
      while (head < tail) {
        const v = order[head++];
        const next = dist[v] + 1;
        if (next > cutoff) continue;
        for (let e = offsets[v]; e < offsets[v + 1]; e++) {
          const w = targets[e];
          if (dist[w] < 0) {
            dist[w] = next;
            order[tail++] = w;
            if (counted === null || counted[w] === 1) {
              sum += next;
              inverse += 1 / next;
              reachedCount++;
            }
          }
        }
      }
      reached[s] = reachedCount;
      total[s] = sum;
      inverseTotal[s] = inverse;
      for (let i = 0; i < tail; i++) dist[order[i]] = -1;
      tick?.(1);
    }
    return { reached, total, inverseTotal };
  }

  const state = new Uint8Array(n);
  const heapNode = new Int32Array(n);
  const heapKey = new Float64Array(n);
  const heapPosition = new Int32Array(n);
  dist.fill(Infinity);
  const sourceCount = only === null ? n : only.length;
  for (let k = 0; k < sourceCount; k++) {
    const s = only === null ? k : only[k];
    dist[s] = 0;
    state[s] = 1;
    heapNode[0] = s;
    heapKey[0] = 0;
    heapPosition[s] = 0;
    let heapSize = 1;
    let count = 0;
    let sum = 0;
    let inverse = 0;
    let reachedCount = 0;
    while (heapSize > 0) {
      const v = heapNode[0];
      heapSize--;
      if (heapSize > 0) {
        const lastNode = heapNode[heapSize];
        const lastKey = heapKey[heapSize];
        let i = 0;
        for (;;) {
          const left = 2 * i + 1;
          if (left >= heapSize) break;
          const right = left + 1;
          let child = left;
          let childKey = heapKey[left];
          if (right < heapSize && heapKey[right] < childKey) {
            child = right;
            childKey = heapKey[right];
          }
          if (childKey >= lastKey) break;
          const childNode = heapNode[child];
          heapNode[i] = childNode;
          heapKey[i] = childKey;
          heapPosition[childNode] = i;
          i = child;
        }
        heapNode[i] = lastNode;
        heapKey[i] = lastKey;
        heapPosition[lastNode] = i;
      }
      state[v] = 2;
      order[count++] = v;
      const dv = dist[v];
      if (v !== s && (counted === null || counted[v] === 1)) {
        sum += dv;
        inverse += 1 / dv;
        reachedCount++;
      }
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = targets[e];
        const alt = dv + lengths[e];
        // settled nodes have dist ≤ dv < alt and are skipped here too
        if (alt < dist[w] && alt <= cutoff) {
          const sw = state[w];
          dist[w] = alt;
          let i: number;
          if (sw === 0) {
            state[w] = 1;
            i = heapSize++;
          } else {
            i = heapPosition[w];
          }
          while (i > 0) {
            const parent = (i - 1) >> 1;
            const parentKey = heapKey[parent];
            if (parentKey <= alt) break;
            const parentNode = heapNode[parent];
            heapNode[i] = parentNode;
            heapKey[i] = parentKey;
            heapPosition[parentNode] = i;
            i = parent;
          }
          heapNode[i] = w;
          heapKey[i] = alt;
          heapPosition[w] = i;
        }
      }
    }
    reached[s] = reachedCount;
    total[s] = sum;
    inverseTotal[s] = inverse;
    for (let i = 0; i < count; i++) {
      const v = order[i];
      dist[v] = Infinity;
      state[v] = 0;
    }
    tick?.(1);
  }
  return { reached, total, inverseTotal };
}
