import { invalidArgument, ZonelinkError, type ZonelinkIssue } from '../../error/zonelink-error.js';

/**
 * A balanced panel: one value per unit and period, JSON-friendly.
 *
 * - `periods`: the period labels in time order (years, say), at least 2.
 * - `values`: node → its values, one per period, in `periods` order.
 *
 * @example
 * const panel: PanelSeries = { periods: [2010, 2015, 2020], values: { a: [1, 2, 3], b: [2, 2, 4] } };
 */
export interface PanelSeries {
  periods: Array<number | string>;
  values: Record<string, ArrayLike<number>>;
}

/** A validated panel in unit-major typed arrays (internal). */
export interface PanelMatrix {
  nodes: string[];
  periods: Array<number | string>;
  /** value of unit i in period t at i·T + t. */
  data: Float64Array;
  n: number;
  T: number;
}

/**
 * Validates a {@link PanelSeries} for the public function `caller`: at least
 * `minPeriods` periods, `minUnits` units, one finite value per unit and period (and
 * > 0 when `positive`), listing every problem in one ZonelinkError. With `nodes`, the
 * panel's units must be exactly those (in that order, e.g. a weights matrix's). Internal.
 */
export function readPanel(caller: string, series: PanelSeries, options: { minPeriods: number; minUnits: number; positive?: boolean; nodes?: string[] }): PanelMatrix {
  if (series === null || typeof series !== 'object' || !Array.isArray(series.periods) || series.values === null || typeof series.values !== 'object') {
    invalidArgument(caller, 'series must be { periods: [...], values: { node: [value per period] } }', { field: 'series' });
  }
  const periods = [...series.periods];
  const T = periods.length;
  if (T < options.minPeriods) invalidArgument(caller, `at least ${options.minPeriods} periods are needed, got ${T}`, { field: 'series.periods', code: 'too-few-periods' });
  const issues: ZonelinkIssue[] = [];
  const keys = Object.keys(series.values);
  let nodes = keys;
  if (options.nodes) {
    const known = new Set(options.nodes);
    const present = new Set(keys);
    for (const key of keys) if (!known.has(key)) issues.push({ code: 'unknown-node', message: `${caller}: series has node ${key}, which is not in the weights`, field: 'series.values', id: key });
    for (const id of options.nodes) if (!present.has(id)) issues.push({ code: 'missing-value', message: `${caller}: series has no values for ${id}`, field: 'series.values', id });
    nodes = options.nodes;
  }
  const n = nodes.length;
  const data = new Float64Array(n * T);
  if (issues.length === 0) {
    nodes.forEach((id, i) => {
      const row = series.values[id];
      if (row === null || typeof row !== 'object' || row.length !== T) {
        issues.push({ code: 'unaligned-values', message: `${caller}: ${id} has ${row?.length ?? 0} values for ${T} periods`, field: 'series.values', id });
        return;
      }
      for (let t = 0; t < T; t++) {
        const v = row[t] as unknown;
        if (typeof v !== 'number' || !Number.isFinite(v) || (options.positive && v <= 0)) {
          issues.push({ code: 'invalid-value', message: `${caller}: value of ${id} in ${String(periods[t])} is ${String(v)}, expected a finite number${options.positive ? ' > 0' : ''}`, field: 'series.values', id, index: t, value: v });
        } else data[i * T + t] = v;
      }
    });
  }
  if (issues.length > 0) {
    const first = issues.slice(0, 3).map((issue) => issue.message.slice(caller.length + 2)).join('; ');
    throw new ZonelinkError('invalid-argument', `${caller}: invalid series: ${first}`, issues);
  }
  if (n < options.minUnits) invalidArgument(caller, `at least ${options.minUnits} units are needed, got ${n}`, { field: 'series.values', code: 'too-few-nodes' });
  return { nodes, periods, data, n, T };
}
