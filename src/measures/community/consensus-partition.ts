import Graph from 'graphology';
// Public signatures name graphs by graphology-types' AbstractGraph: graphology's
// default export is a namespace to an ESM consumer under NodeNext (TS2709).
import type { AbstractGraph } from 'graphology-types';
import { compactAdjacency, type EdgeWeight } from '../../network/compact-adjacency.js';
import { seededRandom } from '../../random/seeded-random.js';
import { modularityOfCommunities } from './modularity.js';
import { resolutionOption } from './community-option-specs.js';
import { mutualAdjacency } from './mutual-adjacency.js';
import { leiden } from './leiden.js';
import { seedOption } from '../../statistics/check-seed.js';
import { louvain } from './louvain.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { choiceOption, customOption, numberOption } from '../../options/option-spec.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';

function checkSeeds(value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length === 0) return 'a non-empty array of finite numbers';
  const bad = value.findIndex((s) => typeof s !== 'number' || !Number.isFinite(s));
  return bad < 0 ? undefined : `a non-empty array of finite numbers (seeds[${bad}] is ${typeof value[bad] === 'number' ? String(value[bad]) : typeof value[bad]})`;
}

/** The declared options of {@link consensusPartition} (checks, defaults and docs/options.md come from here). */
export const consensusPartitionOptions = defineOptions('consensusPartition', {
  seeds: customOption<number[]>({ type: 'a non-empty array of finite numbers', doc: "Explicit seeds of the first round's runs (overrides runs and seed).", check: checkSeeds }),
  runs: numberOption({ doc: 'Number of runs per round n_P.', default: 20, integer: true, min: 1 }),
  seed: seedOption,
  algorithm: choiceOption(['leiden', 'louvain'] as const, { doc: 'Base algorithm of the runs.', default: 'leiden' }),
  threshold: numberOption({ doc: 'Threshold τ on co-assignment frequencies: pairs placed together in fewer than τ of the runs are not linked in the consensus graph.', default: 0.5, min: 0, max: 1 }),
  resolution: resolutionOption,
  weight: edgeWeightOption('a strength'),
  maxRounds: numberOption({ doc: 'Most consensus rounds (a round = n_P runs).', default: 20, integer: true, min: 1 }),
});

/** Options of {@link consensusPartition}, declared in {@link consensusPartitionOptions} (see docs/options.md#consensuspartition). */
export type ConsensusPartitionOptions = OptionsOf<typeof consensusPartitionOptions>;

/** Result of {@link consensusPartition}. */
export interface ConsensusPartitionResult {
  /** Node → community index (0 … communities − 1, in order of first node). */
  partition: Record<string, number>;
  /** Modularity of the consensus partition on the input graph. */
  modularity: number;
  communities: number;
  /** Number of rounds run (a round = n_P runs of the algorithm). */
  rounds: number;
  /** True when all n_P runs of the last round agreed. */
  converged: boolean;
  /** Runs per round n_P. */
  runs: number;
}

/**
 * Consensus clustering (Lancichinetti & Fortunato 2012): stabilises the
 * partitions of a randomised community algorithm.
 *
 * 1. Run the algorithm (Leiden or Louvain) n_P times with different seeds.
 * 2. Build the consensus graph D: D_ij = fraction of the n_P partitions in
 *    which i and j share a community, for the pairs i–j adjacent in the input
 *    graph (the sparse variant of the paper: the full n × n matrix is never
 *    built). Entries below the threshold τ are dropped, except that each node
 *    keeps its strongest consensus edge so that no node is cut off.
 * 3. Run the algorithm n_P times on D (weights D_ij). If all n_P partitions are
 *    equal, stop and return it; otherwise go back to 2 with the new partitions.
 *
 * After `maxRounds` rounds without agreement the partition of the last round's
 * first run is returned with `converged: false`. Directed inputs are clustered
 * with directed modularity in the first round; D is undirected. Seeds of every
 * run are drawn from `seededRandom(seed)` (or the first round uses `seeds`), so
 * the result is reproducible.
 *
 * Reference: Lancichinetti, A. & Fortunato, S. (2012), Consensus clustering in
 * complex networks, Scientific Reports 2, 336.
 *
 * @throws ZonelinkError for invalid options, weights, or a graph of total weight 0.
 * @example
 * const { partition, converged } = consensusPartition(graph, { runs: 30, seed: 1 });
 */
