/**
 * The Brandes (2001) betweenness kernel over a compact (CSR) adjacency, run for a
 * range of sources. It is the single implementation behind `betweenness`,
 * `approximateBetweenness` and the worker-thread `parallelBetweenness`.
 *
 * The kernel function is deliberately **self-contained**: it references no
 * imported or module-level binding, so `brandesDependencies.toString()` is valid
 * JavaScript on its own and a Node worker can run it from source (see
 * `src/node/parallel-betweenness.ts`). Keep it that way: no imports inside, no
 * helpers outside, only typed arrays and plain numbers.
 *
 * Browser-safe: no Node built-ins.
 */

/** The CSR arrays the kernel reads; `lengths === null` means hop counts (BFS). */
export interface BrandesGraph {
  n: number;
  outOffsets: Int32Array;
  outTargets: Int32Array;
  outLengths: Float64Array | null;
  inOffsets: Int32Array;
  inSources: Int32Array;
  inLengths: Float64Array | null;
}

/**
 * Sources are processed in blocks of this many; each block's dependencies are
 * summed into a zeroed partial vector which is then added to the total in block
 * order. The single-threaded and the worker-thread betweenness both use this
 * blocking, so their floating-point sums are identical bit for bit.
 */
export const BRANDES_BLOCK_SIZE = 64;

/**
 * Adds to `result[v]` the dependencies δ_s(v) = Σ_t σ_st(v)/σ_st of every source
 * `s = sources[k]`, `from ≤ k < to` (ordered pairs; no halving, no scaling). With
 * `endpoints`, also counts the endpoints as NetworkX does (`s` gains the number of
 * nodes it reaches, every reached `t` gains 1).
 *
 * Shortest paths: BFS when `lengths` are null, else Dijkstra with an indexed
 * binary heap on typed arrays (lengths must be > 0). Path counts σ are Float64
 * (exact integers up to 2^53, no 32-bit overflow). Ties use exact equality of
 * `dist[v] + length`, as NetworkX does. Predecessors are stored in one flat
 * Int32Array laid out like the in-edge CSR (node w's predecessors start at
 * `inOffsets[w]`; a node has at most in-degree predecessors).
 * Work arrays are allocated once per call; the loops allocate nothing.
 *
 * `cutoff` (igraph's semantics): only shortest paths of length ≤ cutoff count;
 * nodes farther than `cutoff` from the source are not reached. `Infinity` = all.
 *
 * `edgeResult`, when given (length = number of out-CSR positions), receives the
 * edge dependencies of Brandes (2008, §3.5): every shortest-path DAG edge v → w
 * gains σ_sv/σ_sw · (1 + δ_s(w)), indexed by the out-CSR position of v → w.
 */
