import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../error/zonelink-error.js';

/** A node a model reads: an id and whatever the mass and distance rules need (Zone and City records fit). */
export interface ModelNode {
  id: string;
  coordinates?: { lon: number; lat: number };
  indicators?: Record<string, Record<string, number>>;
  [key: string]: unknown;
}

/**
 * A node mass: a value per node id, a function of the node, or an indicator of the
 * node records in a year (`{ indicator: 'gdp', indicatorYear: 2020 }` reads `indicators["2020"].gdp`; `indicatorYear`, as in `indicatorInequality`, because `year` means the snapshot year).
 */
export type MassSpec = Record<string, number> | ((node: ModelNode, index: number) => number) | { indicator: string; indicatorYear: number | string };

/** Checks the node list: an array of records with unique non-empty string ids (every problem at once). */
export function checkModelNodes(caller: string, nodes: readonly ModelNode[]): string[] {
  if (!Array.isArray(nodes)) invalidArgument(caller, 'nodes must be an array of node records with ids', { field: 'nodes' });
  const issues: ZonelinkIssue[] = [];
  const seen = new Map<string, number>();
  const ids: string[] = [];
  nodes.forEach((node, index) => {
    const id = node !== null && typeof node === 'object' ? node.id : undefined;
    if (typeof id !== 'string' || id.length === 0) {
      issues.push({ code: 'invalid-id', message: `${caller}: node at position ${index} has no id`, index });
      ids.push('');
      return;
    }
    if (seen.has(id)) issues.push({ code: 'duplicate-id', message: `${caller}: node id ${id} at position ${index} repeats position ${seen.get(id)}`, id, index });
    else seen.set(id, index);
    ids.push(id);
  });
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid nodes`, issues);
  return ids;
}

/** An object whose `indicator` is a string is an indicator rule (a node id record maps ids to numbers). */
function isIndicatorSpec(spec: unknown): spec is { indicator: string; indicatorYear: number | string } {
  return typeof spec === 'object' && spec !== null && typeof (spec as { indicator?: unknown }).indicator === 'string';
}

/** Resolves a mass rule to one finite value ≥ 0 per node, reporting every bad position (NaN, missing, negative). */
export function resolveMass(caller: string, field: string, nodes: readonly ModelNode[], spec: MassSpec | undefined): Float64Array {
  if (spec === undefined || spec === null) invalidArgument(caller, `${field} is required`, { field });
  const n = nodes.length;
  const out = new Float64Array(n);
  const issues: ZonelinkIssue[] = [];
  for (let i = 0; i < n; i++) {
    const node = nodes[i];
    let v: unknown;
    if (typeof spec === 'function') v = spec(node, i);
    else if (isIndicatorSpec(spec)) {
      const year = spec.indicatorYear;
      if (!((typeof year === 'number' && Number.isInteger(year)) || (typeof year === 'string' && /^\d{4}$/.test(year)))) {
        invalidArgument(caller, `${field}.indicatorYear must be a year, got ${String(year)}`, { field: `${field}.indicatorYear`, value: year });
      }
      v = node.indicators?.[String(year)]?.[spec.indicator];
    }
    else if (typeof spec === 'object') v = Object.prototype.hasOwnProperty.call(spec, node.id) ? (spec as Record<string, number>)[node.id] : undefined;
    else invalidArgument(caller, `${field} must be a record, a function or { indicator, indicatorYear }`, { field });
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      issues.push({ code: 'invalid-mass', message: `${caller}: ${field} of node ${node.id} (position ${i}) is ${String(v)}; expected a finite number ≥ 0`, id: node.id, index: i, field, value: v });
    } else out[i] = v;
  }
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid ${field}`, issues);
  return out;
}
