import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import * as api from '../../src/node/index.js';
import { ZonelinkError } from '../../src/error/zonelink-error.js';
import { zonelinkErrorOfPromise } from '../zonelink-error-of.js';
import { bigIntGraph, escapedErrors, plainGraph } from './hostile-inputs.js';

/**
 * Every function of the `zonelink/node` entry, called as a careless or hostile
 * user would: with `null`, `{}`, BigInt, a graph, an argv holding a number, an
 * error that is not a ZonelinkError, … It may return (or resolve), or throw (or
 * reject with) a ZonelinkError whose message begins with its name — never a raw
 * TypeError.
 *
 * The list of functions is the module's own exports, so a new export is probed
 * without editing this file. No argument list here is a valid call of a function
 * that writes files, starts a command or reads a big file: `runCli` never gets a
 * context with its three functions (so it never writes to the real stdout or
 * exits), `writeReportFile`/`checkReportFile` never get two strings (so they
 * create no folder), and paths name nothing or an empty temporary folder.
 */

/** Exports that legitimately accept anything, each with why (none today). */
const ACCEPTS_ANYTHING = new Set<string>([]);

const emptyDir = mkdtempSync(`${tmpdir()}/zonelink-hostile-node-`);
const missing = `${emptyDir}/no-such-linkages.csv`;
afterAll(() => rmSync(emptyDir, { recursive: true, force: true }));

/** Argument lists tried on every function (built fresh per call: inputs must not leak between calls). */
const hostile: [string, () => unknown[]][] = [
  ['no arguments', () => []],
  ['null', () => [null]],
  ['undefined, null', () => [undefined, null]],
  ['{}', () => [{}]],
  ['{}, {}', () => [{}, {}]],
  ['a string', () => ['x']],
  ['an empty string', () => ['']],
  ['a number', () => [42]],
  ['a BigInt', () => [10n]],
  ['a Symbol', () => [Symbol('x')]],
  ['a function', () => [() => 1]],
  ['an array of nulls', () => [[null, null]]],
  ['BigInt values', () => [[1n, 2n]]],
  ['an argv holding a number', () => [['summary', 42]]],
  ['an argv, then a context of nulls', () => [['summary'], { stdout: null, stderr: null, bundled: null }]],
  ['an argv, then a string', () => [['--help'], 'x']],
  ['a graph', () => [plainGraph()]],
  ['a graph with a BigInt weight', () => [bigIntGraph()]],
  ['a graph, then null options', () => [plainGraph(), null]],
  ['a graph, then BigInt options', () => [plainGraph(), { workers: 1n, normalized: 1n }]],
  ['a graph in place of paths', () => [plainGraph(), {}]],
  ['paths with an unknown role', () => [{ zones: missing, links: missing }]],
  ['paths with a number', () => [{ zones: 42 }]],
  ['a missing path, then null', () => [missing, null]],
  ['a missing path, then a number', () => [missing, 5]],
  ['a missing path, then unknown options', () => [missing, { allowSelfLoop: true }]],
  ['a folder', () => [emptyDir]],
  ['paths, a missing file, BigInt options, no progress', () => [[missing], missing, { allowSelfLoops: 1n }, undefined]],
  ['a plain Error', () => [new Error('boom')]],
  ['an error with null issues', () => [{ issues: [null], records: 'x' }]],
  ['a summary with null counts', () => [{ name: 'n', nodes: null, zonesByCategory: null }]],
  ['a text, then a negative budget', () => ['园区', -1]],
  ['a text, then a BigInt budget', () => ['园区', 10n]],
];

const functions = Object.entries(api)
  .filter(([, value]) => typeof value === 'function' && !/^class\b/.test(Function.prototype.toString.call(value)))
  .filter(([name]) => !ACCEPTS_ANYTHING.has(name)) as [string, (...args: unknown[]) => unknown][];

describe('hostile arguments to every function of zonelink/node', () => {
  it('finds the functions from the exports', () => {
    expect(functions.map(([name]) => name)).toEqual(expect.arrayContaining(['loadDataset', 'runCli', 'formatProblems', 'formatSummary', 'roleOf', 'parallelBetweenness']));
    for (const name of ACCEPTS_ANYTHING) expect(typeof (api as Record<string, unknown>)[name]).toBe('function');
  });

  for (const [name, fn] of functions) {
    it(`${name} throws only ZonelinkErrors that name it`, async () => {
      const escaped = await escapedErrors(name, fn, hostile, (error) => error.message.startsWith(`${name}: `));
      expect(escaped).toEqual([]);
    });
  }
});

/** Every problem of one call is in its one error. */
const problemsOf = (call: () => unknown): Promise<ZonelinkError> => zonelinkErrorOfPromise(Promise.resolve().then(call));

