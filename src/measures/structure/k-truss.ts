import type { AbstractGraph as Graph } from 'graphology-types';
import { compactAdjacency, isCompactAdjacency } from '../../network/compact-adjacency.js';
import { ZonelinkError, invalidArgument } from '../../error/zonelink-error.js';
import { isZoneNetwork } from '../../network/zone-network.js';
import { project } from '../../network/project.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';
import { progressReporter } from '../../progress/progress-reporter.js';

/** The declared options of {@link kTruss}: progress and cancellation (see docs/options.md#ktruss). */
export const kTrussOptions = defineOptions('kTruss', { ...progressOptionSpecs });

/** Options of {@link kTruss}, declared in {@link kTrussOptions}. */
export type KTrussOptions = OptionsOf<typeof kTrussOptions>;

/** Result of {@link kTruss}: the nodes and edges (by edge key) of the k-truss, in graph order. */
export interface KTrussResult {
  nodes: string[];
  edges: string[];
}

/**
 * The k-truss (Cohen 2008): the maximal subgraph in which every edge lies on at
 * least k − 2 triangles of the subgraph, without isolated nodes. NetworkX
 * `k_truss(G, k)` semantics: a node belongs to the truss when one of its edges
 * does (nodes isolated in the input are never in it), so k ≤ 2 gives every edge
 * and every non-isolated node. Weights are ignored.
 *
 * Algorithm: triangle support of each edge, then iterative peeling with a queue
 * (an edge whose support falls below k − 2 is removed and the two other edges of
 * each of its triangles lose one), O(m · d_max), no recursion. The peeling
 * reaches the same fixpoint as NetworkX's repeated sweeps.
 *
 * A ZoneNetwork is first projected with `project(net)` (edge keys `a--b`).
 *
 * Progress (`onProgress`, unit `edge passes`, total 2m): one unit per edge whose
 * triangles are counted, one per edge peeled, and the rest at the end (edges
 * never peeled); `signal` cancels. Options: see docs/options.md#ktruss.
 *
 * Reference: J. Cohen (2008), Trusses: cohesive subgraphs for social network
 * analysis, National Security Agency technical report.
 *
 * @throws ZonelinkError for directed, multi or mixed graphs, self-loops (NetworkX
 *   counts a self-loop as a triangle side; zonelink rejects it), a compact adjacency,
 *   or k that is not an integer.
 * @example
 * // two triangles sharing the edge b–c, plus a pendant d–e
 * kTruss(graph, 3); // { nodes: ['a', 'b', 'c', 'd'], edges: ['ab', 'ac', 'bc', 'bd', 'cd'] }
 */
export function kTruss(graph: Graph, k: number, options: KTrussOptions = {}): KTrussResult {
  const caller = 'kTruss';
  const progressOptions = kTrussOptions.read(options);
  if (typeof k !== 'number' || !Number.isInteger(k)) {
    invalidArgument(caller, `k must be an integer, got ${String(k)}`, { field: 'k', value: k });
  }
  if (isCompactAdjacency(graph)) invalidArgument(caller, 'a compact adjacency has no edge keys; pass the graphology graph', { field: 'graph' });
  const simple: Graph = isZoneNetwork(graph) ? (project(graph) as unknown as Graph) : graph;
  const csr = compactAdjacency(simple, { weight: null, caller });
  if (csr.directed) {
    throw new ZonelinkError('invalid-graph', `${caller}: the k-truss is defined on undirected graphs`, [
      { code: 'directed-graph', message: `${caller}: the graph is directed` },
    ]);
  }
  if (csr.selfLoopCount > 0) {
    throw new ZonelinkError('invalid-graph', `${caller}: the graph has self-loops; remove them first`, [
      { code: 'self-loop', message: `${caller}: ${csr.selfLoopCount} self-loop(s)` },
    ]);
  }
  const { nodes, outOffsets, outTargets } = csr;
  const n = nodes.length;
  // Edge ids: each undirected edge once; edgeAt[p] is the id of CSR position p.
  const edgeAt = new Int32Array(outTargets.length);
  const edgeEnds: number[] = [];
  const idOf = new Map<number, number>(); // u·n + v (u < v) → edge id
  let m = 0;
  for (let u = 0; u < n; u++) {
    for (let p = outOffsets[u]; p < outOffsets[u + 1]; p++) {
      const v = outTargets[p];
      if (u < v) {
        idOf.set(u * n + v, m);
        edgeAt[p] = m++;
        edgeEnds.push(u, v);
      }
    }
  }
  for (let u = 0; u < n; u++) {
    for (let p = outOffsets[u]; p < outOffsets[u + 1]; p++) {
      const v = outTargets[p];
      if (v < u) edgeAt[p] = idOf.get(v * n + u)!;
    }
  }
  const progress = progressReporter(caller, progressOptions, 2 * m, 'edge passes');
  const alive = new Uint8Array(m).fill(1);
  const support = new Int32Array(m);
  const mark = new Int32Array(n).fill(-1); // mark[w] = edge id of (u, w) while u's row is marked
  const commonEdges = (e: number, visit: (first: number, second: number) => void) => {
    const u = edgeEnds[2 * e];
    const v = edgeEnds[2 * e + 1];
    for (let p = outOffsets[u]; p < outOffsets[u + 1]; p++) if (alive[edgeAt[p]] === 1) mark[outTargets[p]] = edgeAt[p];
    for (let q = outOffsets[v]; q < outOffsets[v + 1]; q++) {
      const w = outTargets[q];
      const ew = edgeAt[q];
      if (w !== u && mark[w] >= 0 && alive[ew] === 1) visit(mark[w], ew);
    }
    for (let p = outOffsets[u]; p < outOffsets[u + 1]; p++) mark[outTargets[p]] = -1;
  };
  for (let e = 0; e < m; e++) {
    let count = 0;
    commonEdges(e, () => count++);
    support[e] = count;
    progress.tick();
  }
  const need = k - 2;
  const queue: number[] = [];
  const queued = new Uint8Array(m);
  for (let e = 0; e < m; e++) {
    if (support[e] < need) {
      queue.push(e);
      queued[e] = 1;
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const e = queue[head];
    commonEdges(e, (first, second) => {
      for (const f of [first, second]) {
        support[f]--;
        if (support[f] < need && queued[f] === 0) {
          queued[f] = 1;
          queue.push(f);
        }
      }
    });
    alive[e] = 0;
    progress.tick();
  }
  progress.finish();
  // Map back to edge keys and nodes (graph order).
  const index = csr.index;
  const keep = new Uint8Array(n);
  const edges: string[] = [];
  simple.forEachEdge((edge, _attributes, source, target) => {
    const a = index.get(source)!;
    const b = index.get(target)!;
    if (alive[idOf.get(Math.min(a, b) * n + Math.max(a, b))!] === 1) {
      edges.push(edge);
      keep[a] = 1;
      keep[b] = 1;
    }
  });
  return { nodes: nodes.filter((_node, i) => keep[i] === 1), edges };
}
