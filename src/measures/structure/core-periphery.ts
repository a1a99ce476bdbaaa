import type { AbstractGraph as Graph } from 'graphology-types';
import { compactAdjacency, type CompactAdjacency } from '../../network/compact-adjacency.js';
import { seededRandom, shuffleInPlace } from '../../random/seeded-random.js';
import { seedOption } from '../../statistics/check-seed.js';
import { pearsonFromSums } from '../../statistics/pearson-from-sums.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { choiceOption, numberOption } from '../../options/option-spec.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';
import { iterationOptionSpecs } from '../centrality/iteration-options.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';
import { progressReporter, type ProgressReporter } from '../../progress/progress-reporter.js';

/**
 * The declared options of {@link corePeriphery} (checks, defaults and
 * docs/options.md come from here). The continuous model's stopping rule is
 * `relativeTolerance` — relative to the largest coreness, in the max norm —
 * and not `tolerance`, which everywhere else in the API is an absolute L1
 * change between iterates (see `iterationOptionSpecs`).
 */
export const corePeripheryOptions = defineOptions('corePeriphery', {
  method: choiceOption(['discrete', 'continuous'] as const, {
    doc: "`'discrete'`: a core set; `'continuous'`: a coreness vector.",
    default: 'discrete',
  }),
  offDiagonal: choiceOption(['ignore', 'one'] as const, {
    doc: "Discrete model: the core–periphery cells of the ideal pattern are left out of the correlation (`'ignore'`, UCINET's default) or set to 1 (`'one'`, as cpnet). Use `'one'` when hub-and-spoke structure is the object.",
    default: 'ignore',
  }),
  seed: seedOption,
  restarts: numberOption({ doc: 'Discrete model, n > 16: random restarts of the local search.', default: 20, integer: true, min: 1 }),
  weight: edgeWeightOption('a tie strength a_ij'),
  maxIterations: { ...iterationOptionSpecs.maxIterations, default: 10_000 },
  relativeTolerance: numberOption({
    doc: 'Continuous model: stop when, in one sweep of coordinate descent, no coreness changes by more than relativeTolerance × the largest coreness (a relative, max-norm criterion; the iterative centralities use an absolute `tolerance`).',
    default: 1e-12,
    above: 0,
  }),
  ...progressOptionSpecs,
});

/** Options of {@link corePeriphery}, declared in {@link corePeripheryOptions} (see docs/options.md#coreperiphery). */
export type CorePeripheryOptions = OptionsOf<typeof corePeripheryOptions>;

/** Result of the discrete model. */
export interface DiscreteCorePeriphery {
  method: 'discrete';
  offDiagonal: 'ignore' | 'one';
  /** Core nodes, in graph order. */
  core: string[];
  /** 1 for core nodes, 0 for periphery. */
  coreness: Record<string, number>;
  /** Pearson correlation between the data and the ideal pattern (NaN if undefined). */
  correlation: number;
  /** True when every core set was tried (n ≤ 16); false for the local search. */
  exhaustive: boolean;
}

/** Result of the continuous model. */
export interface ContinuousCorePeriphery {
  method: 'continuous';
  /** Coreness c_i ≥ 0 minimising Σ_{i≠j} (a_ij − c_i c_j)². */
  coreness: Record<string, number>;
  /** Pearson correlation between a_ij and c_i c_j over the cells i ≠ j. */
  correlation: number;
  iterations: number;
  converged: boolean;
}

