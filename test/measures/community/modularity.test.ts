import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { modularity } from '../../../src/measures/community/modularity.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { compactAdjacency } from '../../../src/network/compact-adjacency.js';
import { graphFromFixture, graphFromEdges, type FixtureGraph } from '../../fixtures/community/fixture-graph.js';

const reference = JSON.parse(readFileSync(new URL('../../fixtures/community/reference.json', import.meta.url), 'utf8')) as {
  graphs: Record<string, FixtureGraph>;
  partitions: Record<string, Record<string, Record<string, number | string>>>;
  modularity: { graph: string; partition: string; resolution: number; weighted: boolean; modularity: number }[];
};

describe('modularity', () => {
  it('matches networkx.community.modularity on karate, Les Misérables, weighted, directed and planted graphs', () => {
    expect(reference.modularity.length).toBe(156);
    const graphs = new Map<string, Graph>();
    for (const c of reference.modularity) {
      if (!graphs.has(c.graph)) graphs.set(c.graph, graphFromFixture(reference.graphs[c.graph]));
      const q = modularity(graphs.get(c.graph)!, reference.partitions[c.graph][c.partition], {
        resolution: c.resolution,
        weight: c.weighted ? 'weight' : null,
      });
      expect(q).toBeCloseTo(c.modularity, 10);
    }
  });

  it('gives the same value for a graph and its prebuilt compact adjacency (weight: null reads it as unweighted)', () => {
    for (const c of reference.modularity) {
      const graph = graphFromFixture(reference.graphs[c.graph]);
      const partition = reference.partitions[c.graph][c.partition];
      const weight = c.weighted ? 'weight' : null;
      const expected = modularity(graph, partition, { resolution: c.resolution, weight });
      expect(modularity(compactAdjacency(graph), partition, { resolution: c.resolution, weight })).toBe(expected);
      expect(modularity(compactAdjacency(graph, { weight }), partition, { resolution: c.resolution })).toBe(expected);
    }
  });

  it('two triangles joined by an edge: Q = 2(3/7 − (7/14)²) = 6/7 − 1/2 by hand', () => {
    const g = graphFromEdges([['a', 'b'], ['b', 'c'], ['a', 'c'], ['d', 'e'], ['e', 'f'], ['d', 'f'], ['c', 'd']]);
    expect(modularity(g, { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 })).toBeCloseTo(6 / 7 - 1 / 2, 12);
    // γ = 2: 2(3/7 − 2·(1/2)²) = 6/7 − 1
    expect(modularity(g, { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 }, { resolution: 2 })).toBeCloseTo(6 / 7 - 1, 12);
    // one community: Q = 1 − 1 = 0
    expect(modularity(g, { a: 0, b: 0, c: 0, d: 0, e: 0, f: 0 })).toBeCloseTo(0, 12);
  });

  it('directed Leicht–Newman form by hand', () => {
    // arcs a→b, b→c, c→a, d→e, e→d, a→d; m = 6; {a,b,c}: L = 3, out 4, in 3; {d,e}: L = 2, out 2, in 3
    const g = graphFromEdges(
      [['a', 'b'], ['b', 'c'], ['c', 'a'], ['d', 'e'], ['e', 'd'], ['a', 'd']],
      { directed: true },
    );
    // Q = 5/6 − (4·3 + 2·3)/36 = 1/3
    expect(modularity(g, { a: 'x', b: 'x', c: 'x', d: 'y', e: 'y' })).toBeCloseTo(1 / 3, 12);
  });

  it('a self-loop counts once inside and twice in the strength', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b');
    g.mergeEdge('a', 'a');
    // m = 2; {a}: L = 1, d = 3; {b}: L = 0, d = 1 → 1/2 − 9/16 − 1/16
    expect(modularity(g, { a: 0, b: 1 })).toBeCloseTo(-0.125, 12);
  });

  it('isolated nodes do not change Q; labels 1 and "1" are different communities', () => {
    const g = graphFromEdges([['a', 'b'], ['c', 'd']], { nodes: ['z'] });
    expect(modularity(g, { a: 1, b: 1, c: '1', d: '1', z: 2 })).toBeCloseTo(0.5, 12);
    expect(modularity(g, { a: 1, b: 1, c: 1, d: 1, z: 2 })).toBeCloseTo(0, 12);
  });

  it('rejects partitions with missing, unknown or invalid labels, listing each', () => {
    const g = graphFromEdges([['a', 'b'], ['b', 'c']]);
    try {
      modularity(g, { a: 0, b: Number.NaN, x: 1 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      const err = e as ZonelinkError;
      expect(err.message).toMatch(/^modularity:/);
      expect(err.issues.map((i) => [i.code, i.id])).toEqual([
        ['invalid-label', 'b'],
        ['missing-label', 'c'],
        ['unknown-node', 'x'],
      ]);
    }
  });

  it('rejects zero total weight, invalid weights and resolutions', () => {
    const empty = new Graph({ type: 'undirected' });
    expect(() => modularity(empty, {})).toThrow(/modularity: .*total edge weight 0/);
    const zeros = graphFromEdges([['a', 'b', 0], ['b', 'c', 0]]);
    expect(() => modularity(zeros, { a: 0, b: 0, c: 1 })).toThrow(ZonelinkError);
    const nan = graphFromEdges([['a', 'b', Number.NaN], ['b', 'c', -1]]);
    try {
      modularity(nan, { a: 0, b: 0, c: 1 });
      expect.unreachable();
    } catch (e) {
      expect((e as ZonelinkError).issues).toHaveLength(2);
    }
    const g = graphFromEdges([['a', 'b']]);
    expect(() => modularity(g, { a: 0, b: 0 }, { resolution: -1 })).toThrow(/resolution/);
    expect(() => modularity(g, { a: 0, b: 0 }, { resolution: Number.NaN })).toThrow(ZonelinkError);
  });

  it('property: −1/2 ≤ Q ≤ 1 for γ = 1 on undirected weighted graphs, invariant to relabelling', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.double({ min: 0.01, max: 10, noNaN: true })), { minLength: 1, maxLength: 30 }),
            fc.array(fc.nat(4), { minLength: n, maxLength: n }),
          ),
        ),
        ([n, edges, labels]) => {
          const g = new Graph({ type: 'undirected' });
          for (let i = 0; i < n; i++) g.addNode(String(i));
          for (const [u, v, w] of edges) if (!g.hasEdge(String(u), String(v))) g.addEdge(String(u), String(v), { weight: w });
          const partition: Record<string, number> = {};
          const renamed: Record<string, string> = {};
          labels.forEach((c, i) => {
            partition[String(i)] = c;
            renamed[String(i)] = `c${(c * 7 + 3) % 11}`;
          });
          const q = modularity(g, partition);
          expect(q).toBeGreaterThanOrEqual(-0.5 - 1e-12);
          expect(q).toBeLessThanOrEqual(1 + 1e-12);
          expect(modularity(g, renamed)).toBeCloseTo(q, 12);
        },
      ),
      { numRuns: 200 },
    );
  });
});
