import type { AbstractGraph } from 'graphology-types';
import { invalidArgument } from '../../error/zonelink-error.js';
import { latestIndicatorYear } from './node-indicator.js';
import { isUnitOfKind, type UnitKind } from './node-kind.js';

/** Whether `year` is a 4-digit year, number or string (a key of `indicators` once written as a string). */
export function isFourDigitYear(year: unknown): boolean {
  return (typeof year === 'number' && Number.isInteger(year) && year >= 1000 && year <= 9999) || (typeof year === 'string' && /^\d{4}$/.test(year));
}

/**
 * The indicator year read: the one given, else the latest year in which a candidate
 * node carries `source` (the indicator name, or the weight indicator's); null when
 * neither is a name.
 */
export function resolveIndicatorYear(
  caller: string,
  network: AbstractGraph,
  given: string | null,
  source: { name: string; field: 'indicator' | 'weightIndicator' } | null,
  kind: UnitKind | undefined,
): string | null {
  if (source === null || given !== null) return given;
  const year = latestIndicatorYear(network, source.name, (_, a) => kind === undefined || isUnitOfKind(a, kind));
  if (year === null) {
    invalidArgument(caller, `no ${kind === undefined || kind === 'all' ? 'node' : kind.slice(0, -1)} carries indicator '${source.name}' in any year`, { field: source.field, value: source.name });
  }
  return year;
}