/**
 * Borgatti–Everett core–periphery models. Weights are strengths (ties are
 * 0/1 with `weight: null`); cells are the ordered pairs i ≠ j (the diagonal
 * and self-loops are ignored); a directed graph uses a_ij and a_ji as separate
 * cells.
 *
 * **Discrete**: the core set C maximising the Pearson correlation between the
 * cells a_ij and the ideal pattern δ_ij = 1 when i, j ∈ C, 0 when i, j ∉ C,
 * and for core–periphery cells either ignored (`offDiagonal: 'ignore'`) or 1
 * (`'one'`). With `'ignore'` a star's optimum is degenerate (the hub plus any
 * one spoke); with `'one'` the core of a star is the hub alone. For n ≤ 16
 * every core set is tried (Gray-code order, O(2ⁿ) with O(1) updates); beyond,
 * a seeded local search flips single nodes while the correlation improves,
 * from `restarts` random starts, keeping the best. Ties go to the smaller core.
 * Core sets whose pattern is constant (correlation undefined) are never chosen.
 *
 * **Continuous**: coreness c ≥ 0 minimising Σ_{i≠j} (a_ij − c_i c_j)², by exact
 * coordinate descent (c_i ← max(0, Σ_{j≠i}(a_ij + a_ji) c_j / (2 Σ_{j≠i} c_j²)))
 * from c_i ∝ strength, reported with the correlation between a_ij and c_i c_j.
 *
 * Reference: Borgatti, S. P. & Everett, M. G. (1999), Models of core/periphery
 * structures, Social Networks 21, 375–395.
 *
 * Progress (`onProgress`) counts the core sets tried (exhaustive search), the
 * restarts (local search) or the sweeps (continuous; the rest of `maxIterations`
 * is counted done at convergence); `signal` cancels. Options: see
 * docs/options.md#coreperiphery — the continuous model's stopping rule is
 * `relativeTolerance`, relative to the largest coreness (this option was called
 * `tolerance` before; `tolerance` is absolute everywhere else).
 *
 * @throws ZonelinkError for invalid weights or options.
 * @example
 * corePeriphery(star, { offDiagonal: 'one' }).core; // ['hub']
 */
export function corePeriphery(graph: Graph, options: CorePeripheryOptions = {}): DiscreteCorePeriphery | ContinuousCorePeriphery {
  const caller = 'corePeriphery';
  const { method, offDiagonal, seed, restarts, weight, maxIterations, relativeTolerance, ...progressOptions } = corePeripheryOptions.read(options);
  const csr = compactAdjacency(graph, { weight, caller });
  if (method === 'continuous') {
    return continuous(csr, maxIterations, relativeTolerance, progressReporter(caller, progressOptions, maxIterations, 'iterations'));
  }
  const n = csr.nodes.length;
  const progress = n <= EXHAUSTIVE_LIMIT ? progressReporter(caller, progressOptions, 2 ** n - 1, 'core sets') : progressReporter(caller, progressOptions, restarts, 'restarts');
  return discrete(csr, offDiagonal, seed, restarts, progress);
}

/** Up to this many nodes the discrete model tries every core set (2ⁿ − 1 of them). */
const EXHAUSTIVE_LIMIT = 16;

/** Incremental state of a core/periphery split: O(1) correlation of any single flip. */
class Split {
  readonly inCore: Uint8Array;
  /** Σ_{j ∈ core, j ≠ v} (a_vj + a_jv) and the same for squares and for the periphery. */
  readonly toCore: Float64Array;
  readonly toCore2: Float64Array;
  readonly toPeriphery: Float64Array;
  readonly toPeriphery2: Float64Array;
  coreSize = 0;
  /** Weight and squared weight over ordered core–core / periphery–periphery cells. */
  coreCore = 0;
  coreCore2 = 0;
  peripheryPeriphery = 0;
  peripheryPeriphery2 = 0;
  readonly n: number;
  readonly total: number;
  readonly total2: number;

  constructor(
    readonly csr: CompactAdjacency,
    readonly one: boolean,
  ) {
    const n = csr.nodes.length;
    this.n = n;
    this.inCore = new Uint8Array(n);
    this.toCore = new Float64Array(n);
    this.toCore2 = new Float64Array(n);
    this.toPeriphery = new Float64Array(n);
    this.toPeriphery2 = new Float64Array(n);
    let total = 0;
    let total2 = 0;
    this.forEachCell((v, _j, a) => {
      this.toPeriphery[v] += a;
      this.toPeriphery2[v] += a * a;
    });
    for (let v = 0; v < n; v++) {
      total += this.toPeriphery[v];
      total2 += this.toPeriphery2[v];
    }
    // every cell was counted from both of its ends
    this.total = total / 2;
    this.total2 = total2 / 2;
    this.peripheryPeriphery = this.total;
    this.peripheryPeriphery2 = this.total2;
  }

  /** Calls fn(v, j, a) for every cell (v, j) and (j, v), j ≠ v, from v's side. */
  forEachCell(fn: (v: number, j: number, a: number) => void): void {
    const { outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights } = this.csr;
    for (let v = 0; v < this.n; v++) {
      for (let p = outOffsets[v]; p < outOffsets[v + 1]; p++) if (outTargets[p] !== v) fn(v, outTargets[p], outWeights[p]);
      for (let p = inOffsets[v]; p < inOffsets[v + 1]; p++) if (inSources[p] !== v) fn(v, inSources[p], inWeights[p]);
    }
  }

