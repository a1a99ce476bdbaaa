import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import fc from 'fast-check';
import { assortativity } from '../../../src/measures/mixing/index.js';
import { compactAdjacency } from '../../../src/network/compact-adjacency.js';
import { buildGraph, graphOf, igraph, names, networkx, specs } from '../../fixtures/whole-network/fixture-graphs.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

const close = (actual: number, expected: number, digits = 12) => {
  if (Number.isNaN(expected)) expect(actual).toBeNaN();
  else expect(actual).toBeCloseTo(expected, digits);
};

describe('assortativity against NetworkX 2.8.8 and python-igraph 0.10.2', () => {
  for (const name of names(networkx).filter((g) => networkx[g].degree_assortativity !== undefined)) {
    it(name, () => {
      const g = buildGraph(name);
      const ref = networkx[name];
      close(assortativity(g), ref.degree_assortativity);
      if (ref.degree_assortativity_weight !== undefined) close(assortativity(g, { weight: 'weight' }), ref.degree_assortativity_weight);
      // igraph walks an undirected self-loop both ways, NetworkX (and zonelink) once
      if (!specs[name].edges.some(([u, v]) => u === v)) close(assortativity(g), igraph[name].assortativity_degree);
      for (const key of Object.keys(ref)) {
        const numeric = /^numeric_assortativity_(.+)$/.exec(key);
        const categorical = /^attribute_assortativity_(.+)$/.exec(key);
        if (numeric) {
          close(assortativity(g, { by: numeric[1] }), ref[key]);
          close(assortativity(g, { by: numeric[1] }), igraph[name][`assortativity_${numeric[1]}`]);
        }
        if (categorical) {
          close(assortativity(g, { by: categorical[1] }), ref[key]);
          close(assortativity(g, { by: categorical[1] }), igraph[name][`assortativity_nominal_${categorical[1]}`]);
        }
      }
    });
  }
});

describe('networkx/algorithms/assortativity/tests/test_correlation.py (graphs of base_test.py)', () => {
  const P4 = () => graphOf(false, [[0, 1], [1, 2], [2, 3]]);
  const D = () => graphOf(true, [[0, 2], [0, 3], [1, 3], [2, 3]]);
  const D2 = () => graphOf(true, [[0, 3], [1, 0], [1, 2], [2, 4], [4, 1], [4, 3], [4, 2]]);
  const W = () => graphOf(false, [[0, 3, 0.5], [1, 3, 0.5], [2, 3, 0.5], [0, 2, 1]]);
  // disjoint_union(star_graph(4), star_graph(4)) + edge (4, 5)
  const DS = () => graphOf(false, [[0, 1], [0, 2], [0, 3], [0, 4], [5, 6], [5, 7], [5, 8], [5, 9], [4, 5]]);
  it('TestDegreeMixingCorrelation::test_degree_assortativity_undirected (P4: −1/2)', () => expect(assortativity(P4())).toBeCloseTo(-0.5, 4));
  it('TestDegreeMixingCorrelation::test_degree_assortativity_directed (−0.57735)', () => expect(assortativity(D())).toBeCloseTo(-0.57735, 4));
  it('TestDegreeMixingCorrelation::test_degree_assortativity_directed2 (0.14852)', () => expect(assortativity(D2())).toBeCloseTo(0.14852, 4));
  it('TestDegreeMixingCorrelation::test_degree_assortativity_weighted (−0.1429)', () => expect(assortativity(W(), { weight: 'weight' })).toBeCloseTo(-0.1429, 4));
  it('TestDegreeMixingCorrelation::test_degree_assortativity_double_star (−0.9339)', () => expect(assortativity(DS())).toBeCloseTo(-0.9339, 4));
  it('test_degree_assortativity_multigraph: zonelink measures simple graphs (project() first); refused', () => {
    const m = new Graph({ type: 'undirected', multi: true });
    for (const v of ['0', '1', '2', '3']) m.addNode(v);
    for (const [u, v] of [[0, 1], [1, 2], [2, 3], [0, 1]]) m.addEdge(String(u), String(v));
    expect(zonelinkErrorOf(() => assortativity(m)).message).toMatch(/assortativity/);
  });

  const fish = (directed: boolean) => {
    const g = graphOf(directed, [[0, 1], [2, 3], [0, 4], [2, 5]], [0, 1, 2, 3, 4, 5]);
    const attr: Record<string, string> = { 0: 'one', 1: 'one', 2: 'two', 3: 'two', 4: 'red', 5: 'blue' };
    for (const [v, f] of Object.entries(attr)) g.setNodeAttribute(v, 'fish', f);
    return g;
  };
  it('TestAttributeMixingCorrelation::test_attribute_assortativity_undirected (6/22)', () => expect(assortativity(fish(false), { by: 'fish' })).toBe(6.0 / 22.0));
  it('TestAttributeMixingCorrelation::test_attribute_assortativity_directed (1/3)', () => expect(assortativity(fish(true), { by: 'fish' })).toBe(1.0 / 3.0));

  const margins = (edges: [number, number][], margin: Record<number, number>) => {
    const g = graphOf(false, edges, Object.keys(margin).map(Number));
    for (const [v, m] of Object.entries(margin)) g.setNodeAttribute(v, 'margin', m);
    return g;
  };
  it('TestNumericMixingCorrelation::test_numeric_assortativity_negative (−0.2903)', () => {
    const g = margins([[0, 1], [2, 3], [0, 4], [2, 5]], { 0: -2, 1: -2, 2: -2, 3: -2, 4: -3, 5: -4 });
    expect(assortativity(g, { by: 'margin' })).toBeCloseTo(-0.2903, 4);
  });
  it('TestNumericMixingCorrelation::test_numeric_assortativity_float (margin = weighted degree: −0.1429)', () => {
    const g = margins([[0, 3], [1, 3], [2, 3], [0, 2]], { 0: 1.5, 1: 0.5, 2: 1.5, 3: 1.5 });
    expect(assortativity(g, { by: 'margin' })).toBeCloseTo(-0.1429, 4);
  });
  it('TestNumericMixingCorrelation::test_numeric_assortativity_mixed (0.4340)', () => {
    const g = margins([[3, 4], [1, 2], [1, 3]], { 1: -1, 2: -1, 3: 1, 4: 2 });
    expect(assortativity(g, { by: 'margin' })).toBeCloseTo(0.434, 4);
  });
});