export function consensusPartition(graph: AbstractGraph, options: ConsensusPartitionOptions = {}): ConsensusPartitionResult {
  const caller = 'consensusPartition';
  const { seeds, runs: runCount, seed, algorithm, threshold, resolution, weight, maxRounds } = consensusPartitionOptions.read(options);
  const random = seededRandom(seed);
  const firstSeeds = seeds ?? drawSeeds(random, runCount);
  const runs = firstSeeds.length;
  const csr = compactAdjacency(graph, { weight, caller });
  const n = csr.nodes.length;
  const cluster = (g: Graph, seed: number, weight: EdgeWeight): Int32Array => {
    const result =
      algorithm === 'leiden'
        ? leiden(g === graph ? csr : g, { seed, resolution, weight }) // the input's adjacency is built once
        : louvain(g, { seed, resolution, weight });
    const labels = new Int32Array(n);
    for (let i = 0; i < n; i++) labels[i] = result.partition[csr.nodes[i]];
    return labels;
  };
  let partitions = firstSeeds.map((s) => cluster(graph, s, weight));
  const mutual = mutualAdjacency(csr);
  let rounds = 1;
  let converged = allEqual(partitions);
  while (!converged && rounds < maxRounds) {
    const consensus = consensusGraph(csr.nodes, mutual, partitions, threshold);
    rounds++;
    const seeds = drawSeeds(random, runs);
    let total = 0;
    consensus.forEachEdge((_e, attributes) => {
      total += attributes.weight as number;
    });
    if (total === 0) {
      partitions = [Int32Array.from({ length: n }, (_, i) => i)];
      converged = true;
      break;
    }
    partitions = seeds.map((s) => cluster(consensus, s, 'weight'));
    converged = allEqual(partitions);
  }
  const membership = partitions[0];
  const count = membership.reduce((max, c) => Math.max(max, c + 1), 0);
  const partition: Record<string, number> = {};
  for (let i = 0; i < n; i++) partition[csr.nodes[i]] = membership[i];
  return {
    partition,
    modularity: modularityOfCommunities(csr, membership, count, resolution),
    communities: count,
    rounds,
    converged,
    runs,
  };
}

function drawSeeds(random: () => number, count: number): number[] {
  return Array.from({ length: count }, () => Math.floor(random() * 4294967296));
}

/** Partitions as dense labels in order of first appearance are equal iff the arrays are. */
function allEqual(partitions: Int32Array[]): boolean {
  const first = partitions[0];
  for (let k = 1; k < partitions.length; k++) {
    const p = partitions[k];
    for (let i = 0; i < first.length; i++) if (p[i] !== first[i]) return false;
  }
  return true;
}

function consensusGraph(
  nodes: readonly string[],
  mutual: ReturnType<typeof mutualAdjacency>,
  partitions: Int32Array[],
  threshold: number,
): Graph {
  const n = nodes.length;
  const runs = partitions.length;
  const g = new Graph({ type: 'undirected' });
  for (const node of nodes) g.addNode(node);
  const { offsets, targets } = mutual;
  const frequency = new Float64Array(targets.length);
  for (let i = 0; i < n; i++) {
    for (let p = offsets[i]; p < offsets[i + 1]; p++) {
      const j = targets[p];
      let together = 0;
      for (const labels of partitions) if (labels[i] === labels[j]) together++;
      frequency[p] = together / runs;
    }
  }
  const add = (i: number, j: number, w: number) => {
    if (!g.hasEdge(nodes[i], nodes[j])) g.addEdge(nodes[i], nodes[j], { weight: w });
  };
  for (let i = 0; i < n; i++) {
    let strongest = -1;
    let kept = false;
    for (let p = offsets[i]; p < offsets[i + 1]; p++) {
      if (strongest < 0 || frequency[p] > frequency[strongest]) strongest = p;
      if (frequency[p] >= threshold && frequency[p] > 0) {
        kept = true;
        if (targets[p] > i) add(i, targets[p], frequency[p]);
      }
    }
    if (!kept && strongest >= 0 && frequency[strongest] > 0) add(i, targets[strongest], frequency[strongest]);
  }
  return g;
}
