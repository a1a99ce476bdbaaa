import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { degree, strength } from '../../../src/measures/centrality/index.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { buildGraph, expectRecordClose, graphsWith, networkx } from './fixture-graphs.js';

describe('degree (NetworkX 3.6 G.degree / *_degree_centrality)', () => {
  for (const name of graphsWith('degree_total')) {
    it(`${name}: total, in, out, normalized`, () => {
      const g = buildGraph(name);
      const ref = networkx[name];
      expectRecordClose(degree(g), ref.degree_total, 0);
      if (ref.degree_in) expectRecordClose(degree(g, { mode: 'in' }), ref.degree_in, 0);
      if (ref.degree_out) expectRecordClose(degree(g, { mode: 'out' }), ref.degree_out, 0);
      if (ref.degree_total_normalized) expectRecordClose(degree(g, { normalized: true }), ref.degree_total_normalized, 1e-12);
      if (ref.degree_in_normalized) expectRecordClose(degree(g, { mode: 'in', normalized: true }), ref.degree_in_normalized, 1e-12);
      if (ref.degree_out_normalized) expectRecordClose(degree(g, { mode: 'out', normalized: true }), ref.degree_out_normalized, 1e-12);
    });
  }

  it('self-loop convention, by hand: undirected loop counts 2, directed loop 1 in + 1 out', () => {
    const u = new Graph({ type: 'undirected' });
    u.mergeEdge('a', 'a');
    u.mergeEdge('a', 'b');
    expect(degree(u)).toEqual({ a: 3, b: 1 });
    const d = new Graph({ type: 'directed' });
    d.mergeEdge('a', 'a');
    d.mergeEdge('a', 'b');
    expect(degree(d, { mode: 'in' })).toEqual({ a: 1, b: 1 });
    expect(degree(d, { mode: 'out' })).toEqual({ a: 2, b: 0 });
    expect(degree(d)).toEqual({ a: 3, b: 1 });
  });

  it('ignores weights, and undirected graphs give the same for every mode', () => {
    const g = buildGraph('karate');
    expect(degree(g, { mode: 'in' })).toEqual(degree(g));
    expect(degree(g, { mode: 'out' })).toEqual(degree(g));
  });

  it('empty graph, single node (normalized → NaN), isolates', () => {
    expect(degree(new Graph())).toEqual({});
    const single = buildGraph('single');
    expect(degree(single)).toEqual({ only: 0 });
    expect(degree(single, { normalized: true }).only).toBeNaN();
    expect(degree(buildGraph('disconnected')).h).toBe(0);
  });

  it('rejects unknown modes, multigraphs and mixed graphs with a ZonelinkError naming degree', () => {
    expect(() => degree(buildGraph('karate'), { mode: 'both' as never })).toThrow(/^degree: option mode/);
    const multi = new Graph({ multi: true });
    multi.addNode('a');
    multi.addNode('b');
    multi.addUndirectedEdge('a', 'b');
    multi.addUndirectedEdge('a', 'b');
    expect(() => degree(multi)).toThrow(ZonelinkError);
    const mixed = new Graph();
    mixed.mergeDirectedEdge('a', 'b');
    mixed.mergeUndirectedEdge('b', 'c');
    expect(() => degree(mixed)).toThrow(/degree: the graph mixes/);
  });

  it('does not mutate the graph', () => {
    const g = buildGraph('karate');
    const before = JSON.stringify(g.export());
    degree(g, { normalized: true });
    strength(g);
    expect(JSON.stringify(g.export())).toBe(before);
  });
});

describe('strength (NetworkX 3.6 G.degree(weight=…), igraph strength(loops=True))', () => {
  for (const name of graphsWith('strength_total')) {
    it(`${name}`, () => {
      const g = buildGraph(name);
      const ref = networkx[name];
      expectRecordClose(strength(g), ref.strength_total, 1e-12);
      if (ref.strength_in) expectRecordClose(strength(g, { mode: 'in' }), ref.strength_in, 1e-12);
      if (ref.strength_out) expectRecordClose(strength(g, { mode: 'out' }), ref.strength_out, 1e-12);
    });
  }

  it('self-loops by hand: undirected counts 2w; directed w in + w out', () => {
    const u = new Graph({ type: 'undirected' });
    u.mergeEdge('a', 'a', { weight: 2.5 });
    u.mergeEdge('a', 'b', { weight: 1 });
    expect(strength(u)).toEqual({ a: 6, b: 1 });
    const d = new Graph({ type: 'directed' });
    d.mergeEdge('a', 'a', { weight: 2.5 });
    d.mergeEdge('a', 'b', { weight: 1 });
    expect(strength(d, { mode: 'in' })).toEqual({ a: 2.5, b: 1 });
    expect(strength(d, { mode: 'out' })).toEqual({ a: 3.5, b: 0 });
  });

  it('weight: null or a graph without weights gives the degree; weight functions work', () => {
    const g = buildGraph('lesmis');
    expect(strength(g, { weight: null })).toEqual(degree(g));
    expect(strength(buildGraph('florentine'))).toEqual(degree(buildGraph('florentine')));
    const doubled = strength(g, { weight: (_e, attributes) => 2 * (attributes.weight as number) });
    const single = strength(g);
    for (const k of Object.keys(single)) expect(doubled[k]).toBe(2 * single[k]);
  });

  it('rejects NaN, negative and partly missing weights, listing every edge', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdgeWithKey('e1', 'a', 'b', { weight: NaN });
    g.mergeEdgeWithKey('e2', 'b', 'c', { weight: -1 });
    g.mergeEdgeWithKey('e3', 'c', 'd', { weight: 1 });
    try {
      strength(g);
      expect.fail('should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ZonelinkError);
      expect((error as ZonelinkError).issues.map((i) => i.id)).toEqual(['e1', 'e2']);
      expect((error as ZonelinkError).message).toMatch(/^strength:/);
    }
  });
});
