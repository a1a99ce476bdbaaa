import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import fc from 'fast-check';
import { hubGroupMetrics } from '../../../src/measures/hubs/index.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';

function undirected(edges: [string, string, number][]): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const [s, t, w] of edges) g.mergeEdge(s, t, { weight: w });
  return g;
}

// a hub h with four spokes, one spoke–spoke link a–b, and two links to an outsider x
const star = undirected([['h', 'a', 4], ['h', 'b', 3], ['h', 'c', 2], ['h', 'd', 1], ['a', 'b', 1], ['c', 'x', 2], ['d', 'x', 1]]);

describe('hubGroupMetrics', () => {
  it('hand example of a "1+N" group', () => {
    const r = hubGroupMetrics(star, ['h', 'a', 'b', 'c', 'd']);
    expect(r.hub).toBe('h');
    expect(r.spokes).toEqual(['a', 'b', 'c', 'd']);
    // within-group strengths: h 10, a 5, b 4, c 2, d 1; internal degrees 4, 2, 2, 1, 1
    expect(r.withinGroupStrength).toEqual({ a: 5, b: 4, c: 2, d: 1, h: 10 });
    expect(r.internalDegree).toEqual({ a: 2, b: 2, c: 1, d: 1, h: 4 });
    // HD = 4/(5 − 1)
    expect(r.hubDominance).toBe(1);
    // Freeman: Σ(4 − k) = 0 + 2 + 2 + 3 + 3 = 10 over (n − 1)(n − 2) = 12
    expect(r.starLikeness).toBeCloseTo(10 / 12, 12);
    // SSH = (4 + 3 + 2 + 1) / (5 + 4 + 4 + 2): spokes' total strength includes c–x and d–x
    expect(r.spokeShareToHub).toBeCloseTo(10 / 15, 12);
    // intra-group weight 11, of which the hub's 10
    expect(r.intraGroupWeight).toBe(11);
    expect(r.hubShareOfIntraGroupWeight).toBeCloseTo(10 / 11, 12);
    // spoke pairs C(4, 2) = 6, one linked
    expect(r.spokeSpokeDensity).toBeCloseTo(1 / 6, 12);
    // z of within strength: mean 4.4, σ = √9.84
    expect(r.strengthZ.h).toBeCloseTo(5.6 / Math.sqrt(9.84), 12);
    expect(r.zHubs).toEqual([]);
    expect(r.dominantFlowCentres).toEqual(['h']);
    expect(r.spokesNotLinkedToHub).toEqual([]);
    expect(r.classification).toBe('1+N');
    // the spokes' strength within the group instead: 10 / (5 + 4 + 2 + 1)
    expect(hubGroupMetrics(star, ['h', 'a', 'b', 'c', 'd'], { strengthScope: 'group' }).spokeShareToHub).toBeCloseTo(10 / 12, 12);
  });

  it('thresholds are options', () => {
    const r = hubGroupMetrics(star, ['h', 'a', 'b', 'c', 'd'], { thresholds: { spokeDensity: 0.1 } });
    expect(r.classification).toBe('mesh');
    expect(hubGroupMetrics(star, ['h', 'a', 'b', 'c', 'd'], { thresholds: { spokeShare: 0.7 } }).classification).toBe('mesh');
    expect(() => hubGroupMetrics(star, ['h', 'a'], { thresholds: { hubDominance: NaN } })).toThrow(/^hubGroupMetrics: option thresholds/);
  });

  it('a complete graph is a mesh: SSH 1/3, one dominant-flow centre, no z-hubs', () => {
    const k4 = undirected([['a', 'b', 1], ['a', 'c', 1], ['a', 'd', 1], ['b', 'c', 1], ['b', 'd', 1], ['c', 'd', 1]]);
    const r = hubGroupMetrics(k4, ['a', 'b', 'c', 'd']);
    expect(r.hub).toBe('a');
    expect(r.hubDominance).toBe(1);
    expect(r.starLikeness).toBe(0);
    expect(r.spokeShareToHub).toBeCloseTo(1 / 3, 12);
    expect(r.spokeSpokeDensity).toBe(1);
    expect(r.dominantFlowCentres).toEqual(['a']);
    expect(r.classification).toBe('mesh');
  });

  it('two linked stars are multi-core: two dominant-flow centres', () => {
    const g = undirected([['h1', 'a', 2], ['h1', 'b', 2], ['h1', 'c', 2], ['h2', 'd', 2], ['h2', 'e', 2], ['h2', 'f', 2], ['h1', 'h2', 1]]);
    const r = hubGroupMetrics(g, ['h1', 'h2', 'a', 'b', 'c', 'd', 'e', 'f']);
    expect(r.hub).toBe('h1'); // 7 = 7: by id
    expect(r.hubDominance).toBeCloseTo(4 / 7, 12);
    expect(r.dominantFlowCentres).toEqual(['h1', 'h2']);
    expect(r.classification).toBe('multi-core');
  });

  it('z-score hubs: two big hubs among many small nodes', () => {
    // h1, h2 linked to each other (10) and to 20 leaves (1 each, leaves split between them)
    const edges: [string, string, number][] = [['h1', 'h2', 10]];
    for (let i = 0; i < 20; i++) edges.push([i < 10 ? 'h1' : 'h2', `s${String(i).padStart(2, '0')}`, 1]);
    const g = undirected(edges);
    const r = hubGroupMetrics(g, g.nodes());
    // within strengths: h1 = h2 = 20, leaves 1; mean = 60/22, σ² = (2·(20 − m)² + 20·(1 − m)²)/22
    const m = 60 / 22;
    const sd = Math.sqrt((2 * (20 - m) ** 2 + 20 * (1 - m) ** 2) / 22);
    expect(r.strengthZ.h1).toBeCloseTo((20 - m) / sd, 12);
    expect((20 - m) / sd).toBeGreaterThan(2.5);
    expect(r.zHubs).toEqual(['h1', 'h2']);
    expect(r.classification).toBe('multi-core');
  });

  it('hub ties: provincial capital first, then mass, then id; a forced hub', () => {
    const pair = undirected([['x', 'y', 1]]);
    expect(hubGroupMetrics(pair, ['x', 'y']).hub).toBe('x');
    expect(hubGroupMetrics(pair, ['x', 'y'], { capitals: ['y'] }).hub).toBe('y');
    expect(hubGroupMetrics(pair, ['x', 'y'], { mass: { x: 1, y: 2 } }).hub).toBe('y');
    expect(hubGroupMetrics(pair, ['x', 'y'], { capitals: ['x'], mass: { x: 1, y: 2 } }).hub).toBe('x');
    const forced = hubGroupMetrics(star, ['h', 'a', 'b', 'c', 'd'], { hub: 'a' });
    expect(forced.hub).toBe('a');
    expect(forced.spokesNotLinkedToHub).toEqual(['c', 'd']);
    // two nodes: star-likeness NaN (n ≤ 2), no spoke pairs, still 1+N
    const two = hubGroupMetrics(pair, ['x', 'y']);
    expect(Number.isNaN(two.starLikeness)).toBe(true);
    expect(Number.isNaN(two.spokeSpokeDensity)).toBe(true);
    expect(two.classification).toBe('1+N');
  });

  it('directed graphs: w_sh counts both directions', () => {
    const g = new Graph({ type: 'directed' });
    g.mergeEdge('h', 'a', { weight: 2 });
    g.mergeEdge('a', 'h', { weight: 1 });
    g.mergeEdge('b', 'h', { weight: 3 });
    const r = hubGroupMetrics(g, ['h', 'a', 'b']);
    expect(r.withinGroupStrength).toEqual({ a: 3, b: 3, h: 6 });
    expect(r.spokeShareToHub).toBe(1);
  });

  it('a group without internal links', () => {
    const g = undirected([['a', 'x', 1], ['b', 'x', 1]]);
    const r = hubGroupMetrics(g, ['a', 'b']);
    expect(r.hubDominance).toBe(0);
    expect(r.spokeShareToHub).toBe(0);
    expect(Number.isNaN(r.hubShareOfIntraGroupWeight)).toBe(true);
    expect(r.classification).toBe('mesh');
  });

  it('bad input: unknown and duplicate members listed, one member, a hub outside, bad masses', () => {
    try {
      hubGroupMetrics(star, ['h', 'zz', 'a', 'h', 'yy']);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      expect((e as ZonelinkError).message).toMatch(/^hubGroupMetrics/);
      expect((e as ZonelinkError).issues.map((i) => [i.code, i.index])).toEqual([['unknown-node', 1], ['duplicate-node', 3], ['unknown-node', 4]]);
    }
    expect(() => hubGroupMetrics(star, ['h'])).toThrow(/^hubGroupMetrics: a group needs at least two nodes/);
    expect(() => hubGroupMetrics(star, ['h', 'a'], { hub: 'b' })).toThrow(/^hubGroupMetrics: hub b/);
    expect(() => hubGroupMetrics(star, ['h', 'a'], { mass: { h: NaN } })).toThrow(/^hubGroupMetrics: invalid masses/);
  });

  it('property: shares lie in [0, 1], the hub has the largest within-group strength, node order does not matter', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(7), fc.nat(7), fc.integer({ min: 1, max: 9 })), { minLength: 1, maxLength: 30 }), fc.integer({ min: 2, max: 8 }), (edges, k) => {
        const g = new Graph({ type: 'undirected' });
        for (let i = 0; i < 8; i++) g.addNode(`n${i}`);
        for (const [a, b, w] of edges) if (a !== b) g.mergeEdge(`n${a}`, `n${b}`, { weight: w });
        const group = Array.from({ length: k }, (_, i) => `n${i}`);
        const r = hubGroupMetrics(g, group);
        const reversed = hubGroupMetrics(g, [...group].reverse());
        expect(reversed).toEqual(r);
        for (const x of [r.spokeShareToHub, r.hubShareOfIntraGroupWeight, r.hubDominance, r.starLikeness, r.spokeSpokeDensity]) {
          if (!Number.isNaN(x)) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(1 + 1e-12);
          }
        }
        const max = Math.max(...Object.values(r.withinGroupStrength));
        expect(r.withinGroupStrength[r.hub]).toBe(max);
      }),
      { numRuns: 200 },
    );
  });
});
