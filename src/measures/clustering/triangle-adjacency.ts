import { compactAdjacency, type EdgeWeight, type GraphInput } from '../../network/compact-adjacency.js';
import type { ProgressReporter } from '../../progress/progress-reporter.js';

/**
 * The symmetric adjacency S the clustering measures count closed triangles on:
 * self-loops dropped, and
 * - undirected graphs: S_ij = ŵ_ij^(1/3);
 * - directed graphs (`ignoreDirection: false`): S_ij = ŵ_ij^(1/3) + ŵ_ji^(1/3),
 *   so that (S³)_ii counts each of the eight directed triangle shapes through i
 *   (Fagiolo 2007);
 * - `ignoreDirection: true`: S_ij = 1 when an edge joins i and j in either direction.
 *
 * ŵ = w / max(w) over all edges (self-loops included, as NetworkX), or 1 when
 * unweighted. Rows are sorted by nothing in particular; each neighbour appears once.
 */
export interface TriangleAdjacency {
  nodes: readonly string[];
  directed: boolean;
  offsets: Int32Array;
  targets: Int32Array;
  values: Float64Array;
  /** Undirected: degree without self-loops; directed: in-degree + out-degree without self-loops. */
  degree: Int32Array;
  /** Directed only: number of neighbours joined in both directions (0 otherwise). */
  reciprocated: Int32Array;
  /** True when every value is 1 (unweighted and symmetric): triangles can be listed instead of walked. */
  unit: boolean;
}

/** Builds the {@link TriangleAdjacency} of a graph. */
export function triangleAdjacency(graph: GraphInput, weight: EdgeWeight, caller: string, ignoreDirection: boolean): TriangleAdjacency {
  const csr = compactAdjacency(graph, { weight, caller });
  const n = csr.nodes.length;
  const weighted = weight !== null && csr.weighted && !ignoreDirection;
  let maxWeight = 0;
  if (weighted) for (let e = 0; e < csr.outWeights.length; e++) if (csr.outWeights[e] > maxWeight) maxWeight = csr.outWeights[e];
  // all-zero weights: every ŵ is 0 (no weighted triangle), not 0/0
  const scale = (w: number) => (weighted ? (maxWeight > 0 ? Math.cbrt(w / maxWeight) : 0) : 1);
  const degree = new Int32Array(n);
  const reciprocated = new Int32Array(n);

  if (!csr.directed) {
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      let k = 0;
      for (let e = csr.outOffsets[i]; e < csr.outOffsets[i + 1]; e++) if (csr.outTargets[e] !== i) k++;
      degree[i] = k;
      offsets[i + 1] = offsets[i] + k;
    }
    const targets = new Int32Array(offsets[n]);
    const values = new Float64Array(offsets[n]);
    let p = 0;
    for (let i = 0; i < n; i++) {
      for (let e = csr.outOffsets[i]; e < csr.outOffsets[i + 1]; e++) {
        const j = csr.outTargets[e];
        if (j === i) continue;
        targets[p] = j;
        values[p++] = scale(csr.outWeights[e]);
      }
    }
    return { nodes: csr.nodes, directed: false, offsets, targets, values, degree, reciprocated, unit: !weighted };
  }

  // directed: merge each node's out- and in-row into one symmetric row
  const accumulated = new Float64Array(n);
  const seen = new Uint8Array(n); // bit 1: out-neighbour, bit 2: in-neighbour
  const list = new Int32Array(n);
  const offsets = new Int32Array(n + 1);
  const targetList: number[] = [];
  const valueList: number[] = [];
  for (let i = 0; i < n; i++) {
    let size = 0;
    let total = 0;
    const visit = (j: number, w: number, bit: number) => {
      if (j === i) return;
      total++;
      if (seen[j] === 0) list[size++] = j;
      seen[j] |= bit;
      accumulated[j] += scale(w);
    };
    for (let e = csr.outOffsets[i]; e < csr.outOffsets[i + 1]; e++) visit(csr.outTargets[e], csr.outWeights[e], 1);
    for (let e = csr.inOffsets[i]; e < csr.inOffsets[i + 1]; e++) visit(csr.inSources[e], csr.inWeights[e], 2);
    degree[i] = ignoreDirection ? size : total;
    for (let t = 0; t < size; t++) {
      const j = list[t];
      if (seen[j] === 3) reciprocated[i]++;
      targetList.push(j);
      valueList.push(ignoreDirection ? 1 : accumulated[j]);
      seen[j] = 0;
      accumulated[j] = 0;
    }
    offsets[i + 1] = targetList.length;
  }
  return {
    nodes: csr.nodes,
    directed: !ignoreDirection,
    offsets,
    targets: Int32Array.from(targetList),
    values: Float64Array.from(valueList),
    degree,
    reciprocated: ignoreDirection ? new Int32Array(n) : reciprocated,
    unit: ignoreDirection,
  };
}

