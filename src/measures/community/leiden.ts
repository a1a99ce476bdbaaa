import type { GraphInput } from '../../network/compact-adjacency.js';
import { invalidArgument } from '../../error/zonelink-error.js';
import { seededRandom } from '../../random/seeded-random.js';
import { seedOption } from '../../statistics/check-seed.js';
import { modularityOfCommunities } from './modularity.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { choiceOption, numberOption } from '../../options/option-spec.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';
import { resolutionOption } from './community-option-specs.js';
import { kernelProgress } from './kernel-progress.js';
import { leidenKernel, type LevelGraph } from './leiden-kernel.js';
import { mutualAdjacency } from './mutual-adjacency.js';
import { cpmQuality } from './cpm-quality.js';
import { levelGraphOf } from './level-graph.js';
import { communityAdjacency } from './community-adjacency.js';

/**
 * What Leiden maximises:
 * - `'modularity'`: Newman's modularity (Leicht–Newman for directed graphs) with
 *   resolution γ;
 * - `'cpm'`: the Constant Potts Model, Σ_c [e_c − γ n_c(n_c − 1)/2], every node of
 *   weight 1 — igraph's `community_leiden(objective_function="CPM")` with its
 *   default node weights. γ is then a density threshold: a community's internal
 *   edge density should exceed γ. Undirected graphs only (as igraph).
 */
export type LeidenObjective = 'modularity' | 'cpm';

/** The declared options of {@link leiden} (checks, defaults and docs/options.md come from here). */
export const leidenOptions = defineOptions('leiden', {
  objective: choiceOption(['modularity', 'cpm'] as const, {
    doc: "Quality function: Newman's modularity ('modularity') or the Constant Potts Model ('cpm', undirected graphs only); see `LeidenObjective`.",
    default: 'modularity',
  }),
  seed: seedOption,
  resolution: resolutionOption,
  weight: edgeWeightOption('a strength; with a prebuilt compact adjacency its weights are used as built and null reads them as 1'),
  maxIterations: numberOption({
    doc: 'Most Leiden iterations. Infinity (the default) iterates until an iteration moves no node: a stable partition, `converged: true`.',
    default: Number.POSITIVE_INFINITY,
    defaultText: 'Infinity (until stable)',
    integer: true,
    min: 1,
    infinity: true,
  }),
  randomness: numberOption({ doc: "Randomness θ of the refinement step (igraph's `beta`).", default: 0.01, above: 0 }),
  ...progressOptionSpecs,
});

