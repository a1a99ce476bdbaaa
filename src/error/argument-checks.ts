import type { AbstractGraph as Graph } from 'graphology-types';
import { invalidArgument } from './zonelink-error.js';

/**
 * The shape checks every public entry shares, so that a `null`, a string, a
 * BigInt or a graph in the wrong place is reported as a `ZonelinkError` naming
 * the function called — never as a `TypeError` from deep inside it. Each check
 * is duck-typed (no `instanceof`), so graphs from graphology's ESM and CommonJS
 * builds, or from another copy of graphology, are all accepted.
 */

/** A short, safe description of a value for messages (`null`, `a string`, `a Graph`, …). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name !== 'Object' ? `a ${name}` : 'an object';
  }
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}

/**
 * True for a graphology graph of either build (ESM or CommonJS) or version:
 * an object with graphology's `forEachNode`, `forEachEdge` and `hasNode`
 * methods and its `type` and `multi` properties.
 *
 * @example
 * isGraphLike(new Graph()); // true
 * isGraphLike({ nodes: [] }); // false
 */
export function isGraphLike(value: unknown): value is Graph {
  if (typeof value !== 'object' || value === null) return false;
  const g = value as Record<string, unknown>;
  return (
    typeof g.forEachNode === 'function' &&
    typeof g.forEachEdge === 'function' &&
    typeof g.hasNode === 'function' &&
    typeof g.type === 'string' &&
    typeof g.multi === 'boolean'
  );
}

/**
 * Throws `invalid-argument` naming `caller` unless `value` is a graphology graph
 * (see {@link isGraphLike}); `what` names the argument in the message.
 *
 * @example
 * checkGraph('pagerank', graph); // passes for any graphology graph
 */
export function checkGraph(caller: string, value: unknown, what = 'graph'): void {
  if (!isGraphLike(value)) {
    invalidArgument(caller, `${what} must be a graphology graph, got ${describeValue(value)}`, { field: what, expected: 'a graphology graph' });
  }
}

/**
 * True for a graph that can be a ZoneNetwork: a graphology mixed multigraph
 * (see {@link isGraphLike}).
 *
 * @example
 * isZoneNetworkShape(buildNetwork(dataset)); // true
 */
export function isZoneNetworkShape(value: unknown): boolean {
  return isGraphLike(value) && (value as { multi: boolean }).multi && (value as { type: string }).type === 'mixed';
}

/**
 * Throws `invalid-argument` naming `caller` unless `value` is a ZoneNetwork or
 * one of its views (a mixed multigraph, as `buildNetwork` makes).
 *
 * @example
 * checkZoneNetwork('layer', buildNetwork(dataset)); // passes
 */
export function checkZoneNetwork(caller: string, value: unknown, what = 'network'): void {
  if (!isZoneNetworkShape(value)) {
    invalidArgument(caller, `${what} must be a ZoneNetwork (from buildNetwork, or one of its views), got ${describeValue(value)}${isGraphLike(value) ? ' that is not a mixed multigraph' : ''}`, {
      field: what,
      expected: 'a ZoneNetwork',
    });
  }
}

/**
 * Throws `invalid-argument` naming `caller` unless `value` is an array (or typed
 * array) of numbers; finiteness is left to the caller's own rule.
 *
 * @example
 * checkNumbers('zScores', [1, 2, 3], 'values'); // passes
 */
export function checkNumbers(caller: string, value: unknown, what: string): void {
  const ok = (Array.isArray(value) || ArrayBuffer.isView(value)) && Array.prototype.every.call(value, (v: unknown) => typeof v === 'number');
  if (!ok) invalidArgument(caller, `${what} must be an array of numbers, got ${describeValue(value)}`, { field: what, expected: 'an array of numbers' });
}

/**
 * Throws `invalid-argument` naming `caller` unless `options` is `undefined` or
 * a plain object (not `null`, an array, a string or a graph); with `required`,
 * `undefined` is refused too.
 *
 * @example
 * checkOptions('gini', undefined); // passes
 * checkOptions('gini', null); // throws "gini: options must be an object, got null"
 */
export function checkOptions(caller: string, options: unknown, what = 'options', required = false): void {
  if (options === undefined && !required) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options) || isGraphLike(options)) {
    invalidArgument(caller, `${what} must be an object, got ${describeValue(options)}`, { field: what, expected: 'an options object' });
  }
}

/**
 * Throws `invalid-argument` naming `caller` unless `value` has the shape of a
 * validated dataset: an object with a `metadata` object and `nodes` and
 * `linkages` arrays (a graph in place of a dataset is named as such).
 *
 * @example
 * checkDatasetShape('buildNetwork', parseDataset(json)); // passes
 */
export function checkDatasetShape(caller: string, value: unknown, what = 'dataset'): void {
  const d = value as Record<string, unknown> | null;
  const ok =
    typeof d === 'object' &&
    d !== null &&
    !isGraphLike(d) &&
    typeof d.metadata === 'object' &&
    d.metadata !== null &&
    Array.isArray(d.nodes) &&
    Array.isArray(d.linkages);
  if (!ok) {
    invalidArgument(caller, `${what} must be a validated dataset { metadata, nodes, linkages } (from parseDataset or readCsvDataset), got ${describeValue(value)}`, {
      field: what,
      expected: 'a dataset',
    });
  }
}

/**
 * Throws `invalid-argument` naming `caller` unless `value` is a string.
 *
 * @example
 * checkString('escapeMarkdown', 'a*b'); // passes
 */
export function checkString(caller: string, value: unknown, what: string): void {
  if (typeof value !== 'string') invalidArgument(caller, `${what} must be a string, got ${describeValue(value)}`, { field: what, expected: 'a string' });
}

/**
 * Throws `invalid-argument` naming `caller` unless `value` is a function.
 *
 * @example
 * checkFunction('randomInteger', seededRandom(1), 'random'); // passes: the generator is a function
 */
export function checkFunction(caller: string, value: unknown, what: string): void {
  if (typeof value !== 'function') invalidArgument(caller, `${what} must be a function, got ${describeValue(value)}`, { field: what, expected: 'a function' });
}

/**
 * Throws `invalid-argument` naming `caller` unless a bound option (`maxColumns`,
 * `maxFileBytes`, …) is undefined, a positive integer or `Infinity` (no bound).
 *
 * @example
 * checkLimit('parseCsv', 1000, 'maxColumns'); // passes
 */
export function checkLimit(caller: string, value: unknown, field: string): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !(value === Infinity || (Number.isInteger(value) && value > 0))) {
    invalidArgument(caller, `${field} must be a positive integer or Infinity, got ${typeof value === 'number' ? String(value) : typeof value}`, { field, expected: 'a positive integer or Infinity' });
  }
}
