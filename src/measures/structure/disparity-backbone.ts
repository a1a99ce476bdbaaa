import disparityModule from 'graphology-metrics/edge/disparity.js';
import type { AbstractGraph as Graph } from 'graphology-types';
import { invalidArgument } from '../../error/zonelink-error.js';
import { compactAdjacency } from '../../network/compact-adjacency.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { numberOption } from '../../options/option-spec.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';

/**
 * The declared options of {@link disparityBackbone} (checks, defaults and
 * docs/options.md come from here). No progress options: the filter is O(m).
 */
export const disparityBackboneOptions = defineOptions('disparityBackbone', {
  alpha: numberOption({ doc: 'Significance level: an edge is kept when its disparity score is < alpha.', default: 0.05, above: 0, max: 1 }),
  weight: edgeWeightOption('a strength (finite and > 0)'),
});

/** Options of {@link disparityBackbone}, declared in {@link disparityBackboneOptions} (see docs/options.md#disparitybackbone). */
export type DisparityBackboneOptions = OptionsOf<typeof disparityBackboneOptions>;

/** Result of {@link disparityBackbone}. */
export interface DisparityBackboneResult {
  /** Disparity score of every edge (lower = more significant). */
  scores: Record<string, number>;
  /** Keys of the edges with score < alpha: the backbone. */
  kept: string[];
  /** Nodes touched by a kept edge. */
  nodes: string[];
  alpha: number;
}

// graphology-metrics is CommonJS: under ESM its default export may arrive wrapped.
const disparity = ((disparityModule as unknown as { default?: typeof disparityModule }).default ?? disparityModule) as typeof disparityModule;

/**
 * The multiscale backbone of a weighted network by the disparity filter (Serrano,
 * Boguñá & Vespignani 2009): an edge is significant for node i when, under the
 * null model of uniformly random weights among i's k_i edges, a share as large as
 * p_ij = w_ij / s_i is unlikely:
 *
 *   α_ij = (1 − p_ij)^(k_i − 1),   score(i, j) = min(α_ij, α_ji),   kept when score < alpha.
 *
 * Scores come from graphology-metrics' `disparity` (which this function feeds only
 * what it handles correctly). A node of degree 1 gives (1 − 1)^0 = 1, so an edge
 * is judged by its other end. Weights are strengths and must be finite and > 0.
 *
 * Edge cases: undirected simple graphs only (a projection); no self-loops (they
 * would count twice in strengths); an empty graph gives empty results.
 *
 * Reference: M. Á. Serrano, M. Boguñá, A. Vespignani (2009), Extracting the
 * multiscale backbone of complex weighted networks, PNAS 106(16):6483–6488.
 *
 * With `weight: null` every edge weighs 1, so that only the degrees matter.
 * Options: see docs/options.md#disparitybackbone (`alpha`, `weight`).
 *
 * @throws ZonelinkError for directed graphs, self-loops, weights that are not
 *   finite and > 0 (all listed), or alpha outside (0, 1].
 * @example
 * const { kept } = disparityBackbone(project(net), { alpha: 0.05 });
 */
export function disparityBackbone(graph: Graph, options: DisparityBackboneOptions = {}): DisparityBackboneResult {
  const caller = 'disparityBackbone';
  const { alpha, weight } = disparityBackboneOptions.read(options);
  const csr = compactAdjacency(graph, { weight, caller });
  if (csr.directed) invalidArgument(caller, 'the disparity filter is defined for undirected graphs; project the network with directed: false', { field: 'graph' });
  if (csr.selfLoopCount > 0) invalidArgument(caller, `the graph has ${csr.selfLoopCount} self-loop(s); project with selfLoops: false`, { field: 'graph' });
  for (let p = 0; p < csr.outWeights.length; p++) {
    if (csr.outWeights[p] === 0) invalidArgument(caller, 'weights must be > 0 (a zero-weight edge is no edge: drop it)', { field: 'weight', value: 0 });
  }
  const scores = graph.size === 0 ? {} : disparity(graph, { getEdgeWeight: weight === null ? () => 1 : typeof weight === 'string' ? weight : (edge, attributes, source, target) => weight(edge, attributes, source, target) });
  const kept = Object.keys(scores).filter((edge) => scores[edge] < alpha);
  const nodes = new Set<string>();
  for (const edge of kept) for (const node of graph.extremities(edge)) nodes.add(node);
  return { scores, kept, nodes: [...nodes], alpha };
}
