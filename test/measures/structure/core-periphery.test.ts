import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import {
  corePeriphery,
  type ContinuousCorePeriphery,
  type DiscreteCorePeriphery,
} from '../../../src/measures/structure/core-periphery.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { graphFromEdges } from '../../fixtures/community/fixture-graph.js';

const reference = JSON.parse(readFileSync(new URL('../../fixtures/structure/reference.json', import.meta.url), 'utf8')) as {
  corePeriphery: {
    graph: string;
    nodes: string[];
    edges: [string, string, number?][];
    offDiagonal: 'one' | 'ignore';
    result: { correlation: number; core: string[] };
  }[];
};

const discrete = (g: Graph, options: Parameters<typeof corePeriphery>[1] = {}) =>
  corePeriphery(g, { ...options, method: 'discrete' }) as DiscreteCorePeriphery;
const continuous = (g: Graph, options: Parameters<typeof corePeriphery>[1] = {}) =>
  corePeriphery(g, { ...options, method: 'continuous' }) as ContinuousCorePeriphery;

const star = (spokes: number) => graphFromEdges(Array.from({ length: spokes }, (_, i) => ['hub', `s${i}`] as [string, string]));

/** A complete core of `c` nodes; each periphery node tied to two core nodes. */
function blockGraph(c: number, p: number): Graph {
  const edges: [string, string][] = [];
  for (let i = 0; i < c; i++) for (let j = i + 1; j < c; j++) edges.push([`c${i}`, `c${j}`]);
  for (let k = 0; k < p; k++) {
    edges.push([`p${k}`, `c${k % c}`]);
    edges.push([`p${k}`, `c${(k + 1) % c}`]);
  }
  return graphFromEdges(edges);
}

