import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { reciprocity } from '../../../src/measures/mixing/index.js';
import { compactAdjacency } from '../../../src/network/compact-adjacency.js';
import { buildGraph, graphOf, igraph, names, networkx, sna, specs } from '../../fixtures/whole-network/fixture-graphs.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

const close = (actual: number, expected: number) => {
  if (Number.isNaN(expected)) expect(actual).toBeNaN();
  else expect(actual).toBeCloseTo(expected, 13);
};

describe('reciprocity against R sna 2.7.1 grecip (test/fixtures/whole-network/sna.R)', () => {
  for (const name of names(sna).filter((g) => specs[g].directed)) {
    it(`${name}: dyadic, dyadic.nonnull, edgewise`, () => {
      const g = buildGraph(name);
      close(reciprocity(g, { measure: 'dyadic' }), sna[name].grecip_dyadic);
      close(reciprocity(g, { measure: 'dyadic-nonnull' }), sna[name].grecip_dyadic_nonnull);
      close(reciprocity(g, { measure: 'edgewise' }), sna[name].grecip_edgewise);
    });
  }
});

describe('reciprocity against NetworkX overall_reciprocity and igraph reciprocity', () => {
  for (const name of names(igraph).filter((g) => igraph[g].reciprocity_default !== undefined)) {
    it(name, () => {
      const g = buildGraph(name);
      close(reciprocity(g), igraph[name].reciprocity_default);
      close(reciprocity(g, { measure: 'dyadic-nonnull' }), igraph[name].reciprocity_ratio);
      // NetworkX counts a self-loop as an unreciprocated tie; sna and zonelink ignore it
      if (!specs[name].edges.some(([u, v]) => u === v)) close(reciprocity(g), networkx[name].overall_reciprocity);
    });
  }
});

describe('networkx/algorithms/tests/test_reciprocity.py', () => {
  it('TestReciprocity::test_reciprocity_digraph (1 ⇄ 2: 1.0)', () => {
    expect(reciprocity(graphOf(true, [[1, 2], [2, 1]]))).toBe(1);
  });
  it('TestReciprocity::test_overall_reciprocity_empty_graph: NetworkX raises, zonelink gives NaN (0/0)', () => {
    expect(reciprocity(new Graph({ type: 'directed' }))).toBeNaN();
  });
});

describe('hand calculations and edge cases', () => {
  it('a ⇄ b, b → c: M = 1, A = 1, N = 1', () => {
    const g = graphOf(true, [['a', 'b'], ['b', 'a'], ['b', 'c']]);
    expect(reciprocity(g)).toBe(2 / 3);
    expect(reciprocity(g, { measure: 'dyadic' })).toBe(2 / 3);
    expect(reciprocity(g, { measure: 'dyadic-nonnull' })).toBe(1 / 2);
    expect(reciprocity(compactAdjacency(g))).toBe(2 / 3);
  });
  it('self-loops are ignored, as sna drops the diagonal', () => {
    expect(reciprocity(graphOf(true, [['a', 'a'], ['a', 'b'], ['b', 'a']]))).toBe(1);
  });
  it('one node: dyadic is NaN (no dyad)', () => {
    const g = new Graph({ type: 'directed' });
    g.addNode('a');
    expect(reciprocity(g, { measure: 'dyadic' })).toBeNaN();
  });
  it('undirected graphs and unknown measures are refused with ZonelinkError', () => {
    expect(zonelinkErrorOf(() => reciprocity(buildGraph('karate'))).message).toMatch(/reciprocity.*directed/);
    expect(zonelinkErrorOf(() => reciprocity(buildGraph('digraph'), { measure: 'correlation' as 'dyadic' })).code).toBe('invalid-argument');
  });
});

describe('reciprocity: declared options (docs/options.md)', () => {
  it('unknown and invalid options are errors naming the function', () => {
    const g = buildGraph('digraph');
    expect(zonelinkErrorOf(() => reciprocity(g, { mesure: 'dyadic' } as never)).message).toMatch(/^reciprocity: unknown option mesure \(did you mean measure\?\)/);
    expect(zonelinkErrorOf(() => reciprocity(g, { measure: 'ratio' as never })).message).toBe(
      "reciprocity: option measure must be one of 'edgewise', 'dyadic', 'dyadic-nonnull', got \"ratio\"",
    );
  });
});
