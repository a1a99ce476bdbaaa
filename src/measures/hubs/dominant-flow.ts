import { ascending } from 'd3-array';
import type { AbstractGraph as Graph } from 'graphology-types';
import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../../error/zonelink-error.js';
import { compactAdjacency } from '../../network/compact-adjacency.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { customOption } from '../../options/option-spec.js';

const SIZE_TYPE = "'inflow' or an object { node id: number ≥ 0 }";

/** The declared options of {@link dominantFlowRegions} (checks, defaults and docs/options.md come from here). */
export const dominantFlowRegionsOptions = defineOptions('dominantFlowRegions', {
  size: customOption<Record<string, number> | 'inflow'>({
    type: SIZE_TYPE,
    doc: "How \"larger\" is judged: `'inflow'` = total weighted inflow (in-strength, self-loops excluded), or an external mass per node (GDP, population …; finite, ≥ 0, one value for every node).",
    default: 'inflow',
    check: (value) => (value === 'inflow' || (typeof value === 'object' && value !== null && !Array.isArray(value)) ? undefined : SIZE_TYPE),
  }),
  weight: edgeWeightOption('a flow (a strength)'),
});

/** Options of {@link dominantFlowRegions}, declared in {@link dominantFlowRegionsOptions} (see docs/options.md#dominantflowregions). */
export type DominantFlowOptions = OptionsOf<typeof dominantFlowRegionsOptions>;

/** One nodal region: its dominant centre (the "1") and the nodes subordinate to it, directly or not (the "N"). */
export interface NodalRegion {
  centre: string;
  /** Descendants of the centre in the forest, sorted by id. */
  members: string[];
  /** Size of the centre (inflow or the given mass). */
  centreSize: number;
}

/** Result of {@link dominantFlowRegions}. */
export interface DominantFlowResult {
  /** Each node's largest-outflow partner j* (null when it sends nothing). */
  largestFlow: Record<string, string | null>;
  /** The forest: each subordinate node's parent (its j*), null for dominant centres. */
  parent: Record<string, string | null>;
  /** Each node's dominant centre: the root of its tree (itself for a centre). */
  centre: Record<string, string>;
  /** Depth in the forest (0 for centres). */
  depth: Record<string, number>;
  /** The size used for each node. */
  size: Record<string, number>;
  /** The nodal regions, one per dominant centre, ordered by centre size (descending) then id. */
  regions: NodalRegion[];
}

/**
 * Nystuen–Dacey nodal regions by dominant flow.
 *
 * Each node i sends its largest outflow to j* = argmax_j w_ij (self-loops and
 * zero flows ignored). The node is subordinate to j* when j* is larger than i;
 * otherwise (or when i sends nothing) i is a dominant centre. Subordinate arcs
 * form a forest; each tree is a nodal region whose root is the "1" and whose
 * descendants are the "N".
 *
 * "Larger" is by size — total weighted inflow by default, or an external mass —
 * with equal sizes ordered by node id (code-unit order, the smaller id ranks
 * higher). This makes the order strict, so the forest never has cycles. Ties
 * among largest outflows are broken the same way: by size, then id. On an
 * undirected graph each edge is a flow both ways (inflow = strength).
 *
 * Edge cases: empty graph → no regions; an isolated node is its own centre
 * with no members. Iterative (no recursion), O(n + m).
 * Options: see docs/options.md#dominantflowregions.
 *
 * @throws ZonelinkError naming `dominantFlowRegions` for multigraphs, mixed graphs,
 *   invalid weights, and every node whose size is missing, non-finite or negative.
 *
 * Reference: Nystuen, J. D. & Dacey, M. F. (1961), A graph theory interpretation of
 * nodal regions, Papers of the Regional Science Association 7, 29–42.
 *
 * @example
 * const g = new Graph({ type: 'directed' });
 * g.mergeEdge('b', 'a', { weight: 5 }); g.mergeEdge('c', 'a', { weight: 3 }); g.mergeEdge('a', 'b', { weight: 1 });
 * dominantFlowRegions(g).regions; // [{ centre: 'a', members: ['b', 'c'], centreSize: 8 }]
 */
export function dominantFlowRegions(graph: Graph, options: DominantFlowOptions = {}): DominantFlowResult {
  const { size: sizeOption, weight } = dominantFlowRegionsOptions.read(options);
  const caller = 'dominantFlowRegions';
  const csr = compactAdjacency(graph, { weight, caller });
  const { nodes } = csr;
  const n = nodes.length;
  const size = new Float64Array(n);
  if (sizeOption === 'inflow') {
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let p = csr.inOffsets[i]; p < csr.inOffsets[i + 1]; p++) if (csr.inSources[p] !== i) s += csr.inWeights[p];
      size[i] = s;
    }
  } else if (typeof sizeOption === 'object' && sizeOption !== null) {
    const issues: ZonelinkIssue[] = [];
    for (let i = 0; i < n; i++) {
      const v = sizeOption[nodes[i]];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        issues.push({ code: 'invalid-size', message: `${caller}: size of node ${nodes[i]} is ${String(v)}; expected a finite number ≥ 0`, id: nodes[i], field: 'size', value: v });
      } else size[i] = v;
    }
    if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid sizes`, issues);
  } else {
    invalidArgument(caller, `size must be 'inflow' or a record of node sizes, got ${String(sizeOption)}`, { field: 'size' });
  }

  // rank order: larger size first, then smaller id
  const ranksAbove = (a: number, b: number): boolean => size[a] > size[b] || (size[a] === size[b] && nodes[a] < nodes[b]);

  const largest = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    let best = -1;
    let bestW = 0;
    for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) {
      const j = csr.outTargets[p];
      const w = csr.outWeights[p];
      if (j === i || !(w > 0)) continue;
      if (best === -1 || w > bestW || (w === bestW && ranksAbove(j, best))) {
        best = j;
        bestW = w;
      }
    }
    largest[i] = best;
    if (best !== -1 && ranksAbove(best, i)) parent[i] = best;
  }

  // roots and depths without recursion: walk up, then fill the path
  const root = new Int32Array(n).fill(-1);
  const depth = new Int32Array(n);
  const path: number[] = [];
  for (let i = 0; i < n; i++) {
    let v = i;
    while (root[v] === -1 && parent[v] !== -1) {
      path.push(v);
      v = parent[v];
    }
    if (root[v] === -1) {
      root[v] = v;
      depth[v] = 0;
    }
    const r = root[v];
    let d = depth[v];
    while (path.length > 0) {
      const u = path.pop()!;
      d += 1;
      root[u] = r;
      depth[u] = d;
    }
  }

  const result: DominantFlowResult = { largestFlow: {}, parent: {}, centre: {}, depth: {}, size: {}, regions: [] };
  const members = new Map<number, string[]>();
  for (let i = 0; i < n; i++) {
    const key = nodes[i];
    result.largestFlow[key] = largest[i] === -1 ? null : nodes[largest[i]];
    result.parent[key] = parent[i] === -1 ? null : nodes[parent[i]];
    result.centre[key] = nodes[root[i]];
    result.depth[key] = depth[i];
    result.size[key] = size[i];
    if (root[i] === i) {
      if (!members.has(i)) members.set(i, []);
    } else {
      let list = members.get(root[i]);
      if (!list) members.set(root[i], (list = []));
      list.push(key);
    }
  }
  const centres = [...members.keys()].sort((a, b) => (ranksAbove(a, b) ? -1 : ranksAbove(b, a) ? 1 : 0));
  for (const c of centres) {
    result.regions.push({ centre: nodes[c], members: members.get(c)!.sort(ascending), centreSize: size[c] });
  }
  return result;
}
