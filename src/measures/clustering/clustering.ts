import type { GraphInput } from '../../network/compact-adjacency.js';
import { clusteringFor } from './clustering-for.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';

/**
 * The `weight` of the clustering coefficients: the shared edge-weight option
 * with default `null` (the unweighted coefficient, as NetworkX's `weight=None`).
 */
export const clusteringWeightOption = {
  ...edgeWeightOption('a strength (≥ 0) normalised by the largest weight (Onnela et al. 2005); default null, as NetworkX weight=None'),
  default: null,
};

/** The declared options of {@link clustering} (checks, defaults and docs/options.md come from here). */
export const clusteringOptions = defineOptions('clustering', { weight: clusteringWeightOption, ...progressOptionSpecs });

/** Options of {@link clustering}, declared in {@link clusteringOptions} (see docs/options.md#clustering). */
export type ClusteringOptions = OptionsOf<typeof clusteringOptions>;

/**
 * Local clustering coefficient of every node, as NetworkX `clustering`.
 *
 * Undirected (Watts & Strogatz 1998): the share of pairs of a node's neighbours
 * that are themselves joined,
 *
 *   c_i = 2 T_i / (k_i (k_i − 1)),
 *
 * T_i the triangles through i and k_i its degree without self-loops; 0 when
 * k_i < 2. Weighted (Onnela, Saramäki, Kertész & Kaski 2005): each triangle
 * counts by the geometric mean of its three normalised weights ŵ = w / max(w),
 *
 *   c_i = 1/(k_i (k_i − 1)) Σ_{j,k} (ŵ_ij ŵ_jk ŵ_ki)^(1/3).
 *
 * Directed (Fagiolo 2007): every one of the eight directed triangle shapes through
 * i counts, against the number of such triangles i's ties could form,
 *
 *   c_i = ((A + Aᵀ)³)_ii / (2 [d_i^tot (d_i^tot − 1) − 2 d_i^↔]),
 *
 * with d^tot the in- plus out-degree and d^↔ the number of reciprocated ties;
 * with weights A is replaced by Ŵ^(1/3) (NetworkX's directed weighted version).
 * Self-loops are ignored; the maximum weight ŵ normalises by includes them, as
 * NetworkX. All-zero weights give 0 everywhere. zonelink rejects negative weights,
 * so NetworkX's signed variant does not arise.
 *
 * References: D. J. Watts & S. H. Strogatz (1998), Nature 393:440–442;
 * J.-P. Onnela, J. Saramäki, J. Kertész & K. Kaski (2005), Intensity and
 * coherence of motifs in weighted complex networks, Physical Review E
 * 71:065103; G. Fagiolo (2007), Clustering in complex directed networks,
 * Physical Review E 76:026107.
 *
 * Cost O(Σ_i k_i²) (O(m^1.5) by listing when unweighted); progress is reported
 * per node (`onProgress`, unit `nodes`) and `signal` cancels.
 * Options: see docs/options.md#clustering (`weight`, `onProgress`, `signal`).
 *
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c'); g.mergeEdge('c', 'a'); g.mergeEdge('c', 'd');
 * clustering(g); // { a: 1, b: 1, c: 1/3, d: 0 }
 */
export function clustering(graph: GraphInput, options: ClusteringOptions = {}): Record<string, number> {
  const { weight, ...progress } = clusteringOptions.read(options);
  return clusteringFor('clustering', graph, weight, progress);
}
