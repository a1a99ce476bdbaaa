import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import {
  constraint,
  coreNumbers,
  corePeriphery,
  disparityBackbone,
  effectiveSize,
  efficiency,
  kTruss,
  richClub,
  type ContinuousCorePeriphery,
} from '../../../src/measures/structure/index.js';
import { graphFromFixture, graphFromEdges, type FixtureGraph } from '../../fixtures/community/fixture-graph.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';
import { expectProgressContract } from '../progress-contract.js';

const reference = JSON.parse(readFileSync(new URL('../../fixtures/structure/reference.json', import.meta.url), 'utf8')) as {
  graphs: Record<string, FixtureGraph>;
};
const karate = () => graphFromFixture(reference.graphs.karate);

describe('structure: declared options (docs/options.md)', () => {
  it('unknown options are errors naming the function and the nearest option', () => {
    const g = karate();
    expect(zonelinkErrorOf(() => coreNumbers(g, { mod: 'in' } as never)).message).toMatch(/^coreNumbers: unknown option mod \(did you mean mode\?\)/);
    expect(zonelinkErrorOf(() => richClub(g, { normalised: true } as never)).message).toMatch(/^richClub: unknown option normalised \(did you mean normalized\?\)/);
    expect(zonelinkErrorOf(() => constraint(g, { weigth: null } as never)).issues[0].code).toBe('unknown-option');
    expect(zonelinkErrorOf(() => disparityBackbone(g, { alfa: 0.1 } as never)).message).toMatch(/^disparityBackbone: unknown option alfa \(did you mean alpha\?\)/);
    expect(zonelinkErrorOf(() => kTruss(g, 3, { k: 3 } as never)).message).toMatch(/^kTruss: unknown option k/);
  });
  it("corePeriphery's continuous stopping rule is relativeTolerance; tolerance (absolute everywhere else) is not one of its options", () => {
    const e = zonelinkErrorOf(() => corePeriphery(karate(), { method: 'continuous', tolerance: 1e-6 } as never));
    expect(e.issues[0]).toMatchObject({ code: 'unknown-option', field: 'tolerance' });
    expect(zonelinkErrorOf(() => corePeriphery(karate(), { relativeTolerance: 0 })).message).toMatch(/^corePeriphery: option relativeTolerance must be a finite number > 0, got 0/);
    // a looser relative tolerance stops earlier, at most as many sweeps
    const tight = corePeriphery(karate(), { method: 'continuous' }) as ContinuousCorePeriphery;
    const loose = corePeriphery(karate(), { method: 'continuous', relativeTolerance: 1e-3 }) as ContinuousCorePeriphery;
    expect(tight.converged && loose.converged).toBe(true);
    expect(loose.iterations).toBeLessThanOrEqual(tight.iterations);
  });
  it('every invalid option is listed in one error', () => {
    const e = zonelinkErrorOf(() => corePeriphery(karate(), { restarts: 0, seed: Number.NaN, maxIterations: 1.5 }));
    expect(e.issues.map((i) => i.field).sort()).toEqual(['maxIterations', 'restarts', 'seed']);
  });
  it('disparityBackbone with weight: null judges edges by degrees alone: on the path a–b–c each score is (1 − 1/2)¹ = 0.5', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdgeWithKey('ab', 'a', 'b', { weight: 9 });
    g.mergeEdgeWithKey('bc', 'b', 'c', { weight: 1 });
    expect(disparityBackbone(g, { weight: null }).scores).toEqual({ ab: 0.5, bc: 0.5 });
  });
});

describe('structure: progress and cancellation', () => {
  it('kTruss counts 2m edge passes', () => {
    const g = karate();
    const events = expectProgressContract('kTruss', (p) => kTruss(g, 4, p));
    expect(events.at(-1)).toEqual({ task: 'kTruss', done: 2 * g.size, total: 2 * g.size, unit: 'edge passes' });
  });
  it('corePeriphery counts core sets (n ≤ 16), restarts (local search) or sweeps (continuous)', () => {
    const small = graphFromEdges([['a', 'b'], ['a', 'c'], ['b', 'c'], ['c', 'd'], ['d', 'e']]);
    const exhaustive = expectProgressContract('corePeriphery', (p) => corePeriphery(small, p));
    expect(exhaustive.at(-1)).toEqual({ task: 'corePeriphery', done: 31, total: 31, unit: 'core sets' });
    const local = expectProgressContract('corePeriphery', (p) => corePeriphery(karate(), { restarts: 4, ...p }));
    expect(local.at(-1)).toEqual({ task: 'corePeriphery', done: 4, total: 4, unit: 'restarts' });
    const sweeps = expectProgressContract('corePeriphery', (p) => corePeriphery(karate(), { method: 'continuous', ...p }));
    expect(sweeps.at(-1)).toMatchObject({ done: 10_000, total: 10_000, unit: 'iterations' });
  });
  it('richClub counts the swaps of the normalisation; the plain coefficients report nothing but still honour an aborted signal', () => {
    const g = karate();
    const events = expectProgressContract('richClub', (p) => richClub(g, { normalized: true, swapsPerEdge: 2, seed: 3, ...p }));
    expect(events.at(-1)).toEqual({ task: 'richClub', done: 2 * g.size, total: 2 * g.size, unit: 'swaps' });
    const plain: unknown[] = [];
    richClub(g, { onProgress: (e) => plain.push(e) });
    expect(plain).toEqual([]);
    expect(zonelinkErrorOf(() => richClub(g, { signal: AbortSignal.abort() })).code).toBe('aborted');
  });
  it('constraint, effectiveSize and efficiency count ego nodes', () => {
    const g = karate();
    for (const [name, f] of [['constraint', constraint], ['effectiveSize', effectiveSize], ['efficiency', efficiency]] as const) {
      const events = expectProgressContract(name, (p) => f(g, p));
      expect(events.at(-1)).toEqual({ task: name, done: g.order, total: g.order, unit: 'nodes' });
    }
  });
});
