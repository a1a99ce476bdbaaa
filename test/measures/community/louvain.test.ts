import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { louvain } from '../../../src/measures/community/louvain.js';
import { modularity } from '../../../src/measures/community/modularity.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { graphFromFixture, graphFromEdges, type FixtureGraph } from '../../fixtures/community/fixture-graph.js';

const reference = JSON.parse(readFileSync(new URL('../../fixtures/community/reference.json', import.meta.url), 'utf8')) as {
  graphs: Record<string, FixtureGraph>;
};
const igraph = JSON.parse(readFileSync(new URL('../../fixtures/community/reference-igraph.json', import.meta.url), 'utf8')) as {
  leiden: Record<string, { bestModularity: number }>;
};

describe('louvain', () => {
  it('same seed → same partition; the reported modularity is that of the partition', () => {
    const graph = graphFromFixture(reference.graphs.lesmis);
    const a = louvain(graph, { seed: 11 });
    const b = louvain(graph, { seed: 11 });
    expect(b).toEqual(a);
    expect(a.modularity).toBeCloseTo(modularity(graph, a.partition), 12);
    expect(a.communities).toBe(new Set(Object.values(a.partition)).size);
  });

  it('comes within 0.01 of igraph’s best Leiden modularity on karate, Les Misérables and the planted graph', () => {
    for (const name of ['karate', 'karate-weighted', 'lesmis', 'planted']) {
      const graph = graphFromFixture(reference.graphs[name]);
      let best = -1;
      for (let seed = 0; seed < 5; seed++) best = Math.max(best, louvain(graph, { seed }).modularity);
      expect(best).toBeGreaterThanOrEqual(igraph.leiden[name].bestModularity - 0.01);
    }
  });

  it('uses weights: weight null, an attribute, a function', () => {
    const graph = graphFromFixture(reference.graphs['karate-weighted']);
    const unweighted = louvain(graph, { seed: 1, weight: null });
    expect(unweighted.modularity).toBeCloseTo(modularity(graph, unweighted.partition, { weight: null }), 12);
    const fn = louvain(graph, { seed: 1, weight: (_e, attr) => (attr.weight as number) * 2 });
    const attr = louvain(graph, { seed: 1 });
    expect(fn.modularity).toBeCloseTo(attr.modularity, 12); // scaling weights leaves Q unchanged
  });

  it('resolution and directed graphs', () => {
    const directed = graphFromFixture(reference.graphs.directed);
    const r = louvain(directed, { seed: 2 });
    expect(r.modularity).toBeCloseTo(modularity(directed, r.partition), 12);
    const karate = graphFromFixture(reference.graphs.karate);
    const fine = louvain(karate, { seed: 0, resolution: 3 });
    expect(fine.modularity).toBeCloseTo(modularity(karate, fine.partition, { resolution: 3 }), 12);
    expect(fine.communities).toBeGreaterThan(louvain(karate, { seed: 0 }).communities);
  });

  it('does not mutate the input and accepts a default (mixed-type) graph holding only undirected edges', () => {
    const g = new Graph();
    for (const [a, b] of [['a', 'b'], ['b', 'c'], ['a', 'c'], ['d', 'e'], ['e', 'f'], ['d', 'f'], ['c', 'd']]) g.mergeUndirectedEdge(a, b);
    const before = JSON.stringify(g.export());
    const r = louvain(g, { seed: 4 });
    expect(JSON.stringify(g.export())).toBe(before);
    expect(r.modularity).toBeCloseTo(6 / 7 - 1 / 2, 12); // the two triangles, by hand
  });

  it('guards the dependency: all-zero, NaN, negative weights and empty graphs throw ZonelinkError, not NaN modularity', () => {
    expect(() => louvain(graphFromEdges([['a', 'b', 0], ['b', 'c', 0]]))).toThrow(/^louvain: .*total edge weight 0/);
    expect(() => louvain(new Graph({ type: 'undirected' }))).toThrow(ZonelinkError);
    try {
      louvain(graphFromEdges([['a', 'b', Number.NaN], ['b', 'c', -1], ['c', 'a', 2]]));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      expect((e as ZonelinkError).message).toMatch(/^louvain:/);
      expect((e as ZonelinkError).issues).toHaveLength(2);
    }
    expect(() => louvain(graphFromEdges([['a', 'b']]), { seed: Number.POSITIVE_INFINITY })).toThrow(/seed/);
  });
});
