import { invalidArgument } from '../error/zonelink-error.js';

/**
 * Validates a `seed` option (default 0) for the function named `caller`: any finite
 * number. The one check every seeded function shares.
 *
 * @example
 * checkSeed('leiden', undefined); // 0
 * checkSeed('leiden', 7);         // 7
 */
export function checkSeed(caller: string, seed: number | undefined): number {
  if (typeof caller !== 'string') invalidArgument('checkSeed', 'caller must be the name of the calling function', { field: 'caller' });
  const value = seed ?? 0;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    invalidArgument(caller, `seed must be a finite number, got ${typeof value === 'symbol' ? 'a symbol' : String(value)}`, { field: 'seed', value });
  }
  return value;
}