  correlation(coreSize: number, cc: number, cc2: number, pp: number, pp2: number): number {
    const n = this.n;
    const peripherySize = n - coreSize;
    if (this.one) {
      const cells = n * (n - 1);
      const ones = cells - peripherySize * (peripherySize - 1);
      return pearsonFromSums(cells, this.total, this.total2, ones, ones, this.total - pp);
    }
    const ones = coreSize * (coreSize - 1);
    const cells = ones + peripherySize * (peripherySize - 1);
    return pearsonFromSums(cells, cc + pp, cc2 + pp2, ones, ones, cc);
  }

  current(): number {
    return this.correlation(this.coreSize, this.coreCore, this.coreCore2, this.peripheryPeriphery, this.peripheryPeriphery2);
  }

  /** Correlation if v changed side. */
  ifFlipped(v: number): number {
    if (this.inCore[v]) {
      return this.correlation(
        this.coreSize - 1,
        this.coreCore - this.toCore[v],
        this.coreCore2 - this.toCore2[v],
        this.peripheryPeriphery + this.toPeriphery[v],
        this.peripheryPeriphery2 + this.toPeriphery2[v],
      );
    }
    return this.correlation(
      this.coreSize + 1,
      this.coreCore + this.toCore[v],
      this.coreCore2 + this.toCore2[v],
      this.peripheryPeriphery - this.toPeriphery[v],
      this.peripheryPeriphery2 - this.toPeriphery2[v],
    );
  }

  flip(v: number): void {
    const toCore = this.inCore[v] === 0;
    if (toCore) {
      this.coreSize++;
      this.coreCore += this.toCore[v];
      this.coreCore2 += this.toCore2[v];
      this.peripheryPeriphery -= this.toPeriphery[v];
      this.peripheryPeriphery2 -= this.toPeriphery2[v];
    } else {
      this.coreSize--;
      this.coreCore -= this.toCore[v];
      this.coreCore2 -= this.toCore2[v];
      this.peripheryPeriphery += this.toPeriphery[v];
      this.peripheryPeriphery2 += this.toPeriphery2[v];
    }
    this.inCore[v] = toCore ? 1 : 0;
    const sign = toCore ? 1 : -1;
    const { outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights } = this.csr;
    const update = (j: number, a: number) => {
      if (j === v) return;
      this.toCore[j] += sign * a;
      this.toCore2[j] += sign * a * a;
      this.toPeriphery[j] -= sign * a;
      this.toPeriphery2[j] -= sign * a * a;
    };
    for (let p = outOffsets[v]; p < outOffsets[v + 1]; p++) update(outTargets[p], outWeights[p]);
    for (let p = inOffsets[v]; p < inOffsets[v + 1]; p++) update(inSources[p], inWeights[p]);
  }
}

function discrete(csr: CompactAdjacency, offDiagonal: 'ignore' | 'one', seed: number, restarts: number, progress: ProgressReporter): DiscreteCorePeriphery {
  const n = csr.nodes.length;
  const one = offDiagonal === 'one';
  let best: Uint8Array | null = null;
  let bestCorrelation = Number.NaN;
  let bestSize = 0;
  const consider = (split: Split, r: number) => {
    if (Number.isNaN(r)) return;
    if (best === null || r > bestCorrelation + 1e-12 || (r > bestCorrelation - 1e-12 && split.coreSize < bestSize)) {
      best = split.inCore.slice();
      bestCorrelation = r;
      bestSize = split.coreSize;
    }
  };
  const exhaustive = n <= EXHAUSTIVE_LIMIT;
  if (exhaustive) {
    const split = new Split(csr, one);
    const subsets = 2 ** n;
    for (let k = 1; k < subsets; k++) {
      split.flip(31 - Math.clz32(k & -k)); // Gray code: flip the lowest set bit of k
      consider(split, split.current());
      progress.tick();
    }
  } else {
    const random = seededRandom(seed);
    const order = new Int32Array(n);
    for (let restart = 0; restart < restarts; restart++) {
      const split = new Split(csr, one);
      for (let v = 0; v < n; v++) if (random() < 0.5) split.flip(v);
      let r = split.current();
      let improved = true;
      while (improved) {
        improved = false;
        for (let i = 0; i < n; i++) order[i] = i;
        shuffleInPlace(random, order);
        for (let i = 0; i < n; i++) {
          const v = order[i];
          const candidate = split.ifFlipped(v);
          if (!Number.isNaN(candidate) && (Number.isNaN(r) || candidate > r + 1e-12)) {
            split.flip(v);
            r = candidate;
            improved = true;
          }
        }
      }
      consider(split, r);
      progress.tick();
    }
  }
  progress.finish();
  const core: string[] = [];
  const coreness: Record<string, number> = {};
  let correlation = Number.NaN;
  if (best !== null) {
    // recompute from scratch (no drift from the incremental updates)
    const chosen: Uint8Array = best;
    const split = new Split(csr, one);
    for (let v = 0; v < n; v++) if (chosen[v]) split.flip(v);
    correlation = split.current();
  }
  for (let v = 0; v < n; v++) {
    const inCore = best !== null && (best as Uint8Array)[v] === 1;
    coreness[csr.nodes[v]] = inCore ? 1 : 0;
    if (inCore) core.push(csr.nodes[v]);
  }
  return { method: 'discrete', offDiagonal, core, coreness, correlation, exhaustive };
}

