import type { AbstractGraph, Attributes } from 'graphology-types';
import { invalidArgument } from '../../error/zonelink-error.js';

/**
 * What to measure per node: an indicator name (read from `attributes.indicators[indicatorYear][name]`),
 * a function `(id, attributes) → number`, a node-keyed record (a centrality result such as
 * `strength(graph)`), or an object with such a record under `values` (`pagerank(graph)`).
 */
export type NodeIndicator =
  | string
  | ((id: string, attributes: Attributes) => number | null | undefined)
  | Record<string, number>
  | { values: Record<string, number> };

/** A {@link NodeIndicator} told apart: exactly one of the three is non-null (internal). */
export interface IndicatorSource {
  name: string | null;
  read: ((id: string, attributes: Attributes) => unknown) | null;
  record: Record<string, unknown> | null;
}

/** A plain object that is not an array. */
export function isRecordObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Tells the three kinds of indicator apart; an iterative result (`{ values, converged }`) gives its values. */
export function indicatorSource(caller: string, indicator: unknown): IndicatorSource {
  if (typeof indicator === 'string') {
    if (indicator === '') invalidArgument(caller, 'indicator name is empty', { field: 'indicator' });
    return { name: indicator, read: null, record: null };
  }
  if (typeof indicator === 'function') return { name: null, read: indicator as IndicatorSource['read'], record: null };
  if (isRecordObject(indicator)) {
    const inner = (indicator as { values?: unknown }).values;
    return { name: null, read: null, record: isRecordObject(inner) && 'converged' in indicator ? inner : indicator };
  }
  return invalidArgument(caller, 'indicator must be an indicator name, a function (id, attributes) → number, or a node-keyed record', { field: 'indicator' });
}

/** `attributes.indicators[year][name]`, or undefined when any level is absent. */
export function indicatorValue(attributes: Attributes, year: string, name: string): unknown {
  const byYear = attributes.indicators as Record<string, Record<string, unknown> | undefined> | undefined;
  if (byYear == null || typeof byYear !== 'object') return undefined;
  const row = byYear[year];
  if (row == null || typeof row !== 'object') return undefined;
  return row[name];
}

/** Latest year (as a 4-digit string) in which some node accepted by `accept` carries `name`, or null. */
export function latestIndicatorYear(network: AbstractGraph, name: string, accept: (id: string, a: Attributes) => boolean): string | null {
  let best: string | null = null;
  network.forEachNode((id, a) => {
    if (!accept(id, a)) return;
    const byYear = a.indicators as Record<string, Record<string, unknown> | undefined> | undefined;
    if (byYear == null || typeof byYear !== 'object') return;
    for (const year of Object.keys(byYear)) {
      const row = byYear[year];
      if (row != null && typeof row === 'object' && row[name] !== undefined && (best === null || year > best)) best = year;
    }
  });
  return best;
}
