import { pearsonCorrelation } from '../../statistics/pearson-correlation.js';
import { invalidArgument } from '../../error/zonelink-error.js';
import type { EdgeWeight, GraphInput } from '../../network/compact-adjacency.js';
import { nodeMatrixFor } from '../dyadic/node-matrix-for.js';
import type { NodeMatrix } from '../dyadic/node-matrix-type.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { nodeMatrixOptionSpecs } from '../dyadic/node-matrix.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';
import { progressReporter } from '../../progress/progress-reporter.js';
import { choiceOption } from '../../options/option-spec.js';

/** Comparison of two nodes' tie profiles in {@link structuralEquivalence}. */
export type StructuralEquivalenceMethod = 'hamming' | 'correlation' | 'euclidean';

/** The declared options of {@link structuralEquivalence} (checks, defaults and docs/options.md come from here). */
export const structuralEquivalenceOptions = defineOptions('structuralEquivalence', {
  /** Default `'hamming'`, as R `sna::sedist`. */
  method: choiceOption(['hamming', 'correlation', 'euclidean'] as const, {
    doc: "Comparison of two nodes' tie profiles: Hamming or Euclidean distance, or Pearson correlation (as R sna's sedist; default as sedist).",
    default: 'hamming',
  }),
  /** Edge weight (attribute, function `(id, attributes, source, target) → number`, or `null` for 0/1 ties). Default `'weight'` (1 when no edge has it). */
  weight: nodeMatrixOptionSpecs.weight,
  /** Progress (unit: rows of the n × n result, each O(n)) and cancellation. */
  ...progressOptionSpecs,
});

/** Options of {@link structuralEquivalence}, declared in {@link structuralEquivalenceOptions}. */
export type StructuralEquivalenceOptions = OptionsOf<typeof structuralEquivalenceOptions>;

/**
 * Structural equivalence of every pair of nodes (Lorrain & White 1971): how alike the
 * two nodes' ties to and from all *other* nodes are. Node i's profile is its row and its
 * column of the adjacency matrix a (ties sent, then ties received); for a pair (i, j) the
 * cells k ∈ {i, j} are left out of both halves, so the diagonal and the pair's mutual tie
 * never count:
 *
 *   hamming    d_ij = Σ_{k ∉ {i,j}} |a_ik − a_jk| + |a_ki − a_kj|
 *   euclidean  d_ij = √Σ_{k ∉ {i,j}} (a_ik − a_jk)² + (a_ki − a_kj)²
 *   correlation r_ij = Pearson correlation of the two 2(n − 2)-long profiles
 *
 * These are exactly R `sna::sedist(A, method = …)` with its defaults (`diag = FALSE`: the
 * diagonal is missing and pairwise deletion drops k ∈ {i, j}; rows and columns are always
 * stacked, for an undirected graph too, whose symmetric matrix then counts each tie twice).
 * Hamming and Euclidean are distances (diagonal 0); correlation is a similarity (diagonal 1)
 * and, as in sedist, is 0 where a profile is constant (an isolate, say) and no correlation exists.
 * Values are the edge weights (0/1 when unweighted).
 *
 * Reference: Lorrain, F. & White, H. C. (1971). Structural equivalence of individuals in social
 * networks. Journal of Mathematical Sociology 1, 49–80. Burt, R. S. (1976). Positions in networks.
 * Social Forces 55, 93–122. Wasserman, S. & Faust, K. (1994). Social Network Analysis, §9.4.
 *
 * @example
 * const g = new Graph({ type: 'directed' });
 * g.mergeEdge('a', 'c'); g.mergeEdge('b', 'c');
 * structuralEquivalence(g);
 * // { nodes: ['a', 'c', 'b'], values: [[0, 1, 0], [1, 0, 1], [0, 1, 0]] } (a and b are equivalent)
 */
export function structuralEquivalence(graph: GraphInput, options: StructuralEquivalenceOptions = {}): NodeMatrix {
  const caller = 'structuralEquivalence';
  const read = structuralEquivalenceOptions.read(options);
  const { method } = read;
  const adjacency = nodeMatrixFor(caller, graph, { weight: read.weight });
  const a = adjacency.values;
  const n = a.length;
  const values = adjacency.nodes.map(() => new Array<number>(n).fill(0));
  const progress = progressReporter(caller, read, n, 'rows');
  for (let i = 0; i < n; i++) {
    progress.tick();
    for (let j = method === 'correlation' ? i : i + 1; j < n; j++) {
      const v = method === 'correlation' ? profileCorrelation(a, i, j) : profileDistance(a, i, j, method === 'euclidean');
      values[i][j] = values[j][i] = v;
    }
  }
  progress.finish();
  return { nodes: adjacency.nodes, values };
}

function profileDistance(a: number[][], i: number, j: number, euclidean: boolean): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) {
    if (k === i || k === j) continue;
    const d1 = a[i][k] - a[j][k];
    const d2 = a[k][i] - a[k][j];
    s += euclidean ? d1 * d1 + d2 * d2 : Math.abs(d1) + Math.abs(d2);
  }
  return euclidean ? Math.sqrt(s) : s;
}

/**
 * Pearson correlation of the profiles of i and j over k ∉ {i, j} (k ≠ i alone when i = j),
 * 0 when either is constant (sna::sedist's convention) (internal; CONCOR's first step).
 */
export function profileCorrelation(a: readonly (readonly number[])[], i: number, j: number): number {
  const n = a.length;
  // each profile is its row and its column, outside the pair: 2 values per third node
  const x: number[] = [];
  const y: number[] = [];
  for (let k = 0; k < n; k++) {
    if (k === i || k === j) continue;
    x.push(a[i][k], a[k][i]);
    y.push(a[j][k], a[k][j]);
  }
  const r = pearsonCorrelation(x, y);
  return Number.isNaN(r) ? 0 : Math.max(-1, Math.min(1, r));
}
