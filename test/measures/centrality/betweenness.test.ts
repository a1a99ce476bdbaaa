import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Graph from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness.js';
import { betweenness } from '../../../src/measures/centrality/index.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { buildGraph, expectRecordClose, graphSpecs, graphsWith, igraph, networkx } from './fixture-graphs.js';

const variants = [
  ['betweenness_hop_raw', { distance: null, normalized: false }],
  ['betweenness_hop_normalized', { distance: null }],
  ['betweenness_hop_endpoints_raw', { distance: null, normalized: false, endpoints: true }],
  ['betweenness_hop_endpoints_normalized', { distance: null, endpoints: true }],
  ['betweenness_weight_raw', { normalized: false }],
  ['betweenness_weight_normalized', {}],
  ['betweenness_inverse_raw', { distance: 'inverse', normalized: false }],
  ['betweenness_inverse_normalized', { distance: 'inverse', normalized: true }],
] as const;

describe('betweenness against NetworkX 3.6 betweenness_centrality', () => {
  for (const [key, options] of variants) {
    for (const name of graphsWith(key)) {
      it(`${name}: ${key}`, () => {
        // relative 1e-9: the only differences are the summation order of the dependencies
        expectRecordClose(betweenness(buildGraph(name), options), networkx[name][key], 1e-9);
      });
    }
  }

  it('weight: null equals distance: null; a graph without weights is hop-count', () => {
    const g = buildGraph('lesmis');
    expect(betweenness(g, { weight: null })).toEqual(betweenness(g, { distance: null }));
    expectRecordClose(betweenness(buildGraph('florentine'), { distance: 'inverse' }), networkx.florentine.betweenness_hop_normalized);
  });

  it('a weight function is used as the distance', () => {
    const g = buildGraph('lesmis');
    const byFunction = betweenness(g, { weight: (_e, a) => 1 / (a.weight as number), normalized: false });
    expectRecordClose(byFunction, networkx.lesmis.betweenness_inverse_raw, 1e-9);
  });
});

describe('betweenness against python-igraph', () => {
  for (const name of Object.keys(igraph).filter((k) => !k.startsWith('_'))) {
    it(`${name}: raw, hop count${igraph[name].betweenness_weight_raw ? ' and weighted' : ''}`, () => {
      const g = buildGraph(name);
      expectRecordClose(betweenness(g, { distance: null, normalized: false }), igraph[name].betweenness_hop_raw, 1e-9);
      if (igraph[name].betweenness_weight_raw) {
        expectRecordClose(betweenness(g, { normalized: false }), igraph[name].betweenness_weight_raw, 1e-9);
      }
    });
  }
});

describe('betweenness: 20×20 grid (Float64 path counts)', () => {
  it('matches NetworkX, raw and normalized, where graphology-metrics (32-bit counts) is wrong', () => {
    const g = buildGraph('grid20');
    const raw = betweenness(g, { normalized: false });
    expectRecordClose(raw, networkx.grid20.betweenness_hop_raw, 1e-12);
    expectRecordClose(betweenness(g), networkx.grid20.betweenness_hop_normalized, 1e-12);
    // the path counts reach C(38,19) ≈ 3.5e10 > 2^31: graphology-metrics overflows
    const theirs = graphologyBetweenness(g, { normalized: false }) as Record<string, number>;
    let worst = 0;
    for (const k of Object.keys(raw)) worst = Math.max(worst, Math.abs(theirs[k] - raw[k]) / Math.max(1, raw[k]));
    expect(worst).toBeGreaterThan(0.01);
  });
});