function continuous(csr: CompactAdjacency, maxIterations: number, relativeTolerance: number, progress: ProgressReporter): ContinuousCorePeriphery {
  const n = csr.nodes.length;
  const { outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights } = csr;
  const c = new Float64Array(n);
  let total = 0;
  let total2 = 0;
  for (let v = 0; v < n; v++) {
    for (let p = outOffsets[v]; p < outOffsets[v + 1]; p++) {
      if (outTargets[p] === v) continue;
      c[v] += outWeights[p];
      total += outWeights[p];
      total2 += outWeights[p] * outWeights[p];
    }
    for (let p = inOffsets[v]; p < inOffsets[v + 1]; p++) if (inSources[p] !== v) c[v] += inWeights[p];
  }
  const scale = total > 0 ? 1 / Math.sqrt(2 * total) : 0;
  let sumSquares = 0;
  for (let v = 0; v < n; v++) {
    c[v] *= scale;
    sumSquares += c[v] * c[v];
  }
  let iterations = 0;
  let converged = total === 0;
  while (!converged && iterations < maxIterations) {
    iterations++;
    let maxChange = 0;
    let maxValue = 0;
    for (let v = 0; v < n; v++) {
      let dot = 0;
      for (let p = outOffsets[v]; p < outOffsets[v + 1]; p++) if (outTargets[p] !== v) dot += outWeights[p] * c[outTargets[p]];
      for (let p = inOffsets[v]; p < inOffsets[v + 1]; p++) if (inSources[p] !== v) dot += inWeights[p] * c[inSources[p]];
      const others = sumSquares - c[v] * c[v];
      const next = others > 0 ? Math.max(0, dot / (2 * others)) : 0;
      maxChange = Math.max(maxChange, Math.abs(next - c[v]));
      sumSquares = others + next * next;
      c[v] = next;
      if (next > maxValue) maxValue = next;
    }
    if (maxChange <= relativeTolerance * Math.max(maxValue, 1e-300)) converged = true;
    progress.tick();
  }
  progress.finish();
  // correlation between a_ij and c_i c_j over the n(n−1) ordered cells
  let sumC = 0;
  let sumC2 = 0;
  let sumC4 = 0;
  for (let v = 0; v < n; v++) {
    sumC += c[v];
    sumC2 += c[v] * c[v];
    sumC4 += c[v] ** 4;
  }
  let sumAX = 0;
  for (let v = 0; v < n; v++) {
    for (let p = outOffsets[v]; p < outOffsets[v + 1]; p++) {
      const j = outTargets[p];
      if (j !== v) sumAX += outWeights[p] * c[v] * c[j];
    }
  }
  const cells = n * (n - 1);
  const correlation = pearsonFromSums(cells, total, total2, sumC * sumC - sumC2, sumC2 * sumC2 - sumC4, sumAX);
  const coreness: Record<string, number> = {};
  for (let v = 0; v < n; v++) coreness[csr.nodes[v]] = c[v];
  return { method: 'continuous', coreness, correlation, iterations, converged };
}
