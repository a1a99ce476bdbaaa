import type { EdgeWeight, GraphInput } from '../../network/compact-adjacency.js';
import { invalidArgument } from '../../error/zonelink-error.js';
import { seededRandom } from '../../random/seeded-random.js';
import { checkSeed } from '../../statistics/check-seed.js';
import { checkResolution, modularityOfCommunities } from './modularity.js';
import { leidenKernel } from './leiden-kernel.js';
import { levelGraphOf } from './level-graph.js';
import { communityAdjacency } from './community-adjacency.js';
import { checkOptions } from '../../error/argument-checks.js';

/** Options of {@link leiden}. */
export interface LeidenOptions {
  /** Seed of the random node orders and refinement choices. Default 0. */
  seed?: number;
  /** Resolution γ of modularity. Default 1. */
  resolution?: number;
  /**
   * Edge weight (strength): attribute name, function or `null`. Default `'weight'`.
   * With a prebuilt compact adjacency its weights are used as built; `null` reads them as 1.
   */
  weight?: EdgeWeight;
  /** Maximum number of Leiden iterations. Default: iterate until no node moves. */
  maxIterations?: number;
  /** Randomness θ of the refinement step (igraph's `beta`). Default 0.01. */
  randomness?: number;
}

/** Result of {@link leiden} and {@link louvain}. */
export interface CommunityResult {
  /** Node → community index (0 … communities − 1, in order of first node). */
  partition: Record<string, number>;
  /** Modularity of the partition (with the resolution used). */
  modularity: number;
  /** Number of communities. */
  communities: number;
}

/** Result of {@link leiden}: a {@link CommunityResult} plus the run's parameters. */
export interface LeidenResult extends CommunityResult {
  iterations: number;
  /** True when the last iteration moved no node (a stable partition). */
  converged: boolean;
  seed: number;
  resolution: number;
}

/**
 * Communities by the Leiden algorithm maximising modularity with resolution γ
 * (weights are strengths; undirected: Newman, directed: Leicht–Newman).
 *
 * Each iteration: (1) fast local moving — nodes are visited from a queue in
 * random order and moved to the neighbouring (or an empty) community with the
 * largest modularity gain; neighbours not in the new community are re-queued;
 * (2) refinement — within each community, starting from singletons, every
 * well-connected singleton node (E(v, S−v) ≥ γ·null(v, S−v)) joins a
 * well-connected refined cluster, chosen at random with probability
 * ∝ exp(ΔQ/θ) among the non-negative gains; (3) aggregation of the graph on the
 * refined partition, with the non-refined partition as the initial partition
 * of the aggregate. Levels repeat until every community is one aggregate node;
 * iterations repeat (from the previous partition) until no node moves or
 * `maxIterations`. The refinement guarantees connected communities.
 *
 * Stopping: an iteration in which no node moves is one that does not increase
 * modularity (every move gains more than the tolerance; refinement and
 * aggregation leave modularity unchanged), so the default is the rule igraph
 * documents for `n_iterations = -1` ("until an iteration does not change the
 * partition"); note that igraph's C core up to 0.10.x stops after the first
 * iteration instead (igraph issue #2798). `maxIterations: 1` or `2` trade the
 * stability guarantee for time.
 *
 * Takes a graphology graph or a compact adjacency built once with
 * `compactAdjacency()` (same partition either way; useful when a large graph is
 * analysed several times). Runs on typed arrays. Same graph, options and seed →
 * same partition. Gains are compared with a tolerance of 1e-13 × total weight;
 * in the refinement a candidate whose gain is more than 40θ below the best
 * counts with weight 0 (its exp(ΔQ/θ) is below what the draw can resolve).
 *
 * Reference: Traag, V. A., Waltman, L. & van Eck, N. J. (2019), From Louvain to
 * Leiden: guaranteeing well-connected communities, Scientific Reports 9, 5233.
 *
 * @throws ZonelinkError for invalid weights, options, or a graph with total weight 0.
 * @example
 * const { partition, modularity } = leiden(graph, { seed: 1 });
 * // analysing one large graph repeatedly: build its compact adjacency once
 * const csr = compactAdjacency(graph);
 * const runs = [1, 2, 3].map((seed) => leiden(csr, { seed }));
 */
export function leiden(graph: GraphInput, options: LeidenOptions = {}): LeidenResult {
  checkOptions('leiden', options);
  const seed = checkSeed('leiden', options.seed);
  const resolution = checkResolution('leiden', options.resolution);
  const theta = options.randomness ?? 0.01;
  if (typeof theta !== 'number' || !Number.isFinite(theta) || theta <= 0) {
    invalidArgument('leiden', `randomness must be a finite number > 0, got ${String(theta)}`, { field: 'randomness', value: theta });
  }
  const maxIterations = checkMaxIterations('leiden', options.maxIterations);
  const csr = communityAdjacency(graph, options.weight, 'leiden');
  const { graph: level, scale, totalStrength } = levelGraphOf(csr, resolution, 'leiden');
  const run = leidenKernel(level, {
    scale,
    theta,
    random: seededRandom(seed),
    maxIterations,
    epsilon: 1e-13 * totalStrength,
  });
  const partition: Record<string, number> = {};
  for (let i = 0; i < csr.nodes.length; i++) partition[csr.nodes[i]] = run.membership[i];
  return {
    partition,
    modularity: modularityOfCommunities(csr, run.membership, run.count, resolution),
    communities: run.count,
    iterations: run.iterations,
    converged: run.converged,
    seed,
    resolution,
  };
}


/** Validates a maxIterations option (default: unbounded). */
export function checkMaxIterations(caller: string, maxIterations: number | undefined): number {
  const value = maxIterations ?? Number.POSITIVE_INFINITY;
  if (typeof value !== 'number' || !(value >= 1) || (Number.isFinite(value) && !Number.isInteger(value))) {
    invalidArgument(caller, `maxIterations must be an integer ≥ 1 (or Infinity), got ${String(value)}`, {
      field: 'maxIterations',
      value,
    });
  }
  return value;
}