/**
 * Closed walks of length 3 through each node, (S³)_ii = Σ_{j,k} S_ij S_jk S_ki
 * (j, k ≠ i, j ≠ k): twice the number of triangles at i for a 0/1 undirected S.
 * Cost O(Σ_j deg(j)²).
 */
export function closedTriads(adjacency: TriangleAdjacency, progress?: ProgressReporter): Float64Array {
  if (adjacency.unit) return listedTriangles(adjacency, progress);
  const { offsets, targets, values } = adjacency;
  const n = offsets.length - 1;
  const result = new Float64Array(n);
  const mark = new Float64Array(n); // S_ik for the current i
  for (let i = 0; i < n; i++) {
    for (let e = offsets[i]; e < offsets[i + 1]; e++) mark[targets[e]] = values[e];
    let sum = 0;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const j = targets[e];
      const sij = values[e];
      let inner = 0;
      for (let f = offsets[j]; f < offsets[j + 1]; f++) {
        const k = targets[f];
        if (k !== i) inner += values[f] * mark[k];
      }
      sum += sij * inner;
    }
    result[i] = sum;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) mark[targets[e]] = 0;
    progress?.tick();
  }
  progress?.finish();
  return result;
}

/**
 * (A³)_ii = 2 × triangles at i for a 0/1 symmetric A, by listing each triangle
 * once: edges are oriented from lower to higher (degree, index) rank and a
 * triangle is found at its lowest-ranked node (Schank & Wagner 2005, "forward"),
 * O(m^1.5) instead of O(Σ deg²).
 */
function listedTriangles(adjacency: TriangleAdjacency, progress: ProgressReporter | undefined): Float64Array {
  const { offsets, targets, degree } = adjacency;
  const n = offsets.length - 1;
  const above = (a: number, b: number) => degree[a] > degree[b] || (degree[a] === degree[b] && a > b);
  const forwardOffsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let k = 0;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) if (above(targets[e], i)) k++;
    forwardOffsets[i + 1] = forwardOffsets[i] + k;
  }
  const forward = new Int32Array(forwardOffsets[n]);
  for (let i = 0, p = 0; i < n; i++) for (let e = offsets[i]; e < offsets[i + 1]; e++) if (above(targets[e], i)) forward[p++] = targets[e];
  const count = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    for (let e = forwardOffsets[u]; e < forwardOffsets[u + 1]; e++) mark[forward[e]] = u;
    for (let e = forwardOffsets[u]; e < forwardOffsets[u + 1]; e++) {
      const v = forward[e];
      for (let f = forwardOffsets[v]; f < forwardOffsets[v + 1]; f++) {
        const w = forward[f];
        if (mark[w] === u) {
          count[u] += 2;
          count[v] += 2;
          count[w] += 2;
        }
      }
    }
    progress?.tick();
  }
  progress?.finish();
  return count;
}
