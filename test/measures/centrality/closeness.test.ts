import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { closeness, harmonic } from '../../../src/measures/centrality/index.js';
import { buildGraph, expectRecordClose, graphsWith, igraph, networkx } from './fixture-graphs.js';

describe('closeness against NetworkX 3.6 closeness_centrality', () => {
  const cases = [
    ['closeness_hop_component', { distance: null }],
    ['closeness_hop_reachable', { distance: null, disconnected: 'reachable' }],
    ['closeness_weight_component', {}],
    ['closeness_inverse_component', { distance: 'inverse' }],
    ['closeness_hop_component_out', { distance: null, mode: 'out' }],
  ] as const;
  for (const [key, options] of cases) {
    for (const name of graphsWith(key)) {
      it(`${name}: ${key}`, () => {
        expectRecordClose(closeness(buildGraph(name), options), networkx[name][key], 1e-12);
      });
    }
  }
  it("disconnected: 'harmonic' is the harmonic centrality divided by n − 1", () => {
    for (const name of graphsWith('harmonic_hop').filter((g) => g !== 'empty' && g !== 'single')) {
      const n = buildGraph(name).order;
      const expected = Object.fromEntries(Object.entries(networkx[name].harmonic_hop as Record<string, number>).map(([k, v]) => [k, v / (n - 1)]));
      expectRecordClose(closeness(buildGraph(name), { distance: null, disconnected: 'harmonic' }), expected, 1e-12);
    }
  });
});

describe('closeness against python-igraph closeness(normalized=True) (= reachable rule)', () => {
  for (const name of Object.keys(igraph).filter((k) => !k.startsWith('_') && igraph[k].closeness_hop_reachable_out)) {
    it(`${name}: modes in and out${igraph[name].closeness_weight_reachable_in ? ', weighted' : ''}`, () => {
      const g = buildGraph(name);
      // igraph gives NaN for a node that reaches nobody; zonelink defines it as 0
      const fix = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number.isNaN(v) ? 0 : v]));
      expectRecordClose(closeness(g, { distance: null, disconnected: 'reachable', mode: 'out' }), fix(igraph[name].closeness_hop_reachable_out), 1e-12);
      expectRecordClose(closeness(g, { distance: null, disconnected: 'reachable', mode: 'in' }), fix(igraph[name].closeness_hop_reachable_in), 1e-12);
      if (igraph[name].closeness_weight_reachable_in) {
        expectRecordClose(closeness(g, { disconnected: 'reachable', mode: 'in' }), fix(igraph[name].closeness_weight_reachable_in), 1e-12);
      }
    });
  }
});

describe('closeness: hand calculations and edge cases', () => {
  it('path a–b–c plus isolate d: Wasserman–Faust vs reachable vs harmonic', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'c');
    g.addNode('d');
    // b: r = 3, Σd = 2 → reachable 1, WF 1 · 2/3; a: Σd = 3 → 2/3, WF 2/3 · 2/3
    const wf = closeness(g);
    expect(wf.b).toBeCloseTo(2 / 3, 14);
    expect(wf.a).toBeCloseTo(4 / 9, 14);
    expect(wf.d).toBe(0);
    expect(closeness(g, { disconnected: 'reachable' })).toEqual({ a: 2 / 3, b: 1, c: 2 / 3, d: 0 });
    const h = closeness(g, { disconnected: 'harmonic' });
    expect(h.a).toBeCloseTo(1.5 / 3, 14);
    expect(h.b).toBeCloseTo(2 / 3, 14);
  });

  it('empty graph and single node', () => {
    expect(closeness(new Graph())).toEqual({});
    expect(closeness(buildGraph('single'))).toEqual({ only: 0 });
    expect(harmonic(buildGraph('single'), { normalized: true })).toEqual({ only: 0 });
  });

  it('rejects unknown rules and modes', () => {
    expect(() => closeness(buildGraph('karate'), { disconnected: 'ignore' as never })).toThrow(/^closeness: option disconnected/);
    expect(() => closeness(buildGraph('karate'), { mode: 'all' as never })).toThrow(/^closeness: option mode/);
  });
});

describe('harmonic against NetworkX 3.6 harmonic_centrality and igraph harmonic_centrality', () => {
  const cases = [
    ['harmonic_hop', { distance: null }],
    ['harmonic_weight', {}],
    ['harmonic_inverse', { distance: 'inverse' }],
    ['harmonic_hop_out', { distance: null, mode: 'out' }],
  ] as const;
  for (const [key, options] of cases) {
    for (const name of graphsWith(key)) {
      it(`${name}: ${key}`, () => {
        expectRecordClose(harmonic(buildGraph(name), options), networkx[name][key], 1e-12);
      });
    }
  }
  for (const name of Object.keys(igraph).filter((k) => !k.startsWith('_') && igraph[k].harmonic_hop_in)) {
    it(`${name}: igraph modes in/out${igraph[name].harmonic_inverse_in ? ', 1/w' : ''}`, () => {
      const g = buildGraph(name);
      expectRecordClose(harmonic(g, { distance: null }), igraph[name].harmonic_hop_in, 1e-12);
      expectRecordClose(harmonic(g, { distance: null, mode: 'out' }), igraph[name].harmonic_hop_out, 1e-12);
      if (igraph[name].harmonic_inverse_in) expectRecordClose(harmonic(g, { distance: 'inverse' }), igraph[name].harmonic_inverse_in, 1e-12);
    });
  }
  it('normalized divides by n − 1', () => {
    const g = buildGraph('karate');
    const raw = harmonic(g);
    const norm = harmonic(g, { normalized: true });
    for (const k of Object.keys(raw)) expect(norm[k]).toBeCloseTo(raw[k] / 33, 14);
  });
});