describe('corePeriphery (discrete)', () => {
  it('a star with offDiagonal "one": the core is the hub alone, correlation 1', () => {
    const r = discrete(star(6), { offDiagonal: 'one' });
    expect(r.core).toEqual(['hub']);
    expect(r.correlation).toBeCloseTo(1, 12);
    expect(r.exhaustive).toBe(true);
    expect(r.coreness.hub).toBe(1);
    expect(r.coreness.s0).toBe(0);
  });

  it('a star with "ignore" is degenerate: the hub plus one spoke (smallest tie-break), correlation 1', () => {
    const r = discrete(star(6));
    expect(r.core).toHaveLength(2);
    expect(r.core).toContain('hub');
    expect(r.correlation).toBeCloseTo(1, 12);
  });

  it('matches a brute-force Python enumeration on small unweighted and weighted graphs', () => {
    for (const c of reference.corePeriphery) {
      const g = graphFromEdges(c.edges, { nodes: c.nodes });
      const r = discrete(g, { offDiagonal: c.offDiagonal });
      expect(r.core).toEqual(c.result.core);
      expect(r.correlation).toBeCloseTo(c.result.correlation, 10);
    }
  });

  it('hand check: triangle a–b–c with pendants d–a, e–b, "one": core {a, b}, r = 3/√21', () => {
    // 20 cells, 10 ones in the data; core {a,b}: periphery cells c,d,e (6) all 0 → Σp = 14, Σap = 10
    // r = (20·10 − 10·14)/√((20·10 − 10²)(20·14 − 14²)) = 60/√8400 = 3/√21
    const g = graphFromEdges([['a', 'b'], ['b', 'c'], ['a', 'c'], ['a', 'd'], ['b', 'e']]);
    const r = discrete(g, { offDiagonal: 'one' });
    expect(r.core).toEqual(['a', 'b']);
    expect(r.correlation).toBeCloseTo(3 / Math.sqrt(21), 12);
  });

  it('recovers the core of a block graph, exhaustively (n = 16) and by seeded local search (n = 48)', () => {
    const small = discrete(blockGraph(5, 11), { offDiagonal: 'one' });
    expect(small.exhaustive).toBe(true);
    expect(small.core).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    const large = blockGraph(8, 40);
    for (const offDiagonal of ['one', 'ignore'] as const) {
      const r = discrete(large, { offDiagonal, seed: 4, restarts: 10 });
      expect(r.exhaustive).toBe(false);
      expect(r.core).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
      expect(discrete(large, { offDiagonal, seed: 4, restarts: 10 })).toEqual(r);
    }
  });

  it('no core set defines a correlation (a path of 3 with "ignore") → empty core and NaN; empty graph too', () => {
    const path = graphFromEdges([['a', 'b'], ['b', 'c']]);
    const r = discrete(path);
    expect(r.core).toEqual([]);
    expect(r.correlation).toBeNaN();
    // with "one" the middle node is a perfect core
    expect(discrete(path, { offDiagonal: 'one' }).core).toEqual(['b']);
    expect(discrete(new Graph({ type: 'undirected' })).core).toEqual([]);
  });

  it('directed graphs use a_ij and a_ji as separate cells; self-loops are ignored', () => {
    // in-star: every spoke points to the hub; "one": core = hub, pattern 1 on hub row and column,
    // data 1 only on the column → r = (42·6 − 6·12)/√((42·6 − 36)(42·12 − 144)) = 180/√77760
    const g = new Graph({ type: 'directed' });
    for (let i = 0; i < 6; i++) g.mergeEdge(`s${i}`, 'hub');
    g.mergeEdge('hub', 'hub');
    const r = discrete(g, { offDiagonal: 'one' });
    expect(r.core).toEqual(['hub']);
    expect(r.correlation).toBeCloseTo(180 / Math.sqrt(77760), 12);
  });

  it('rejects bad options', () => {
    expect(() => corePeriphery(star(3), { method: 'fuzzy' as 'discrete' })).toThrow(/^corePeriphery: option method must be one of 'discrete', 'continuous'/);
    expect(() => corePeriphery(star(3), { offDiagonal: 'zero' as 'one' })).toThrow(ZonelinkError);
    expect(() => corePeriphery(star(3), { restarts: 0 })).toThrow(/restarts/);
    expect(() => corePeriphery(star(3), { seed: Number.NaN })).toThrow(/seed/);
  });
});

describe('corePeriphery (continuous)', () => {
  it('a rank-one weighted complete graph a_ij = x_i x_j gives c = x exactly, correlation 1', () => {
    const x = [3, 2, 1, 0.5, 0.25];
    const edges: [string, string, number][] = [];
    for (let i = 0; i < x.length; i++) for (let j = i + 1; j < x.length; j++) edges.push([`n${i}`, `n${j}`, x[i] * x[j]]);
    const r = continuous(graphFromEdges(edges));
    expect(r.converged).toBe(true);
    x.forEach((value, i) => expect(r.coreness[`n${i}`]).toBeCloseTo(value, 8));
    expect(r.correlation).toBeCloseTo(1, 10);
  });

  it('K4 with unit weights: c = 1 for all, correlation undefined (constant data)', () => {
    const k4 = graphFromEdges([['a', 'b'], ['a', 'c'], ['a', 'd'], ['b', 'c'], ['b', 'd'], ['c', 'd']]);
    const r = continuous(k4);
    for (const v of Object.values(r.coreness)) expect(v).toBeCloseTo(1, 8);
    expect(r.correlation).toBeNaN();
  });

  it('a star: the hub has the largest coreness and the fit is positive; no edges → zeros', () => {
    const r = continuous(star(5));
    for (let i = 0; i < 5; i++) expect(r.coreness.hub).toBeGreaterThan(r.coreness[`s${i}`]);
    expect(r.correlation).toBeGreaterThan(0.5);
    const empty = continuous(graphFromEdges([], { nodes: ['a', 'b'] }));
    expect(empty.coreness).toEqual({ a: 0, b: 0 });
    expect(empty.correlation).toBeNaN();
  });
});
