import type { AbstractGraph as Graph } from 'graphology-types';
import louvainModule from 'graphology-communities-louvain';
import type { DetailedLouvainOutput, LouvainOptions as GraphologyLouvainOptions } from 'graphology-communities-louvain';
import { compactAdjacency, type EdgeWeight } from '../../network/compact-adjacency.js';
import { seededRandom } from '../../random/seeded-random.js';
import { checkResolution, modularityOfCommunities } from './modularity.js';
import { levelGraphOf } from './level-graph.js';
import { type CommunityResult } from './leiden.js';
import { checkSeed } from '../../statistics/check-seed.js';

type DetailedLouvain = (graph: Graph, options?: GraphologyLouvainOptions) => DetailedLouvainOutput;

// graphology-communities-louvain is CommonJS: depending on the loader (Node ESM,
// a bundler, CJS) the default import is the function itself or an object whose
// `default` is; under `moduleResolution: NodeNext` its type is not callable.
const louvainDetailed: DetailedLouvain = (() => {
  const module = louvainModule as unknown as { detailed?: DetailedLouvain; default?: { detailed: DetailedLouvain } };
  return module.detailed ?? module.default!.detailed;
})();

/** Options of {@link louvain}. */
export interface LouvainOptions {
  /** Seed of the random node order (passed to graphology as `rng`). Default 0. */
  seed?: number;
  /** Resolution γ of modularity. Default 1. */
  resolution?: number;
  /** Edge weight (strength): attribute name, function or `null`. Default `'weight'`. */
  weight?: EdgeWeight;
}

/**
 * Communities by the Louvain method (graphology-communities-louvain with its
 * fast local moves and random walk order) maximising modularity with
 * resolution γ; weights are strengths; directed graphs use Leicht–Newman
 * modularity.
 *
 * zonelink guards the dependency's known defects: weights are validated first
 * (NaN, negative, missing on some edges → ZonelinkError listing every edge), a
 * graph whose total weight is 0 is rejected instead of yielding NaN
 * modularity, the random order comes from `seededRandom(seed)` (same seed →
 * same partition), and the reported modularity is recomputed by zonelink's
 * {@link modularity} kernel. Louvain can return badly connected communities
 * and plateaus below Leiden on large graphs: prefer {@link leiden}.
 *
 * Reference: Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E.
 * (2008), Fast unfolding of communities in large networks, J. Stat. Mech. P10008.
 *
 * @throws ZonelinkError for invalid weights or options, or total weight 0.
 * @example
 * const { partition, modularity, communities } = louvain(graph, { seed: 7 });
 */
export function louvain(graph: Graph, options: LouvainOptions = {}): CommunityResult {
  const seed = checkSeed('louvain', options.seed);
  const resolution = checkResolution('louvain', options.resolution);
  const csr = compactAdjacency(graph, { weight: options.weight, caller: 'louvain' });
  levelGraphOf(csr, resolution, 'louvain'); // rejects total weight 0
  const weight = options.weight === undefined ? 'weight' : options.weight;
  let getEdgeWeight: GraphologyLouvainOptions['getEdgeWeight'];
  if (weight === null) getEdgeWeight = null;
  else if (typeof weight === 'function') getEdgeWeight = (edge, attributes, source, target) => weight(edge, attributes, source, target);
  else if (csr.weighted) getEdgeWeight = weight;
  else getEdgeWeight = null;
  const result = louvainDetailed(graph, {
    getEdgeWeight,
    resolution,
    rng: seededRandom(seed),
    randomWalk: true,
    fastLocalMoves: true,
  });
  const membership = new Int32Array(csr.nodes.length);
  const relabel = new Map<number, number>();
  const partition: Record<string, number> = {};
  for (let i = 0; i < csr.nodes.length; i++) {
    const raw = result.communities[csr.nodes[i]];
    let c = relabel.get(raw);
    if (c === undefined) {
      c = relabel.size;
      relabel.set(raw, c);
    }
    membership[i] = c;
    partition[csr.nodes[i]] = c;
  }
  return {
    partition,
    modularity: modularityOfCommunities(csr, membership, relabel.size, resolution),
    communities: relabel.size,
  };
}
