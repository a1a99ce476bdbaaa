import { invalidArgument } from '../error/zonelink-error.js';
import { seededRandom, shuffleInPlace } from '../random/seeded-random.js';
import { seedOption } from './check-seed.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { numberOption } from '../options/option-spec.js';
import { progressOptionSpecs } from '../progress/progress-option-specs.js';
import { progressReporter, type ProgressReporter } from '../progress/progress-reporter.js';

/**
 * The declaration of `permutations`, shared by every function that runs a
 * permutation test (QAP, MRQAP, Moran's I, Geary's C, LISA, Getis–Ord Gi*, …) so
 * that it means the same in each.
 */
export const permutationsOption = numberOption({
  doc: 'Number of random permutations of the seeded permutation test (0 = no inference: p-values null).',
  default: 999,
  integer: true,
  min: 0,
  max: 1e8,
});

/** The declared options of {@link permutationTest} (checks, defaults and docs/options.md come from here). */
export const permutationTestOptions = defineOptions('permutationTest', {
  /** Number of random permutations (integer ≥ 0, default 999; 0 = no inference, p-values null). */
  permutations: permutationsOption,
  /** Seed of the permutations (default 0): same seed → same permutations → same p-values. */
  seed: seedOption,
  /** The centre m of the two-sided p-value p_|·| (default 0). */
  center: numberOption({ doc: 'The centre m of the two-sided p-value p_|·| = (#{|s_p − m| ≥ |s_obs − m|} + 1)/(P + 1).', default: 0 }),
  ...progressOptionSpecs,
});

/** Options of {@link permutationTest}, declared in {@link permutationTestOptions}. */
export type PermutationTestOptions = OptionsOf<typeof permutationTestOptions>;

/** Result of {@link permutationTest}. */
export interface PermutationTestResult {
  /** The statistic on the identity permutation (the observed data). */
  observed: number;
  /** Number of permutations drawn. */
  permutations: number;
  /** Seed used. */
  seed: number;
  /** (#{s_p ≥ s_obs} + 1)/(P + 1): one-sided test for a larger statistic; null when P = 0. */
  pGreater: number | null;
  /** (#{s_p ≤ s_obs} + 1)/(P + 1): one-sided test for a smaller statistic; null when P = 0. */
  pLess: number | null;
  /** (#{|s_p − m| ≥ |s_obs − m|} + 1)/(P + 1) with m = `center` (default 0); null when P = 0. */
  pAbsolute: number | null;
  /** Mean of the permuted statistics (null when P = 0). */
  mean: number | null;
  /** Sample standard deviation (divisor P − 1) of the permuted statistics (null when P < 2). */
  sd: number | null;
  /** The permuted statistics, in the order drawn. */
  distribution: Float64Array;
}

/**
 * A seeded Monte-Carlo permutation test: the shared machinery of QAP, Moran's I,
 * the spatial Gini and every other permutation inference in zonelink.
 *
 * `statistic(order)` receives a permutation of 0…n−1 (an `Int32Array`, identity
 * first) and returns the statistic of the data relabelled by it. Permutations
 * are successive Fisher–Yates shuffles (mulberry32 from `seed`) of one index array,
 * so the same seed gives the same sequence everywhere.
 *
 * Formula (pseudo p-values, Davison & Hinkley 1997, §4.3; the "+1" counts the observed
 * labelling as one of the permutations): p₊ = (#{s_p ≥ s_obs} + 1)/(P + 1),
 * p₋ = (#{s_p ≤ s_obs} + 1)/(P + 1), p_|·| = (#{|s_p − c| ≥ |s_obs − c|} + 1)/(P + 1).
 * Ties within 1e-12·max(1,|s_obs|) count as equal (floating-point summation order
 * otherwise decides them).
 *
 * Reference: Davison, A. C. & Hinkley, D. V. (1997). Bootstrap Methods and their
 * Application. Cambridge University Press. Krackhardt, D. (1987). QAP partialling as a
 * test of spuriousness. Social Networks 9(2), 171–186.
 *
 * @param n number of units permuted (integer ≥ 1).
 * @param statistic the statistic of a relabelling; must not keep or modify `order`.
 * @param options `permutations` (default 999), `seed` (default 0), `center` for p_|·| (default 0),
 *   `onProgress` (one unit per permutation) and `signal` (see `ProgressOptions`).
 * @example
 * const x = [1, 2, 3, 4, 5];
 * const r = permutationTest(5, (o) => x.reduce((s, v, i) => s + v * x[o[i]], 0), { permutations: 99, seed: 1 });
 * r.observed; // 55 (Σx², the largest any relabelling can give)
 * r.pLess;    // 1 (every permutation gives ≤ 55)
 */
export function permutationTest(n: number, statistic: (order: Int32Array) => number, options: PermutationTestOptions = {}): PermutationTestResult {
  const caller = 'permutationTest';
  const read = permutationTestOptions.read(options);
  const progress = progressReporter(caller, read, read.permutations, 'permutations');
  const result = permutationTestWith(caller, n, statistic, read, progress);
  progress.finish();
  return result;
}

/** Resolved settings of {@link permutationTestWith}. */
export interface PermutationSettings {
  permutations: number;
  seed: number;
  center?: number;
}

/**
 * The permutation test for a public function that has already read its own
 * options (internal: QAP, MRQAP, Moran's I … call it with their own name as
 * `caller`). Ticks `progress` once per permutation and leaves `finish()` to the
 * caller, so that one public call that runs several tests reports one task.
 */
export function permutationTestWith(
  caller: string,
  n: number,
  statistic: (order: Int32Array) => number,
  settings: PermutationSettings,
  progress: ProgressReporter,
): PermutationTestResult {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    invalidArgument(caller, `the number of units must be an integer ≥ 1, got ${String(n)}`, { field: 'n', value: n });
  }
  if (typeof statistic !== 'function') invalidArgument(caller, 'statistic must be a function', { field: 'statistic' });
  const { permutations, seed } = settings;
  const center = settings.center ?? 0;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const observed = statistic(order);
  const distribution = new Float64Array(permutations);
  if (permutations === 0) {
    return { observed, permutations, seed, pGreater: null, pLess: null, pAbsolute: null, mean: null, sd: null, distribution };
  }
  const random = seededRandom(seed);
  const tieTolerance = 1e-12 * Math.max(1, Math.abs(observed));
  const observedDeviation = Math.abs(observed - center);
  let greater = 0;
  let less = 0;
  let absolute = 0;
  let sum = 0;
  for (let p = 0; p < permutations; p++) {
    progress.tick();
    shuffleInPlace(random, order);
    const s = statistic(order);
    distribution[p] = s;
    sum += s;
    if (s >= observed - tieTolerance) greater++;
    if (s <= observed + tieTolerance) less++;
    if (Math.abs(s - center) >= observedDeviation - tieTolerance) absolute++;
  }
  const mean = sum / permutations;
  let squares = 0;
  for (let p = 0; p < permutations; p++) squares += (distribution[p] - mean) ** 2;
  return {
    observed,
    permutations,
    seed,
    pGreater: (greater + 1) / (permutations + 1),
    pLess: (less + 1) / (permutations + 1),
    pAbsolute: (absolute + 1) / (permutations + 1),
    mean,
    sd: permutations > 1 ? Math.sqrt(squares / (permutations - 1)) : null,
    distribution,
  };
}
