import { invalidArgument } from '../error/zonelink-error.js';
import { numberOption } from '../options/option-spec.js';

/**
 * The default `seed` of every seeded function — `leiden`, `louvain`,
 * `findOnePlusN`, `analyze`, the permutation tests — so that the report and the
 * API give the same partition for the same input when no seed is given.
 */
export const DEFAULT_SEED = 0;

/**
 * Validates a `seed` option (default {@link DEFAULT_SEED}) for the function named `caller`: any finite
 * number. The one check every seeded function shares.
 *
 * @example
 * checkSeed('leiden', undefined); // 0
 * checkSeed('leiden', 7);         // 7
 */
export function checkSeed(caller: string, seed: number | undefined): number {
  if (typeof caller !== 'string') invalidArgument('checkSeed', 'caller must be the name of the calling function', { field: 'caller' });
  const value = seed ?? DEFAULT_SEED;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    invalidArgument(caller, `seed must be a finite number, got ${typeof value === 'symbol' ? 'a symbol' : String(value)}`, { field: 'seed', value });
  }
  return value;
}

/**
 * The declaration of the `seed` option every seeded function shares (default
 * {@link DEFAULT_SEED}; any finite number), spread into its options.
 *
 * @example
 * const leidenOptions = defineOptions('leiden', { seed: seedOption });
 */
export const seedOption = numberOption({
  doc: 'Seed of the pseudo-random generator (mulberry32): the same seed gives the same result on every platform.',
  default: DEFAULT_SEED,
});
