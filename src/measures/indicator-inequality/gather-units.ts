import type { AbstractGraph } from 'graphology-types';
import { ZonelinkError, type ZonelinkIssue } from '../../error/zonelink-error.js';
import type { GroupLabel } from '../inequality/group-units.js';
import { listedIds } from './listed-ids.js';
import { indicatorValue, type IndicatorSource } from './node-indicator.js';
import type { GroupLabeler } from './node-grouping.js';

/** A unit dropped with `missing: 'skip'` and what it lacked. */
export interface SkippedNode {
  node: string;
  missing: ('indicator' | 'weight' | 'group')[];
}

/** The units measured, aligned: id, value, weight (1 without a weight indicator) and group label. */
export interface GatheredUnits {
  ids: string[];
  values: number[];
  weights: number[];
  labels: GroupLabel[];
  skipped: SkippedNode[];
}

/** What {@link gatherUnits} reads for each candidate. */
export interface UnitSources {
  indicator: IndicatorSource;
  weightIndicator: string | null;
  indicatorYear: string | null;
  grouping: GroupLabeler;
  missing: 'error' | 'skip';
}

const isMissing = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'number' && Number.isNaN(v));
const isBad = (v: unknown): boolean => typeof v !== 'number' || !Number.isFinite(v) || v < 0;

function fail(caller: string, message: string, issues: ZonelinkIssue[]): never {
  throw new ZonelinkError('invalid-argument', `${caller}: ${message}`, issues);
}

/**
 * Reads every candidate's value, weight and group label, reporting every problem at
 * once: an invalid value, weight or label (non-finite, non-numeric, negative) is an
 * error whatever `missing` says; a missing one is an error listing every such node,
 * or with `missing: 'skip'` the node is dropped and listed; no unit left, or every
 * weight 0, is an error.
 */
export function gatherUnits(caller: string, network: AbstractGraph, candidates: readonly string[], sources: UnitSources): GatheredUnits {
  const { indicator, weightIndicator, indicatorYear: year, grouping, missing } = sources;
  const what = indicator.name !== null ? `indicator '${indicator.name}' (${year})` : 'indicator';
  const invalid: ZonelinkIssue[] = [];
  const missingIssues: ZonelinkIssue[] = [];
  const out: GatheredUnits = { ids: [], values: [], weights: [], labels: [], skipped: [] };
  for (const id of candidates) {
    const a = network.getNodeAttributes(id);
    const lacks: SkippedNode['missing'] = [];
    let bad = false;
    const v = indicator.name !== null ? indicatorValue(a, year as string, indicator.name) : indicator.read !== null ? indicator.read(id, a) : Object.prototype.hasOwnProperty.call(indicator.record, id) ? indicator.record![id] : undefined;
    if (isMissing(v)) lacks.push('indicator');
    else if (isBad(v)) {
      invalid.push({ code: 'invalid-value', message: `${caller}: node ${id}: ${what} is ${String(v)}, expected a finite number ≥ 0`, field: 'indicator', id, value: v });
      bad = true;
    }
    let w: unknown = 1;
    if (weightIndicator !== null) {
      w = indicatorValue(a, year as string, weightIndicator);
      if (isMissing(w)) lacks.push('weight');
      else if (isBad(w)) {
        invalid.push({ code: 'invalid-weight', message: `${caller}: node ${id}: weight '${weightIndicator}' (${year}) is ${String(w)}, expected a finite number ≥ 0`, field: 'weightIndicator', id, value: w });
        bad = true;
      }
    }
    let g = grouping.labelOf(id, a);
    if (typeof g === 'boolean') g = String(g);
    if (isMissing(g)) lacks.push('group');
    else if (!(typeof g === 'string' || (typeof g === 'number' && Number.isFinite(g)))) {
      invalid.push({ code: 'invalid-group', message: `${caller}: node ${id}: group label (${grouping.name}) is ${String(g)}, expected a string or finite number`, field: 'groupBy', id, value: g });
      bad = true;
    }
    if (lacks.length > 0) {
      for (const m of lacks) {
        const text = m === 'indicator' ? `lacks ${what}` : m === 'weight' ? `lacks weight '${weightIndicator}' (${year})` : `has no group label (${grouping.name})`;
        missingIssues.push({ code: `missing-${m}`, message: `${caller}: node ${id} ${text}`, field: m === 'group' ? 'groupBy' : m === 'weight' ? 'weightIndicator' : 'indicator', id });
      }
      out.skipped.push({ node: id, missing: lacks });
      continue;
    }
    if (bad) continue;
    out.ids.push(id);
    out.values.push(v as number);
    out.weights.push(w as number);
    out.labels.push(g as GroupLabel);
  }
  if (invalid.length > 0) fail(caller, `invalid value(s) at node(s) ${listedIds(invalid.map((i) => i.id as string))}`, invalid);
  if (missingIssues.length > 0 && missing === 'error') {
    const parts: string[] = [];
    for (const m of ['indicator', 'weight', 'group'] as const) {
      const nodes = out.skipped.filter((s) => s.missing.includes(m)).map((s) => s.node);
      if (nodes.length === 0) continue;
      const text =
        m === 'indicator' ? `lacking ${indicator.name !== null ? `indicator '${indicator.name}' for ${year}` : 'a value'}` : m === 'weight' ? `lacking weight '${weightIndicator}' for ${year}` : `without a group label (${grouping.name})`;
      parts.push(`${nodes.length} node(s) ${text}: ${listedIds(nodes)}`);
    }
    fail(caller, `${parts.join('; ')} (use missing: 'skip' to drop them)`, missingIssues);
  }
  if (out.ids.length === 0) {
    fail(caller, `no unit left to measure${out.skipped.length > 0 ? ` (${out.skipped.length} skipped)` : ''}`, [{ code: 'empty-input', message: `${caller}: no unit left to measure`, field: 'indicator' }]);
  }
  if (weightIndicator !== null && out.weights.every((w) => w === 0)) {
    fail(caller, `every weight '${weightIndicator}' is 0`, [{ code: 'invalid-weight', message: `${caller}: every weight is 0`, field: 'weightIndicator' }]);
  }
  return out;
}
