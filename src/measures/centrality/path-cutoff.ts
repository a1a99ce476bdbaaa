import { invalidArgument } from '../../error/zonelink-error.js';
import { numberOption } from '../../options/option-spec.js';

/** The declaration of `cutoff`, shared by the shortest-path measures (igraph's `cutoff=`; NetworkX has none). */
export const cutoffOptionSpec = numberOption({
  doc: 'Only shortest paths of length ≤ cutoff count (hops, or summed lengths when weighted); farther nodes count as unreachable (igraph semantics).',
  default: Infinity,
  min: 0,
  infinity: true,
});

/**
 * Validates a `cutoff` option of the shortest-path measures: the longest path
 * length that counts (hops, or summed lengths when weighted), igraph's `cutoff`
 * semantics — paths of length ≤ cutoff are used, farther nodes count as
 * unreachable. Default (undefined) and `Infinity`: no limit. igraph reads a
 * negative cutoff as "no limit"; zonelink rejects it rather than guess.
 */
export function checkCutoff(caller: string, cutoff: number | undefined): number {
  if (cutoff === undefined) return Infinity;
  if (typeof cutoff !== 'number' || Number.isNaN(cutoff) || cutoff < 0) {
    invalidArgument(caller, `option cutoff must be a number ≥ 0 (or Infinity), got ${String(cutoff)}`, {
      field: 'cutoff',
      value: cutoff,
      expected: 'number ≥ 0',
    });
  }
  return cutoff;
}