describe('every problem of a call in one ZonelinkError', () => {
  it('runCli: argv and context together, nothing written', async () => {
    let written = '';
    const e = await problemsOf(() => api.runCli(['summary', 7 as never], { stdout: (t: string) => (written += t), stderr: 1 as never, bundled: undefined as never }));
    expect(e.code).toBe('invalid-argument');
    expect(e.issues.map((i) => i.field)).toEqual(['args[1]', 'context.stderr', 'context.bundled']);
    expect(e.message).toBe('runCli: invalid arguments: args[1], context.stderr, context.bundled (3 problems)');
    expect(written).toBe('');
    expect((await problemsOf(() => api.runCli('summary' as never, undefined as never))).issues.map((i) => i.message)).toEqual([
      'runCli: args must be an array of strings, got a string',
      'runCli: context must be an object { stdout, stderr, bundled } of functions, got undefined',
    ]);
  });

  it('loadDataset: bad paths and bad options together; {} is no input', async () => {
    const e = await problemsOf(() => api.loadDataset([missing, 3 as never], { maxFileBytes: 0, colour: true } as never));
    expect(e.issues.map((i) => [i.code, i.field])).toEqual([
      ['invalid-argument', 'paths[1]'],
      ['unknown-option', 'colour'],
      ['invalid-argument', 'maxFileBytes'],
    ]);
    const none = await problemsOf(() => api.loadDataset({}));
    expect(none.issues.map((i) => i.code)).toEqual(['no-input']);
    expect(none.message).toMatch(/^loadDataset: no files given/);
    const role = await problemsOf(() => api.loadDataset({ edges: 'e.csv' } as never));
    expect(role.issues.map((i) => [i.code, i.field])).toEqual([['unknown-file-role', 'paths.edges']]);
    expect((await problemsOf(() => api.loadDataset(plainGraph() as never))).message).toBe(
      'loadDataset: paths must be a path, an array of paths or { zones, cities, nodes, linkages, metadata } of paths, got a Graph',
    );
  });

  it('formatProblems: each malformed issue and account, by index', async () => {
    const e = await problemsOf(() => api.formatProblems({ issues: [{ code: 'x', message: 'ok' }, { code: 1 }], records: [{ table: 'zones', total: 1, valid: [], invalid: null }] } as never));
    expect(e.issues.map((i) => i.field)).toEqual(['error.issues[1]', 'error.records[0]']);
    expect((await problemsOf(() => api.formatProblems(new TypeError('x') as never))).message).toBe(
      'formatProblems: error must be a ZonelinkError (with an issues array), got a TypeError',
    );
  });

  it('formatSummary: every missing field', async () => {
    const e = await problemsOf(() => api.formatSummary({ name: 'n', asOf: 2019 } as never));
    expect(e.issues.map((i) => i.field)).toEqual([
      'summary.asOf',
      'summary.nodes',
      'summary.zones',
      'summary.cities',
      'summary.provinces',
      'summary.linkages',
      'summary.density',
      'summary.zonesByCategory',
      'summary.zonesBySubtype',
      'summary.zonesByApprovalYear',
      'summary.linkagesByMode',
      'summary.linkagesByStartYear',
      'summary.nodesByMacroRegion',
    ]);
  });

  it('validateLargeLinkages: files, linkage file, options and progress, before any file is read', async () => {
    const e = await problemsOf(() => api.validateLargeLinkages([missing, null as never], '', { allowSelfLoops: 'yes' as never }, null as never));
    expect(e.issues.map((i) => i.field)).toEqual(['files[1]', 'linkageFile', 'allowSelfLoops', 'progress']);
    expect(e.message).toMatch(/^validateLargeLinkages: /);
  });

  it('notoSansScFor and largeLinkageFile and roleOf name themselves', async () => {
    expect((await problemsOf(() => api.notoSansScFor(null as never, NaN))).issues.map((i) => i.message)).toEqual([
      'notoSansScFor: text must be a string, got null',
      'notoSansScFor: budget must be a number ≥ 0 (base64 bytes), got NaN',
    ]);
    expect(() => api.largeLinkageFile('linkages.csv' as never)).toThrow(/^largeLinkageFile: files must be an array of paths \(strings\), got a string$/);
    expect(() => api.roleOf(7 as never)).toThrow(/^roleOf: path must be a string, got 7$/);
  });

  it('readLinkageColumnsFile, writeReportFile and checkReportFile: the path and the options together', async () => {
    const read = await problemsOf(() => api.readLinkageColumnsFile('', { chunkBytes: 0, colour: 1 } as never));
    expect(read.issues.map((i) => [i.code, i.field])).toEqual([
      ['invalid-argument', 'path'],
      ['unknown-option', 'colour'],
      ['invalid-argument', 'chunkBytes'],
    ]);
    expect(read.issues[0].message).toBe('readLinkageColumnsFile: path must be a non-empty string, got an empty string');
    const write = await problemsOf(() => api.writeReportFile(emptyDir, null as never, 'x', { force: 1 } as never));
    expect(write.issues.map((i) => i.field)).toEqual(['name', 'force']);
    const check = await problemsOf(() => api.checkReportFile(null as never, 'r.html', null as never));
    expect(check.issues.map((i) => i.field)).toEqual(['dir', 'options']);
  });

  it('valid calls still answer as before', async () => {
    expect(api.roleOf('data/城市.csv')).toBe('cities');
    expect(api.roleOf('notes.txt')).toBeUndefined();
    expect(api.largeLinkageFile(['zones.csv', missing])).toBeUndefined();
    const error = new ZonelinkError('invalid-argument', 'f: bad', [{ code: 'usage', message: 'f: bad', expected: 'good' }]);
    expect(api.formatProblems(error)).toBe('1 problem:\n  ✗ f: bad (expected good) [usage]');
    const paths = await problemsOf(() => api.loadDataset({ zones: missing, links: undefined } as never));
    expect(paths.issues.map((i) => i.code)).toEqual(['unreadable-file']);
  });
});
