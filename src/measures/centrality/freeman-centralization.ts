import { invalidArgument } from '../../error/zonelink-error.js';
import { compactAdjacency, type GraphInput } from '../../network/compact-adjacency.js';
import { brandesBlockedSums } from './brandes-kernel.js';
import { allSources } from './betweenness.js';
import { distanceAdjacency, pathLengthOptionSpecs } from './distance-adjacency.js';
import { distanceSums } from './distance-sums.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { choiceOption } from '../../options/option-spec.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';

/** The centralities {@link freemanCentralization} summarises. */
export type CentralizationMeasure = 'degree' | 'betweenness' | 'closeness';

/** The declared options of {@link freemanCentralization} (checks, defaults and docs/options.md come from here). */
export const freemanCentralizationOptions = defineOptions('freemanCentralization', {
  weight: edgeWeightOption('a strength for degree (the index then uses strength) and, for betweenness and closeness, a length or strength as `distance` says; null = the classic unweighted index'),
  distance: pathLengthOptionSpecs.distance,
  mode: choiceOption(['total', 'in', 'out'] as const, { doc: 'Degree on directed graphs: in-, out- or total degree.', default: 'total' }),
  closenessMode: choiceOption(['in', 'out'] as const, { doc: "Closeness on directed graphs: distances to ('in') or from ('out') the node.", default: 'in' }),
  disconnected: choiceOption(['component', 'reachable', 'harmonic'] as const, { doc: 'Closeness on disconnected graphs, as in closeness.', default: 'component' }),
});

/** Options of {@link freemanCentralization}, declared in {@link freemanCentralizationOptions} (see docs/options.md#freemancentralization). */
export type FreemanCentralizationOptions = OptionsOf<typeof freemanCentralizationOptions>;

/**
 * Freeman's (1979) centralization: how much one node dominates,
 *
 *   C = Σ_i (c_max − c_i) / max_{graphs on n nodes} Σ_i (c_max − c_i),
 *
 * the maximum being attained by the star. Denominators (Freeman 1979):
 *
 * | measure (raw scores)                | undirected          | directed         |
 * |-------------------------------------|---------------------|------------------|
 * | degree (in or out)                  | (n−1)(n−2)          | (n−1)²           |
 * | degree total (in + out)             | —                   | 2(n−1)(n−2)      |
 * | betweenness (undirected halved)     | (n−1)²(n−2)/2       | (n−1)²(n−2)      |
 * | closeness (n−1)/Σd (WF, reachable)  | (n−1)(n−2)/(2n−3)   | n − 1            |
 * | closeness, `disconnected: 'harmonic'` | (n−2)/2           | n − 1            |
 *
 * Directed closeness scores lie in [0, 1] and the in-star (out-star for
 * `closenessMode: 'out'`) reaches Σ = n − 1. Degree ignores self-loops (the star
 * bound is over simple graphs). n ≤ 2 → NaN.
 *
 * Weighted graphs have no closed-form maximum over all graphs; the normalisation
 * used here: **degree** uses strength and multiplies the denominator by w_max,
 * the largest edge weight (the true maximum over graphs whose weights are at most
 * w_max: the star with every weight w_max). **Betweenness** uses the weighted
 * scores with the unweighted denominator, still the exact maximum (a node lies
 * on at most all (n−1)(n−2)/2 pairs). **Closeness** multiplies the weighted
 * scores by d_min, the shortest edge length (distances in units of the shortest
 * edge), with the unweighted denominator; for connected undirected graphs this
 * is again a true bound (by d(i, j) ≤ d(i, k) + d(k, j) and convexity).
 * With `disconnected: 'reachable'` isolated small components score high and the
 * index can exceed 1.
 *
 * Reference: L. C. Freeman (1979), Centrality in social networks: conceptual
 * clarification, Social Networks 1(3):215–239.
 *
 * @example
 * const star = new Graph({ type: 'undirected' });
 * for (const leaf of ['b', 'c', 'd']) star.mergeEdge('hub', leaf);
 * freemanCentralization(star, 'degree'); // 1
 */
export function freemanCentralization(
  graph: GraphInput,
  measure: CentralizationMeasure,
  options: FreemanCentralizationOptions = {},
): number {
  const caller = 'freemanCentralization';
  const { weight, distance, mode, closenessMode, disconnected: rule } = freemanCentralizationOptions.read(options);
  if (measure !== 'degree' && measure !== 'betweenness' && measure !== 'closeness') {
    invalidArgument(caller, `measure must be 'degree', 'betweenness' or 'closeness', got ${String(measure)}`, {
      field: 'measure',
      value: measure,
    });
  }

  if (measure === 'degree') {
    const csr = compactAdjacency(graph, { weight, caller });
    const n = csr.nodes.length;
    if (n <= 2) return NaN;
    const scores = new Float64Array(n);
    let wmax = 0;
    const add = (offsets: Int32Array, ends: Int32Array, weights: Float64Array) => {
      for (let v = 0; v < n; v++) {
        for (let e = offsets[v]; e < offsets[v + 1]; e++) {
          if (ends[e] === v) continue;
          const w = csr.weighted ? weights[e] : 1;
          scores[v] += w;
          if (w > wmax) wmax = w;
        }
      }
    };
    let denominator: number;
    if (!csr.directed) {
      add(csr.outOffsets, csr.outTargets, csr.outWeights);
      denominator = (n - 1) * (n - 2);
    } else {
      if (mode !== 'in') add(csr.outOffsets, csr.outTargets, csr.outWeights);
      if (mode !== 'out') add(csr.inOffsets, csr.inSources, csr.inWeights);
      denominator = mode === 'total' ? 2 * (n - 1) * (n - 2) : (n - 1) * (n - 1);
    }
    if (csr.weighted) denominator *= wmax;
    return spread(scores) / denominator;
  }

  const adjacency = distanceAdjacency(graph, { weight, distance }, caller);
  const n = adjacency.n;
  if (n <= 2) return NaN;
  if (measure === 'betweenness') {
    const raw = brandesBlockedSums(adjacency, allSources(n), false);
    if (!adjacency.directed) for (let i = 0; i < n; i++) raw[i] /= 2;
    const denominator = adjacency.directed ? (n - 1) * (n - 1) * (n - 2) : ((n - 1) * (n - 1) * (n - 2)) / 2;
    return spread(raw) / denominator;
  }
  const { reached, total, inverseTotal } = distanceSums(adjacency, closenessMode);
  const unit = adjacency.outLengths === null || !Number.isFinite(adjacency.minLength) ? 1 : adjacency.minLength;
  const scores = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    if (rule === 'harmonic') scores[u] = inverseTotal[u] / (n - 1);
    else if (total[u] > 0) {
      const c = reached[u] / total[u];
      scores[u] = rule === 'component' ? (c * reached[u]) / (n - 1) : c;
    }
    scores[u] *= unit;
  }
  let denominator: number;
  if (adjacency.directed) denominator = n - 1;
  else if (rule === 'harmonic') denominator = (n - 2) / 2;
  else denominator = ((n - 1) * (n - 2)) / (2 * n - 3);
  return spread(scores) / denominator;
}

/** Σ_i (max − c_i). */
function spread(scores: Float64Array): number {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) if (scores[i] > max) max = scores[i];
  let s = 0;
  for (let i = 0; i < scores.length; i++) s += max - scores[i];
  return s;
}
