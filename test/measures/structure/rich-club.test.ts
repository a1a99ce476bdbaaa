import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { richClub } from '../../../src/measures/structure/rich-club.js';
import { graphFromFixture, graphFromEdges, type FixtureGraph } from '../../fixtures/community/fixture-graph.js';

const reference = JSON.parse(readFileSync(new URL('../../fixtures/structure/reference.json', import.meta.url), 'utf8')) as {
  graphs: Record<string, FixtureGraph>;
  cases: Record<string, { richClub?: Record<string, number> }>;
};

describe('richClub', () => {
  for (const name of ['karate', 'weighted', 'ba']) {
    it(`matches networkx.rich_club_coefficient(normalized=False) on ${name}`, () => {
      const result = richClub(graphFromFixture(reference.graphs[name]));
      const expected = reference.cases[name].richClub!;
      expect(Object.keys(result)).toEqual(Object.keys(expected));
      for (const k of Object.keys(expected)) expect(result[k]).toBeCloseTo(expected[k], 12);
    });
  }

  it('hand case: triangle a–b–c with pendant d on c', () => {
    // degrees a 2, b 2, c 3, d 1. k = 0: 4 nodes, 4 edges → 8/12; k = 1: {a,b,c}, 3 edges → 1; k = 2: {c} only → stop
    const g = graphFromEdges([['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd']]);
    const r = richClub(g);
    expect(Object.keys(r)).toEqual(['0', '1']);
    expect(r['0']).toBeCloseTo(2 / 3, 12);
    expect(r['1']).toBe(1);
  });

  it('normalized: deterministic for a seed; a complete graph cannot be rewired → all 1', () => {
    const ba = graphFromFixture(reference.graphs.ba);
    const a = richClub(ba, { normalized: true, seed: 3, swapsPerEdge: 10 });
    expect(richClub(ba, { normalized: true, seed: 3, swapsPerEdge: 10 })).toEqual(a);
    expect(Object.keys(a)).toEqual(Object.keys(richClub(ba)));
    expect(a['0']).toBeCloseTo(1, 12); // φ(0) is the density, preserved by degree-preserving swaps
    const k5 = graphFromEdges([['a', 'b'], ['a', 'c'], ['a', 'd'], ['a', 'e'], ['b', 'c'], ['b', 'd'], ['b', 'e'], ['c', 'd'], ['c', 'e'], ['d', 'e']]);
    for (const v of Object.values(richClub(k5, { normalized: true }))) expect(v).toBe(1);
  });

  it('rejects directed graphs, self-loops and bad options; empty graph → {}', () => {
    expect(() => richClub(graphFromEdges([['a', 'b']], { directed: true }))).toThrow(/^richClub: .*undirected/);
    expect(() => richClub(graphFromEdges([['a', 'a'], ['a', 'b']]))).toThrow(/self-loop/);
    expect(() => richClub(graphFromEdges([['a', 'b']]), { normalized: true, swapsPerEdge: -1 })).toThrow(/swapsPerEdge/);
    expect(richClub(graphFromEdges([], { nodes: ['a'] }))).toEqual({});
  });
});