/** Options of {@link leiden}, declared in {@link leidenOptions} (see docs/options.md#leiden). */
export type LeidenOptions = OptionsOf<typeof leidenOptions>;

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
  /** The objective maximised. */
  objective: LeidenObjective;
  /**
   * The objective's value: modularity with resolution γ (`'modularity'`), or the
   * CPM quality Σ_c [e_c − γ n_c(n_c − 1)/2] in edge-weight units (`'cpm'`).
   * `modularity` is always the modularity with resolution γ for `'modularity'`
   * and with γ = 1 for `'cpm'` (NaN when the total weight is 0).
   */
  quality: number;
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
 * iteration instead (igraph issue #2798). The rule is exact, with no cap and no
 * quality threshold: the only tolerance is the one every move must exceed,
 * 1e-13 × total weight, against floating-point noise (in an unweighted graph
 * with γ = 1 a gain is a multiple of 1/(2m) edge weights, more than the
 * tolerance up to m ≈ 1.5 million edges). `maxIterations: 1` or `2`
 * trade the stability guarantee for time: on sparse graphs with weak community
 * structure "until stable" can take hundreds of iterations (614 on a
 * Barabási–Albert graph of 200,000 nodes and 1M edges), the late ones each
 * moving a few refined clusters that a new random refinement happened to form,
 * for small but real gains — modularity rises strictly with every iteration,
 * nothing oscillates. That is Leiden's own convergence, not zonelink's: igraph's
 * `community_leiden` iterated by hand from its own partition until unchanged
 * needs 496 iterations on that graph (645 s CPU, against zonelink's 223 s) and
 * 67–137 on a 20,000-node graph of that kind, where zonelink needs 106–132
 * (bench/results/community-large.md).
 *
 * Progress and cancellation: `onProgress` receives one event per iteration
 * (`unit: 'iterations'`; total `maxIterations`, or `Infinity` when running
 * until stable, the last event then having done = total = the iterations run);
 * `signal` is checked after every level's local moving, and an aborted signal
 * throws `ZonelinkError` code `aborted` naming `leiden`.
 *
 * Takes a graphology graph or a compact adjacency built once with
 * `compactAdjacency()` (same partition either way; useful when a large graph is
 * analysed several times). Runs on typed arrays. Same graph, options and seed →
 * same partition. Gains are compared with a tolerance of 1e-13 × total weight;
 * in the refinement a candidate whose gain is more than 40θ below the best
 * counts with weight 0 (its exp(ΔQ/θ) is below what the draw can resolve).
 *
 * With `objective: 'cpm'` the same steps maximise the Constant Potts Model
 * (each node has weight 1, the gain of moving v into C is e_vC − γ|C|, a node
 * is well connected when E(v, S − v) ≥ γ(|S| − 1)), igraph's
 * `community_leiden(objective_function="CPM")`; undirected graphs only, and an
 * edgeless graph gives singletons.
 *
 * Extreme weights: the weights are divided internally by the power of two that
 * brings the largest into [1, 2) (exact), so 1e308 or 5e-324 weights neither
 * overflow nor underflow. Modularity is scale invariant; θ and CPM's γ are in
 * the graph's weight units, so multiplying every weight by c together with θ
 * and γ (CPM) gives the same partition (bit for bit for c a power of two) and a
 * CPM `quality` multiplied by c (beyond ±1.8e308 it is ±Infinity).
 *
 * References: Traag, V. A., Waltman, L. & van Eck, N. J. (2019), From Louvain to
 * Leiden: guaranteeing well-connected communities, Scientific Reports 9, 5233;
 * Traag, V. A., Van Dooren, P. & Nesterov, Y. (2011), Narrow scope for
 * resolution-limit-free community detection, Physical Review E 84, 016114 (CPM).
 *
 * @throws ZonelinkError for invalid weights or options, a graph with total
 *   weight 0 (modularity), or a directed graph (CPM).
 * @example
 * const { partition, modularity } = leiden(graph, { seed: 1 });
 * // analysing one large graph repeatedly: build its compact adjacency once
 * const csr = compactAdjacency(graph);
 * const runs = [1, 2, 3].map((seed) => leiden(csr, { seed }));
 * // Constant Potts Model: communities denser than 0.1
 * leiden(graph, { objective: 'cpm', resolution: 0.1, seed: 1 }).quality;
 */
export function leiden(graph: GraphInput, options: LeidenOptions = {}): LeidenResult {
  const { objective, seed, resolution, weight, maxIterations, randomness: theta, onProgress, signal } = leidenOptions.read(options);
  const csr = communityAdjacency(graph, weight, 'leiden');
  let level: LevelGraph;
  let scale: number;
  let epsilon: number;
  if (objective === 'modularity') {
    const base = levelGraphOf(csr, resolution, 'leiden');
    level = base.graph;
    scale = base.scale;
    epsilon = 1e-13 * base.totalStrength;
  } else {
    if (csr.directed) {
      invalidArgument('leiden', "objective 'cpm' is defined for undirected graphs (as igraph); project the graph first", {
        field: 'objective',
        value: objective,
      });
    }
    // CPM: node weights 1 in place of strengths; the kernel's undirected gain
    // e_vC − 2s·a_v·A_C becomes e_vC − γ|C| with s = γ/2.
    const mutual = mutualAdjacency(csr);
    const ones = new Float64Array(mutual.n).fill(1);
    level = { n: mutual.n, offsets: mutual.offsets, targets: mutual.targets, weights: mutual.weights, a: ones, b: ones, directed: false };
    // CPM's γ is in weight units: divided by the same unit as the weights
    scale = Math.min(resolution / csr.unit, Number.MAX_VALUE) / 2;
    let total = 0;
    for (let p = 0; p < mutual.weights.length; p++) total += mutual.weights[p];
    epsilon = 1e-13 * Math.max(1, total);
  }
  const run = leidenKernel(level, {
    scale,
    // θ is in the graph's weight units (igraph's beta); the weights were divided by csr.unit
    theta: Math.min(theta / csr.unit, Number.MAX_VALUE),
    random: seededRandom(seed),
    maxIterations,
    epsilon,
    progress: kernelProgress('leiden', { onProgress, signal }, maxIterations),
  });
  const partition: Record<string, number> = {};
  for (let i = 0; i < csr.nodes.length; i++) partition[csr.nodes[i]] = run.membership[i];
  const modularity = modularityOfCommunities(csr, run.membership, run.count, objective === 'cpm' ? 1 : resolution);
  return {
    partition,
    modularity,
    communities: run.count,
    objective,
    // the CPM quality in the given weight units (beyond ±1.8e308 it is ±Infinity)
    quality: objective === 'cpm' ? cpmQuality(csr, run.membership, run.count, resolution, csr.unit) : modularity,
    iterations: run.iterations,
    converged: run.converged,
    seed,
    resolution,
  };
}