export function brandesDependencies(
  graph: BrandesGraph,
  sources: Int32Array,
  from: number,
  to: number,
  endpoints: boolean,
  result: Float64Array,
  cutoff: number = Infinity,
  edgeResult: Float64Array | null = null,
): void {
  const n = graph.n;
  const outOffsets = graph.outOffsets;
  const outTargets = graph.outTargets;
  const outLengths = graph.outLengths;
  const inOffsets = graph.inOffsets;
  const inSources = graph.inSources;
  const inLengths = graph.inLengths;

  const dist = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const preds = new Int32Array(inSources.length);
  // out-CSR position of each predecessor's edge, only kept for edge betweenness
  const predEdges = edgeResult === null ? preds : new Int32Array(inSources.length);
  const predCount = new Int32Array(n);

  if (outLengths === null || inLengths === null) {
    // ---------------------------------------------------------------- BFS
    dist.fill(-1);
    for (let k = from; k < to; k++) {
      const s = sources[k];
      dist[s] = 0;
      sigma[s] = 1;
      order[0] = s;
      let head = 0;
      let tail = 1;
      while (head < tail) {
        const v = order[head++];
        const next = dist[v] + 1;
        if (next > cutoff) continue;
        const sv = sigma[v];
        const end = outOffsets[v + 1];
        for (let e = outOffsets[v]; e < end; e++) {
          const w = outTargets[e];
          const dw = dist[w];
          if (dw < 0) {
            dist[w] = next;
            sigma[w] = sv;
            order[tail++] = w;
            preds[inOffsets[w]] = v;
            if (edgeResult !== null) predEdges[inOffsets[w]] = e;
            predCount[w] = 1;
          } else if (dw === next) {
            sigma[w] += sv;
            if (edgeResult !== null) predEdges[inOffsets[w] + predCount[w]] = e;
            preds[inOffsets[w] + predCount[w]++] = v;
          }
        }
      }
      for (let i = tail - 1; i > 0; i--) {
        const w = order[i];
        const coefficient = (1 + delta[w]) / sigma[w];
        const base = inOffsets[w];
        const end = base + predCount[w];
        if (edgeResult === null) {
          for (let e = base; e < end; e++) {
            const v = preds[e];
            delta[v] += sigma[v] * coefficient;
          }
        } else {
          for (let e = base; e < end; e++) {
            const v = preds[e];
            const c = sigma[v] * coefficient;
            delta[v] += c;
            edgeResult[predEdges[e]] += c;
          }
        }
        result[w] += endpoints ? delta[w] + 1 : delta[w];
      }
      if (endpoints) result[s] += tail - 1;
      for (let i = 0; i < tail; i++) {
        const v = order[i];
        dist[v] = -1;
        sigma[v] = 0;
        delta[v] = 0;
      }
    }
    return;
  }

  // ---------------------------------------------------------------- Dijkstra
  // state: 0 unseen, 1 in the heap, 2 settled.
  const state = new Uint8Array(n);
  const heapNode = new Int32Array(n);
  const heapKey = new Float64Array(n);
  const heapPosition = new Int32Array(n);
  dist.fill(Infinity);
  for (let k = from; k < to; k++) {
    const s = sources[k];
    dist[s] = 0;
    sigma[s] = 1;
    state[s] = 1;
    heapNode[0] = s;
    heapKey[0] = 0;
    heapPosition[s] = 0;
    let heapSize = 1;
    let count = 0;
    while (heapSize > 0) {
      // pop the minimum
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
      const sv = sigma[v];
      const end = outOffsets[v + 1];
      for (let e = outOffsets[v]; e < end; e++) {
        const w = outTargets[e];
        const alt = dv + outLengths[e];
        const dw = dist[w];
        if (alt > dw || alt > cutoff) continue;
        if (alt < dw) {
          // w is unseen (dw = Infinity) or in the heap: a settled w has dw ≤ dv < alt
          const sw = state[w];
          dist[w] = alt;
          sigma[w] = sv;
          preds[inOffsets[w]] = v;
          if (edgeResult !== null) predEdges[inOffsets[w]] = e;
          predCount[w] = 1;
          // insert (state 0) or decrease key (state 1), then sift up
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
        } else if (dw !== Infinity && state[w] !== 2) {
          // a tie (alt === dw); a settled w can only tie when the length vanished in
          // rounding, and Infinity === Infinity is an overflow, not a path
          sigma[w] += sv;
          if (edgeResult !== null) predEdges[inOffsets[w] + predCount[w]] = e;
          preds[inOffsets[w] + predCount[w]++] = v;
        }
      }
    }
    for (let i = count - 1; i > 0; i--) {
      const w = order[i];
      const coefficient = (1 + delta[w]) / sigma[w];
      const base = inOffsets[w];
      const end = base + predCount[w];
      if (edgeResult === null) {
        for (let e = base; e < end; e++) {
          const v = preds[e];
          delta[v] += sigma[v] * coefficient;
        }
      } else {
        for (let e = base; e < end; e++) {
          const v = preds[e];
          const c = sigma[v] * coefficient;
          delta[v] += c;
          edgeResult[predEdges[e]] += c;
        }
      }
      result[w] += endpoints ? delta[w] + 1 : delta[w];
    }
    if (endpoints) result[s] += count - 1;
    for (let i = 0; i < count; i++) {
      const v = order[i];
      dist[v] = Infinity;
      sigma[v] = 0;
      delta[v] = 0;
      state[v] = 0;
    }
  }
}

/** Counts finished sources (a `ProgressReporter`'s `tick`, which also throws when the caller's signal is aborted). */
export type SourceTick = (sources: number) => void;

/**
 * Runs the kernel over `sources` block by block (see `BRANDES_BLOCK_SIZE`) and
 * returns the raw ordered-pair sums. Blocking makes the floating-point result
 * independent of how blocks are spread over threads. `tick` is called after
 * each block with the number of sources it ran.
 */
export function brandesBlockedSums(
  graph: BrandesGraph,
  sources: Int32Array,
  endpoints: boolean,
  cutoff: number = Infinity,
  tick: SourceTick | null = null,
): Float64Array {
  const total = new Float64Array(graph.n);
  const partial = new Float64Array(graph.n);
  for (let from = 0; from < sources.length; from += BRANDES_BLOCK_SIZE) {
    const to = Math.min(sources.length, from + BRANDES_BLOCK_SIZE);
    partial.fill(0);
    brandesDependencies(graph, sources, from, to, endpoints, partial, cutoff);
    for (let i = 0; i < total.length; i++) total[i] += partial[i];
    tick?.(to - from);
  }
  return total;
}

/**
 * Edge dependencies summed over every source (ordered pairs, unscaled), indexed
 * by out-CSR position; the node sums are computed alongside and discarded.
 */
export function brandesEdgeSums(graph: BrandesGraph, cutoff: number = Infinity, tick: SourceTick | null = null): Float64Array {
  const sources = new Int32Array(graph.n);
  for (let i = 0; i < graph.n; i++) sources[i] = i;
  const edges = new Float64Array(graph.outTargets.length);
  const nodes = new Float64Array(graph.n);
  // The kernel adds each source's dependencies straight into `edges`, so running it
  // block by block (to report progress) sums in the same order as one call.
  for (let from = 0; from < graph.n; from += BRANDES_BLOCK_SIZE) {
    const to = Math.min(graph.n, from + BRANDES_BLOCK_SIZE);
    brandesDependencies(graph, sources, from, to, false, nodes, cutoff, edges);
    tick?.(to - from);
  }
  return edges;
}