describe('edge cases and options', () => {
  it('a regular graph (every end has the same degree) gives NaN, as NetworkX', () => {
    expect(assortativity(graphOf(false, [[0, 1], [1, 2], [2, 0]]))).toBeNaN();
    expect(assortativity(new Graph())).toBeNaN();
  });
  it('a compact adjacency works for degrees', () => {
    expect(assortativity(compactAdjacency(buildGraph('florentine')))).toBeCloseTo(networkx.florentine.degree_assortativity, 12);
  });
  it("scale: 'categorical' treats numbers as labels", () => {
    const g = graphOf(false, [[0, 1], [2, 3], [0, 2]], [0, 1, 2, 3]);
    for (const [v, c] of [['0', 1], ['1', 1], ['2', 2], ['3', 2]] as const) g.setNodeAttribute(v, 'c', c);
    // pairs (both ways): 1-1 ×2, 2-2 ×2, 1-2, 2-1 → e = [[2,1],[1,2]]/6; Σ a_i b_i = 1/2; r = (4/6 − 1/2)/(1/2) = 1/3
    expect(assortativity(g, { by: 'c', scale: 'categorical' })).toBeCloseTo(1 / 3, 15);
  });
  it('bad input throws ZonelinkError naming the function and the nodes', () => {
    const g = graphOf(false, [[0, 1], [1, 2]]);
    g.setNodeAttribute('0', 'x', 1);
    g.setNodeAttribute('1', 'x', 'a');
    const missing = zonelinkErrorOf(() => assortativity(g, { by: 'x' }));
    expect(missing.message).toMatch(/assortativity/);
    expect(missing.issues.map((i) => i.id)).toEqual(['2']);
    g.setNodeAttribute('2', 'x', 3);
    expect(zonelinkErrorOf(() => assortativity(g, { by: 'x' })).message).toMatch(/mixes numbers and strings/);
    expect(zonelinkErrorOf(() => assortativity(g, { by: 'x', scale: 'numeric' })).message).toMatch(/numeric/);
    expect(zonelinkErrorOf(() => assortativity(compactAdjacency(g), { by: 'x' })).message).toMatch(/compact adjacency/);
    expect(zonelinkErrorOf(() => assortativity(g, { by: 'x', weight: 'weight' })).code).toBe('invalid-argument');
    g.setNodeAttribute('2', 'x', NaN);
    expect(zonelinkErrorOf(() => assortativity(g, { by: 'x' })).issues[0].id).toBe('2');
  });
});

describe('properties', () => {
  it('r ∈ [−1, 1] or NaN, and unchanged by relabelling the nodes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        (edges, directed) => {
          const a = new Graph({ type: directed ? 'directed' : 'undirected' });
          const b = new Graph({ type: directed ? 'directed' : 'undirected' });
          for (const [u, v] of edges) {
            if (u === v) continue;
            a.mergeEdge(`n${u}`, `n${v}`);
            b.mergeEdge(`m${9 - u}`, `m${9 - v}`);
          }
          const r = assortativity(a);
          if (Number.isNaN(r)) expect(assortativity(b)).toBeNaN();
          else {
            expect(Math.abs(r)).toBeLessThanOrEqual(1 + 1e-12);
            expect(assortativity(b)).toBeCloseTo(r, 12);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('assortativity: declared options (docs/options.md)', () => {
  it('unknown and invalid options are errors naming the function', () => {
    const g = graphOf(false, [[0, 1], [1, 2]]);
    expect(zonelinkErrorOf(() => assortativity(g, { attribute: 'x' } as never)).message).toMatch(/^assortativity: unknown option attribute/);
    expect(zonelinkErrorOf(() => assortativity(g, { scale: 'ordinal' as never })).message).toMatch(/^assortativity: option scale must be one of 'numeric', 'categorical'/);
    expect(zonelinkErrorOf(() => assortativity(g, { by: '' })).issues[0].field).toBe('by');
  });
  it("weight: null with an attribute is the default, not an error; scale with by: 'degree' still is", () => {
    const g = graphOf(false, [[0, 1], [1, 2], [2, 0], [2, 3]]);
    for (const [v, x] of [['0', 1], ['1', 2], ['2', 3], ['3', 4]] as const) g.setNodeAttribute(v, 'x', x);
    expect(assortativity(g, { by: 'x', weight: null })).toBe(assortativity(g, { by: 'x' }));
    expect(zonelinkErrorOf(() => assortativity(g, { scale: 'numeric' })).issues[0].field).toBe('scale');
  });
});