describe('betweenness: hand calculations and edge cases', () => {
  it('path a–b–c–d: raw b = c = 2, normalized 2/3; directed path: b = c = 2 too', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'c');
    g.mergeEdge('c', 'd');
    expect(betweenness(g, { normalized: false })).toEqual({ a: 0, b: 2, c: 2, d: 0 });
    const norm = betweenness(g);
    expect(norm.b).toBeCloseTo(2 / 3, 14); // 2 / ((n-1)(n-2)/2) = 2/3
    const d = new Graph({ type: 'directed' });
    d.mergeEdge('a', 'b');
    d.mergeEdge('b', 'c');
    d.mergeEdge('c', 'd');
    expect(betweenness(d, { normalized: false })).toEqual({ a: 0, b: 2, c: 2, d: 0 });
  });

  it('weighted square with equal-length alternatives splits the dependency: a→c via b and via d', () => {
    // a–b (1), b–c (2), a–d (2), d–c (1): two shortest a–c paths of length 3
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b', { weight: 1 });
    g.mergeEdge('b', 'c', { weight: 2 });
    g.mergeEdge('a', 'd', { weight: 2 });
    g.mergeEdge('d', 'c', { weight: 1 });
    // a–c: via b (1+2) or via d (2+1), so b and d get 1/2 each;
    // b–d: via a (1+2) or via c (2+1), so a and c get 1/2 each; the adjacent pairs route through nobody.
    expect(betweenness(g, { normalized: false })).toEqual({ a: 0.5, b: 0.5, c: 0.5, d: 0.5 });
  });

  it('empty graph, single node, two nodes: zeros (nothing to rescale)', () => {
    expect(betweenness(new Graph())).toEqual({});
    expect(betweenness(buildGraph('single'))).toEqual({ only: 0 });
    const two = new Graph({ type: 'undirected' });
    two.mergeEdge('a', 'b');
    expect(betweenness(two)).toEqual({ a: 0, b: 0 });
    // with endpoints, n = 2: each node is an endpoint of the one pair, as NetworkX (raw 1, normalized 1)
    expect(betweenness(two, { endpoints: true, normalized: false })).toEqual({ a: 1, b: 1 });
    expect(betweenness(two, { endpoints: true })).toEqual({ a: 1, b: 1 });
  });

  it('self-loops never lie on shortest paths', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'c');
    const withLoop = g.copy();
    withLoop.mergeEdge('b', 'b');
    expect(betweenness(withLoop)).toEqual(betweenness(g));
  });

  it('zero distances are an error listing every such edge; inverse treats weight 0 as no connection', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdgeWithKey('x', 'a', 'b', { weight: 0 });
    g.mergeEdgeWithKey('y', 'b', 'c', { weight: 1 });
    g.mergeEdgeWithKey('z', 'c', 'd', { weight: 0 });
    try {
      betweenness(g);
      expect.fail('should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ZonelinkError);
      expect((error as ZonelinkError).message).toMatch(/^betweenness:/);
      expect((error as ZonelinkError).issues.map((i) => i.id)).toEqual(['x', 'z']);
    }
    // inverse: a and d are cut off, b–c is a single edge
    expect(betweenness(g, { distance: 'inverse', normalized: false })).toEqual({ a: 0, b: 0, c: 0, d: 0 });
  });

  it('path lengths that overflow to Infinity are no path (no phantom ties)', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b', { weight: 1e308 });
    g.mergeEdge('b', 'c', { weight: 1e308 });
    g.mergeEdge('c', 'd', { weight: 1 });
    // a–c and a–d overflow: only b–d (via c) routes through anybody
    expect(betweenness(g, { normalized: false })).toEqual({ a: 0, b: 0, c: 1, d: 0 });
  });

  it('rejects NaN and negative weights, unknown distance rules and multigraphs', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdgeWithKey('bad', 'a', 'b', { weight: NaN });
    expect(() => betweenness(g)).toThrow(ZonelinkError);
    expect(() => betweenness(buildGraph('karate'), { distance: 'log' as never })).toThrow(/^betweenness: option distance/);
    const multi = new Graph({ multi: true, type: 'undirected' });
    multi.addNode('a');
    multi.addNode('b');
    multi.addEdge('a', 'b');
    multi.addEdge('a', 'b');
    expect(() => betweenness(multi)).toThrow(/^betweenness: the graph is a multigraph/);
  });
});

describe('betweenness: properties', () => {
  it('is invariant under permutation of node labels (insertion order and names)', () => {
    const spec = graphSpecs.digraph;
    const reference = betweenness(buildGraph('digraph'), { normalized: false });
    fc.assert(
      fc.property(fc.shuffledSubarray(spec.nodes, { minLength: spec.nodes.length, maxLength: spec.nodes.length }), (order) => {
        // rename node i to the i-th name of a shuffled list and insert in shuffled order
        const rename = new Map(spec.nodes.map((v, i) => [v, `n${order.indexOf(v)}`]));
        const g = new Graph({ type: 'directed' });
        for (const v of order) g.addNode(rename.get(v)!);
        for (const [s, t, w] of spec.edges) g.addEdge(rename.get(s)!, rename.get(t)!, { weight: w });
        const result = betweenness(g, { normalized: false });
        for (const v of spec.nodes) {
          expect(result[rename.get(v)!]).toBeCloseTo(reference[v], 10);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('scaling every distance by a constant leaves betweenness unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 1000 }), (factor) => {
        const g = buildGraph('karate');
        const scaled = betweenness(g, { weight: (_e, a) => factor * (a.weight as number) });
        expectRecordClose(scaled, networkx.karate.betweenness_weight_normalized, 1e-9);
      }),
      { numRuns: 10 },
    );
  });
});
