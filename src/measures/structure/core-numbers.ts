import type { AbstractGraph as Graph } from 'graphology-types';
import { compactAdjacency } from '../../network/compact-adjacency.js';
import { ZonelinkError } from '../../error/zonelink-error.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { choiceOption } from '../../options/option-spec.js';

/**
 * The declared options of {@link coreNumbers} (checks, defaults and
 * docs/options.md come from here). No progress options: the decomposition is
 * O(n + m), no more than building the adjacency.
 */
export const coreNumbersOptions = defineOptions('coreNumbers', {
  mode: choiceOption(['all', 'in', 'out'] as const, {
    doc: "Which degree defines the cores of a directed graph (igraph `coreness(mode=)`): `'all'` in + out degree (a reciprocated pair counts twice; NetworkX `core_number`), `'in'` in-degree (k-in-cores), `'out'` out-degree (k-out-cores). Ignored for undirected graphs.",
    default: 'all',
  }),
});

/** Options of {@link coreNumbers}, declared in {@link coreNumbersOptions} (see docs/options.md#corenumbers). */
export type CoreNumbersOptions = OptionsOf<typeof coreNumbersOptions>;

/**
 * Core number of every node: the largest k such that the node belongs to the
 * k-core, the maximal subgraph in which every node has degree ≥ k. Weights are
 * ignored. For a directed graph the degree is in-degree + out-degree and a
 * reciprocated pair counts twice, as in NetworkX's `core_number`; `mode: 'in'`
 * or `'out'` gives the k-in- or k-out-cores (every node has in- or out-degree ≥ k
 * inside), as igraph's `coreness(mode="in" | "out")`.
 *
 * Algorithm: Batagelj & Zaversnik (2003) bucket ordering, O(n + m), iterative
 * (no recursion), on the compact adjacency.
 *
 * Edge cases: isolates have core number 0; an empty graph gives `{}`.
 * Self-loops make the k-core ill-defined and are an error (as in NetworkX).
 *
 * Reference: Batagelj, V. & Zaversnik, M. (2003), An O(m) algorithm for cores
 * decomposition of networks, arXiv:cs/0310049; Seidman, S. B. (1983), Network
 * structure and minimum degree, Social Networks 5, 269–287.
 *
 * Options: see docs/options.md#corenumbers (`mode`).
 *
 * @throws ZonelinkError for a multigraph, a mixed graph, or self-loops.
 * @example
 * coreNumbers(graph); // { a: 2, b: 2, c: 2, d: 1 } for a triangle with a pendant d
 * coreNumbers(digraph, { mode: 'in' }); // k-in-cores
 */
export function coreNumbers(graph: Graph, options: CoreNumbersOptions = {}): Record<string, number> {
  const { mode } = coreNumbersOptions.read(options);
  const csr = compactAdjacency(graph, { weight: null, caller: 'coreNumbers' });
  const n = csr.nodes.length;
  const { outOffsets, outTargets, inOffsets, inSources, directed } = csr;
  if (csr.selfLoopCount > 0) {
    const issues = [];
    for (let i = 0; i < n; i++) {
      for (let p = outOffsets[i]; p < outOffsets[i + 1]; p++) {
        if (outTargets[p] === i) {
          issues.push({
            code: 'self-loop',
            message: `coreNumbers: node ${csr.nodes[i]} has a self-loop; remove self-loops first`,
            id: csr.nodes[i],
          });
        }
      }
    }
    throw new ZonelinkError('invalid-graph', 'coreNumbers: the graph has self-loops', issues);
  }
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let i = 0; i < n; i++) {
    const out = outOffsets[i + 1] - outOffsets[i];
    const inward = inOffsets[i + 1] - inOffsets[i];
    degree[i] = !directed ? out : mode === 'all' ? out + inward : mode === 'in' ? inward : out;
    if (degree[i] > maxDegree) maxDegree = degree[i];
  }
  // bucket sort of the nodes by degree
  const bin = new Int32Array(maxDegree + 2);
  for (let i = 0; i < n; i++) bin[degree[i]]++;
  let start = 0;
  for (let d = 0; d <= maxDegree; d++) {
    const count = bin[d];
    bin[d] = start;
    start += count;
  }
  const position = new Int32Array(n);
  const vertex = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    position[i] = bin[degree[i]]++;
    vertex[position[i]] = i;
  }
  for (let d = maxDegree; d > 0; d--) bin[d] = bin[d - 1];
  bin[0] = 0;
  const lower = (v: number, u: number) => {
    if (degree[u] > degree[v]) {
      const du = degree[u];
      const pu = position[u];
      const pw = bin[du];
      const w = vertex[pw];
      if (u !== w) {
        position[u] = pw;
        vertex[pu] = w;
        position[w] = pu;
        vertex[pw] = u;
      }
      bin[du]++;
      degree[u]--;
    }
  };
  for (let k = 0; k < n; k++) {
    const v = vertex[k];
    // removing v lowers the in-degree of its out-neighbours and the out-degree of its in-neighbours
    if (!directed || mode !== 'out') for (let p = outOffsets[v]; p < outOffsets[v + 1]; p++) lower(v, outTargets[p]);
    if (directed && mode !== 'in') for (let p = inOffsets[v]; p < inOffsets[v + 1]; p++) lower(v, inSources[p]);
  }
  const result: Record<string, number> = {};
  for (let i = 0; i < n; i++) result[csr.nodes[i]] = degree[i];
  return result;
}
