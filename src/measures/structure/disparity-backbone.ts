import disparityModule from 'graphology-metrics/edge/disparity.js';
import type { AbstractGraph as Graph } from 'graphology-types';
import { invalidArgument } from '../../error/zonelink-error.js';
import { compactAdjacency, type EdgeWeight } from '../../network/compact-adjacency.js';
import { checkOptions } from '../../error/argument-checks.js';

/** Options of {@link disparityBackbone}. */
export interface DisparityBackboneOptions {
  /** Significance level: an edge is kept when its disparity score is < alpha. Default 0.05. */
  alpha?: number;
  /** Edge weight (strengths, > 0): attribute name or function. Default `'weight'`. */
  weight?: Exclude<EdgeWeight, null>;
}

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
 * @throws ZonelinkError for directed graphs, self-loops, weights that are not
 *   finite and > 0 (all listed), or alpha outside (0, 1].
 * @example
 * const { kept } = disparityBackbone(project(net), { alpha: 0.05 });
 */
export function disparityBackbone(graph: Graph, options: DisparityBackboneOptions = {}): DisparityBackboneResult {
  checkOptions('disparityBackbone', options);
  const caller = 'disparityBackbone';
  const alpha = options.alpha ?? 0.05;
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha <= 1)) invalidArgument(caller, `alpha must be in (0, 1], got ${String(alpha)}`, { field: 'alpha', value: alpha });
  const weight = options.weight ?? 'weight';
  const csr = compactAdjacency(graph, { weight, caller });
  if (csr.directed) invalidArgument(caller, 'the disparity filter is defined for undirected graphs; project the network with directed: false', { field: 'graph' });
  if (csr.selfLoopCount > 0) invalidArgument(caller, `the graph has ${csr.selfLoopCount} self-loop(s); project with selfLoops: false`, { field: 'graph' });
  for (let p = 0; p < csr.outWeights.length; p++) {
    if (csr.outWeights[p] === 0) invalidArgument(caller, 'weights must be > 0 (a zero-weight edge is no edge: drop it)', { field: 'weight', value: 0 });
  }
  const scores = graph.size === 0 ? {} : disparity(graph, { getEdgeWeight: typeof weight === 'string' ? weight : (edge, attributes, source, target) => weight(edge, attributes, source, target) });
  const kept = Object.keys(scores).filter((edge) => scores[edge] < alpha);
  const nodes = new Set<string>();
  for (const edge of kept) for (const node of graph.extremities(edge)) nodes.add(node);
  return { scores, kept, nodes: [...nodes], alpha };
}
