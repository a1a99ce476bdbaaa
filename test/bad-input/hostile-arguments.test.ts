import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { ZonelinkError } from '../../src/error/zonelink-error.js';
import { bigIntGraph, escapedErrors, multiGraph, plainGraph } from './hostile-inputs.js';

/**
 * Every public function, called as a careless or hostile user would: with
 * `null`, `{}`, BigInt weights, a graph in place of a dataset, a dataset in
 * place of a graph, … It may return, or throw a ZonelinkError whose message
 * names it — never a raw TypeError, RangeError or graphology UsageGraphError.
 *
 * The list of functions is the module's own exports, so a new public function
 * is probed without editing this file.
 */

/**
 * Exports that legitimately accept anything, each with why:
 */
const ACCEPTS_ANYTHING = new Set<string>([
  // type guards: answer true or false for any value
  'isCompactAdjacency',
  'isZoneNetwork',
  // throws the error it is asked to throw, naming the function it is given
  'invalidArgument',
]);

/** Argument lists tried on every function (built fresh per call: inputs must not leak between calls). */
const hostile: [string, () => unknown[]][] = [
  ['no arguments', () => []],
  ['null', () => [null]],
  ['undefined, null', () => [undefined, null]],
  ['{}', () => [{}]],
  ['{}, {}', () => [{}, {}]],
  ['a string', () => ['x']],
  ['a number', () => [42]],
  ['a BigInt', () => [10n]],
  ['BigInt values', () => [[1n, 2n, 3n]]],
  ['BigInt values and weights', () => [[1, 2, 3], [1n, 1n, 1n]]],
  ['an array of nulls', () => [[null, null]]],
  ['a graph with a BigInt weight', () => [bigIntGraph()]],
  ['a graph, then null options', () => [plainGraph(), null]],
  ['a graph, then a graph', () => [plainGraph(), plainGraph()]],
  ['a graph, then a string', () => [plainGraph(), 'x']],
  ['a graph, then BigInt options', () => [plainGraph(), { weight: 'weight', seed: 1n, alpha: 1n, maxIterations: 1n }]],
  ['a multigraph', () => [multiGraph()]],
  ['a graph in place of a dataset', () => [plainGraph(), {}]],
  ['a dataset-like object with null parts', () => [{ metadata: null, nodes: null, linkages: null }]],
  ['a Symbol', () => [Symbol('x')]],
  ['a function', () => [() => 1]],
];

/**
 * Errors about the content of data (a file, a JSON text) lead with where the
 * problem is — the file, line and column — rather than the function: these
 * codes are exempt from naming the function, never from being ZonelinkErrors.
 */
const DATA_CODES = new Set(['invalid-dataset', 'invalid-json', 'invalid-encoding', 'invalid-csv']);

const functions = Object.entries(api)
  .filter(([, value]) => typeof value === 'function' && !/^class\b/.test(Function.prototype.toString.call(value)))
  .filter(([name]) => !ACCEPTS_ANYTHING.has(name)) as [string, (...args: unknown[]) => unknown][];

describe('hostile arguments to every public function', () => {
  it('finds the public functions from the exports', () => {
    expect(functions.length).toBeGreaterThan(80);
    for (const name of ACCEPTS_ANYTHING) expect(typeof (api as Record<string, unknown>)[name]).toBe('function');
  });

  it('the RangeErrors of seededRandom and snapshot are ZonelinkErrors now', () => {
    expect(() => api.seededRandom(NaN)).toThrow(ZonelinkError);
    expect(() => api.seededRandom(NaN)).toThrow(/^seededRandom: seed must be a finite number/);
    const net = api.buildNetwork({ metadata: { name: 't', sources: [], coverage: [] }, nodes: [], linkages: [] });
    expect(() => api.snapshot(net, 2019.5)).toThrow(/^snapshot: year must be an integer, got 2019.5$/);
  });

  it('a graph in place of a dataset is named as such', () => {
    expect(() => api.buildNetwork(plainGraph() as never)).toThrow(/^buildNetwork: dataset must be a validated dataset .* got a Graph$/);
    expect(() => api.analyze(plainGraph() as never)).toThrow(/^analyze: input must be a validated dataset/);
  });

  it('a BigInt weight is an invalid-weight issue, not a TypeError', () => {
    let error: unknown;
    try {
      api.pagerank(bigIntGraph());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ZonelinkError);
    expect((error as ZonelinkError).issues.map((i) => i.code)).toEqual(['invalid-weight']);
  });

  for (const [name, fn] of functions) {
    it(`${name} throws only ZonelinkErrors that name it`, async () => {
      const escaped = await escapedErrors(name, fn, hostile, (error) => DATA_CODES.has(error.code) || error.message.includes(name));
      expect(escaped).toEqual([]);
    });
  }
});
