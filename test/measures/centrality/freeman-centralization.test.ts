import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Graph from 'graphology';
import { density, freemanCentralization } from '../../../src/measures/centrality/index.js';
import { buildGraph, graphsWith, networkx } from './fixture-graphs.js';

describe('freemanCentralization: methods.md formulas over NetworkX 3.6 scores', () => {
  for (const name of graphsWith('centralization_betweenness')) {
    it(name, () => {
      const g = buildGraph(name);
      const ref = networkx[name];
      const unweighted = { weight: null };
      if (ref.centralization_degree !== undefined) {
        expect(freemanCentralization(g, 'degree', unweighted)).toBeCloseTo(ref.centralization_degree, 12);
      }
      if (ref.centralization_degree_in !== undefined) {
        expect(freemanCentralization(g, 'degree', { ...unweighted, mode: 'in' })).toBeCloseTo(ref.centralization_degree_in, 12);
        expect(freemanCentralization(g, 'degree', { ...unweighted, mode: 'out' })).toBeCloseTo(ref.centralization_degree_out, 12);
      }
      expect(freemanCentralization(g, 'betweenness', unweighted)).toBeCloseTo(ref.centralization_betweenness, 12);
      expect(freemanCentralization(g, 'closeness', unweighted)).toBeCloseTo(ref.centralization_closeness, 12);
      if (ref.centralization_strength !== undefined) {
        // weighted degree: strength, denominator × w_max
        expect(freemanCentralization(g, 'degree')).toBeCloseTo(ref.centralization_strength, 12);
        expect(freemanCentralization(g, 'betweenness')).toBeCloseTo(ref.centralization_betweenness_weight, 12);
      }
    });
  }

  const star = (n: number, type: 'undirected' | 'directed', inward = false) => {
    const g = new Graph({ type });
    g.addNode('hub');
    for (let i = 1; i < n; i++) (inward ? g.mergeEdge(`leaf${i}`, 'hub') : g.mergeEdge('hub', `leaf${i}`));
    return g;
  };

  it('a star has centralization 1 for degree, betweenness and closeness (property over n ≥ 3)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 40 }), (n) => {
        const g = star(n, 'undirected');
        expect(freemanCentralization(g, 'degree')).toBeCloseTo(1, 12);
        expect(freemanCentralization(g, 'betweenness')).toBeCloseTo(1, 12);
        expect(freemanCentralization(g, 'closeness')).toBeCloseTo(1, 12);
        expect(freemanCentralization(g, 'closeness', { disconnected: 'harmonic' })).toBeCloseTo(1, 12);
        // weighted star, every edge the same weight: still 1 (strength / w_max, closeness × d_min)
        const w = star(n, 'undirected');
        w.forEachEdge((e) => w.setEdgeAttribute(e, 'weight', 3.5));
        expect(freemanCentralization(w, 'degree')).toBeCloseTo(1, 12);
        expect(freemanCentralization(w, 'closeness')).toBeCloseTo(1, 12);
        // directed: the in-star for in-degree and in-closeness, the out-star for out-degree
        expect(freemanCentralization(star(n, 'directed', true), 'degree', { mode: 'in' })).toBeCloseTo(1, 12);
        expect(freemanCentralization(star(n, 'directed'), 'degree', { mode: 'out' })).toBeCloseTo(1, 12);
        expect(freemanCentralization(star(n, 'directed', true), 'closeness')).toBeCloseTo(1, 12);
        expect(freemanCentralization(star(n, 'directed'), 'closeness', { closenessMode: 'out' })).toBeCloseTo(1, 12);
        // directed betweenness: the star with arcs both ways; total degree too
        const both = star(n, 'directed');
        for (let i = 1; i < n; i++) both.mergeEdge(`leaf${i}`, 'hub');
        expect(freemanCentralization(both, 'betweenness')).toBeCloseTo(1, 12);
        expect(freemanCentralization(both, 'degree')).toBeCloseTo(1, 12);
      }),
      { numRuns: 20 },
    );
  });

  it('a complete graph or a ring has centralization 0', () => {
    const ring = new Graph({ type: 'undirected' });
    for (let i = 0; i < 7; i++) ring.mergeEdge(`v${i}`, `v${(i + 1) % 7}`);
    for (const m of ['degree', 'betweenness', 'closeness'] as const) expect(freemanCentralization(ring, m)).toBeCloseTo(0, 14);
  });

  it('n ≤ 2 → NaN; unknown measure throws', () => {
    const two = new Graph({ type: 'undirected' });
    two.mergeEdge('a', 'b');
    for (const m of ['degree', 'betweenness', 'closeness'] as const) {
      expect(freemanCentralization(two, m)).toBeNaN();
      expect(freemanCentralization(new Graph(), m)).toBeNaN();
    }
    expect(() => freemanCentralization(two, 'eigenvector' as never)).toThrow(/^freemanCentralization: measure/);
  });

  it('degree ignores self-loops', () => {
    const g = star(5, 'undirected');
    const looped = g.copy();
    looped.mergeEdge('hub', 'hub');
    expect(freemanCentralization(looped, 'degree')).toBe(freemanCentralization(g, 'degree'));
  });
});

describe('density', () => {
  for (const name of graphsWith('density')) {
    it(`${name} (NetworkX nx.density, self-loops excluded)`, () => {
      const g = buildGraph(name);
      const got = density(g);
      const ref = networkx[name].density;
      if (g.order < 2) expect(got).toBeNaN();
      else if (g.edges().some((e) => g.source(e) === g.target(e))) {
        // nx.density counts self-loops as edges; zonelink does not
        const loops = g.edges().filter((e) => g.source(e) === g.target(e)).length;
        const n = g.order;
        const expected = g.type === 'directed' ? (g.size - loops) / (n * (n - 1)) : (2 * (g.size - loops)) / (n * (n - 1));
        expect(got).toBeCloseTo(expected, 14);
        expect(ref).toBeCloseTo(g.type === 'directed' ? g.size / (n * (n - 1)) : (2 * g.size) / (n * (n - 1)), 14);
      } else expect(got).toBeCloseTo(ref, 14);
    });
  }
  it('by hand: undirected 1 edge of 3 possible; directed 1 of 6; n < 2 → NaN', () => {
    const u = new Graph({ type: 'undirected' });
    u.mergeEdge('a', 'b');
    u.addNode('c');
    expect(density(u)).toBeCloseTo(1 / 3, 15);
    const d = new Graph({ type: 'directed' });
    d.mergeEdge('a', 'b');
    d.addNode('c');
    expect(density(d)).toBeCloseTo(1 / 6, 15);
    expect(density(buildGraph('single'))).toBeNaN();
  });
});
