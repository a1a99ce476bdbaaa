import type { GraphInput } from '../../network/compact-adjacency.js';
import { seededRandom } from '../../random/seeded-random.js';
import { seedOption } from '../../statistics/check-seed.js';
import { communityAdjacency } from './community-adjacency.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { numberOption } from '../../options/option-spec.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';
import { progressReporter } from '../../progress/progress-reporter.js';

/** The declared options of {@link labelPropagation} (checks, defaults and docs/options.md come from here). */
export const labelPropagationOptions = defineOptions('labelPropagation', {
  seed: seedOption,
  weight: edgeWeightOption("a strength: a node's label score is the summed weight of its neighbours holding the label"),
  maxIterations: numberOption({ doc: 'Most sweeps over the nodes (the result then has `converged: false`).', default: 1000, integer: true, min: 1 }),
  ...progressOptionSpecs,
});

/** Options of {@link labelPropagation}, declared in {@link labelPropagationOptions} (see docs/options.md#labelpropagation). */
export type LabelPropagationOptions = OptionsOf<typeof labelPropagationOptions>;

/** Result of {@link labelPropagation}. */
export interface LabelPropagationResult {
  /** Node → community index (0 … communities − 1, in order of first node). */
  partition: Record<string, number>;
  communities: number;
  /** Number of sweeps over the nodes. */
  iterations: number;
  /** True when a sweep ended with every node holding a most frequent neighbour label. */
  converged: boolean;
  seed: number;
}

/**
 * Communities by asynchronous label propagation (Raghavan, Albert & Kumara
 * 2007), seeded. Every node starts with its own label; each sweep visits the
 * nodes in a random order and a node whose label is not among the labels of
 * largest (weighted) frequency among its neighbours adopts one of those. It
 * stops after a sweep in which no node changed, i.e. every node holds a most
 * frequent neighbour label (the stopping rule of the paper).
 *
 * Ties: a node that already holds one of the most frequent labels keeps it
 * (this guarantees termination, as NetworkX `asyn_lpa_communities`); otherwise
 * it picks one of the tied labels uniformly at random with the seeded
 * generator. Weighted ties use exact equality of the summed weights.
 *
 * Conventions: self-loops are ignored (a node does not vote for itself); for a
 * directed graph both in- and out-neighbours vote (NetworkX uses successors
 * only); isolated nodes keep their own label. Same graph, options and seed →
 * same partition; different seeds may give different partitions, as the method
 * is randomised by design. Near-linear time per sweep, O(m).
 *
 * Reference: U. N. Raghavan, R. Albert & S. Kumara (2007), Near linear time
 * algorithm to detect community structures in large-scale networks, Physical
 * Review E 76, 036106.
 *
 * Takes a graphology graph or a compact adjacency built once with
 * `compactAdjacency()` (same partition either way). `onProgress` receives one
 * event per sweep (about every 1 % of `maxIterations`, and at the end with
 * done = total); an aborted `signal` throws `ZonelinkError` code `aborted`.
 *
 * @throws ZonelinkError for invalid weights, seed or maxIterations.
 * @example
 * // two triangles joined by nothing
 * labelPropagation(graph, { seed: 1 }).partition; // { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 }
 */
export function labelPropagation(graph: GraphInput, options: LabelPropagationOptions = {}): LabelPropagationResult {
  const { seed, weight, maxIterations, onProgress, signal } = labelPropagationOptions.read(options);
  const csr = communityAdjacency(graph, weight, 'labelPropagation');
  const progress = progressReporter('labelPropagation', { onProgress, signal }, maxIterations, 'sweeps');
  const n = csr.nodes.length;
  const random = seededRandom(seed);
  const label = new Int32Array(n);
  for (let i = 0; i < n; i++) label[i] = i;
  const score = new Float64Array(n);
  const touched = new Int32Array(n);
  const best = new Int32Array(n);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const rows: [Int32Array, Int32Array, Float64Array][] = [[csr.outOffsets, csr.outTargets, csr.outWeights]];
  if (csr.directed) rows.push([csr.inOffsets, csr.inSources, csr.inWeights]);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    let changed = false;
    for (let k = 0; k < n; k++) {
      const v = order[k];
      let count = 0;
      for (const [offsets, targets, weights] of rows) {
        for (let p = offsets[v]; p < offsets[v + 1]; p++) {
          const u = targets[p];
          if (u === v || !(weights[p] > 0)) continue;
          const l = label[u];
          if (score[l] === 0) touched[count++] = l;
          score[l] += weights[p];
        }
      }
      if (count === 0) continue;
      let max = 0;
      for (let i = 0; i < count; i++) if (score[touched[i]] > max) max = score[touched[i]];
      let ties = 0;
      let keeps = false;
      for (let i = 0; i < count; i++) {
        const l = touched[i];
        if (score[l] === max) {
          best[ties++] = l;
          if (l === label[v]) keeps = true;
        }
      }
      for (let i = 0; i < count; i++) score[touched[i]] = 0;
      if (ties === 0 || keeps) continue; // no neighbour, or already a best label
      label[v] = best[Math.floor(random() * ties)];
      changed = true;
    }
    progress.tick();
    if (!changed) {
      converged = true;
      break;
    }
  }
  progress.finish();
  const relabel = new Map<number, number>();
  const partition: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    let c = relabel.get(label[i]);
    if (c === undefined) {
      c = relabel.size;
      relabel.set(label[i], c);
    }
    partition[csr.nodes[i]] = c;
  }
  return { partition, communities: relabel.size, iterations, converged, seed };
}
