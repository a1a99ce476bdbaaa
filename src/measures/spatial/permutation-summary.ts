import { permutationTestWith } from '../../statistics/permutation-test.js';
import { progressReporter } from '../../progress/progress-reporter.js';
import type { ProgressOptions } from '../../progress/progress-options.js';
import { permutationPValue, type Alternative } from './alternative.js';

/** The permutation inference reported by moranI and gearyC. */
export interface PermutationSummary {
  /** Permutations drawn. */
  permutations: number;
  /** Seed used. */
  seed: number;
  /**
   * Pseudo p-value for the chosen alternative: (#{s_p ≥ s} + 1)/(P + 1) ('greater'),
   * (#{s_p ≤ s} + 1)/(P + 1) ('less'), or twice the smaller of the two, capped at 1
   * ('two-sided').
   */
  pValue: number;
  /** Mean of the permuted statistics. */
  mean: number;
  /** Sample SD (divisor P − 1) of the permuted statistics (NaN when P = 1). */
  sd: number;
  /** (statistic − mean)/sd: the permutation standard deviate. */
  z: number;
}

/** Runs the shared permutation test and summarises it (internal to the spatial family). */
export function permutationSummary(
  caller: string,
  units: number,
  statistic: (order: Int32Array) => number,
  observed: number,
  options: { permutations: number; seed: number } & ProgressOptions,
  alternative: Alternative,
): PermutationSummary | null {
  const progress = progressReporter(caller, options, options.permutations, 'permutations');
  const test = permutationTestWith(caller, units, statistic, { permutations: options.permutations, seed: options.seed }, progress);
  progress.finish();
  if (test.permutations === 0) return null;
  const mean = test.mean as number;
  const sd = test.sd ?? Number.NaN;
  return { permutations: test.permutations, seed: test.seed, pValue: permutationPValue(test, alternative), mean, sd, z: (observed - mean) / sd };
}
