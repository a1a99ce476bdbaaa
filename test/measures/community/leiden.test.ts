import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { leiden } from '../../../src/measures/community/leiden.js';
import { modularity } from '../../../src/measures/community/modularity.js';
import { nmi } from '../../../src/measures/community/partition-comparison.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { compactAdjacency } from '../../../src/network/compact-adjacency.js';
import { graphFromFixture, graphFromEdges, type FixtureGraph } from '../../fixtures/community/fixture-graph.js';
import { disconnectedCommunities } from '../../fixtures/community/connected-communities.js';

const reference = JSON.parse(readFileSync(new URL('../../fixtures/community/reference.json', import.meta.url), 'utf8')) as {
  graphs: Record<string, FixtureGraph & { planted?: Record<string, number> }>;
};
const igraph = JSON.parse(readFileSync(new URL('../../fixtures/community/reference-igraph.json', import.meta.url), 'utf8')) as {
  leiden: Record<string, { bestModularity: number; weighted: boolean }>;
};

describe('leiden', () => {
  // igraph's community_leiden(objective_function='modularity', n_iterations=-1), best of seeds 0–19.
  for (const name of ['karate', 'karate-weighted', 'lesmis', 'planted', 'weighted']) {
    it(`reaches igraph's best modularity on ${name} (best of 10 seeds ≥ igraph − 1e-6; every seed ≥ igraph − 0.02), with connected communities`, () => {
      const graph = graphFromFixture(reference.graphs[name]);
      const target = igraph.leiden[name].bestModularity;
      let best = -1;
      for (let seed = 0; seed < 10; seed++) {
        const result = leiden(graph, { seed });
        expect(result.modularity).toBeGreaterThanOrEqual(target - 0.02);
        expect(result.converged).toBe(true);
        expect(disconnectedCommunities(graph, result.partition)).toEqual([]);
        // the reported modularity is the modularity of the returned partition
        expect(result.modularity).toBeCloseTo(modularity(graph, result.partition), 12);
        expect(new Set(Object.values(result.partition)).size).toBe(result.communities);
        best = Math.max(best, result.modularity);
      }
      expect(best).toBeGreaterThanOrEqual(target - 1e-6);
    });
  }

  it('recovers a strongly planted partition (8 × 32, p_in 0.5, p_out 0.01): NMI = 1', () => {
    const fixture = reference.graphs.planted;
    const graph = graphFromFixture(fixture);
    for (const seed of [1, 2, 3]) {
      const { partition } = leiden(graph, { seed });
      expect(nmi(partition, fixture.planted!)).toBeCloseTo(1, 12);
    }
  });

  it('is deterministic for a seed', () => {
    const graph = graphFromFixture(reference.graphs.lesmis);
    const a = leiden(graph, { seed: 5 });
    const b = leiden(graph, { seed: 5 });
    expect(b).toEqual(a);
  });

  it('γ = 0 merges each connected component; a huge γ leaves singletons', () => {
    const g = graphFromEdges([['a', 'b'], ['b', 'c'], ['a', 'c'], ['d', 'e'], ['e', 'f'], ['d', 'f'], ['x', 'y']]);
    const zero = leiden(g, { resolution: 0 });
    expect(zero.communities).toBe(3);
    expect(zero.partition.a).toBe(zero.partition.c);
    expect(zero.partition.d).toBe(zero.partition.f);
    expect(zero.partition.a).not.toBe(zero.partition.d);
    expect(leiden(g, { resolution: 100 }).communities).toBe(8);
  });

  it('two triangles joined by an edge: the two triangles (Q = 6/7 − 1/2 by hand); isolates stay alone', () => {
    const g = graphFromEdges([['a', 'b'], ['b', 'c'], ['a', 'c'], ['d', 'e'], ['e', 'f'], ['d', 'f'], ['c', 'd']], { nodes: ['z'] });
    const r = leiden(g, { seed: 3 });
    expect(r.communities).toBe(3);
    expect(r.modularity).toBeCloseTo(6 / 7 - 1 / 2, 12);
    expect(new Set([r.partition.a, r.partition.b, r.partition.c]).size).toBe(1);
    expect(r.partition.z).not.toBe(r.partition.a);
    expect(r.partition.z).not.toBe(r.partition.d);
  });

  it('handles directed graphs (Leicht–Newman) and self-loops', () => {
    const directed = graphFromFixture(reference.graphs.directed);
    const r = leiden(directed, { seed: 1 });
    expect(r.modularity).toBeCloseTo(modularity(directed, r.partition), 12);
    expect(r.modularity).toBeGreaterThan(0.3);
    expect(disconnectedCommunities(directed, r.partition)).toEqual([]);
    const loops = graphFromEdges([['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['d', 'f'], ['a', 'a', 3]]);
    loops.forEachEdge((e, attr) => {
      if (attr.weight === undefined) loops.setEdgeAttribute(e, 'weight', 1);
    });
    const s = leiden(loops, { seed: 0 });
    expect(s.modularity).toBeCloseTo(modularity(loops, s.partition), 12);
    const triangles = modularity(loops, { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 });
    expect(s.modularity).toBeGreaterThanOrEqual(triangles - 1e-12);
  });

  it('finds the optimum found by enumerating every partition of small directed and undirected graphs', () => {
    // all set partitions as restricted growth strings; modularity() is checked against networkx elsewhere
    const bestByEnumeration = (g: Graph) => {
      const nodes = g.nodes();
      const labels = new Array<number>(nodes.length).fill(0);
      let best = -Infinity;
      const visit = (i: number, max: number) => {
        if (i === nodes.length) {
          best = Math.max(best, modularity(g, Object.fromEntries(nodes.map((v, k) => [v, labels[k]]))));
          return;
        }
        for (let c = 0; c <= max + 1; c++) {
          labels[i] = c;
          visit(i + 1, Math.max(max, c));
        }
      };
      labels[0] = 0;
      visit(1, 0);
      return best;
    };
    const directed = graphFromEdges(
      [['a', 'b', 2], ['b', 'c', 1], ['c', 'a', 1], ['c', 'd', 1], ['d', 'e', 3], ['e', 'f', 1], ['f', 'd', 1], ['g', 'd', 1], ['a', 'g', 1], ['b', 'a', 1]],
      { directed: true },
    );
    const undirected = graphFromEdges([
      ['a', 'b', 1], ['a', 'c', 2], ['b', 'c', 1], ['c', 'd', 1], ['d', 'e', 1], ['d', 'f', 2], ['e', 'f', 1], ['f', 'g', 1], ['g', 'h', 3], ['h', 'e', 1], ['a', 'h', 1],
    ]);
    for (const g of [directed, undirected]) {
      const optimum = bestByEnumeration(g);
      let best = -Infinity;
      for (let seed = 0; seed < 5; seed++) best = Math.max(best, leiden(g, { seed }).modularity);
      expect(best).toBeCloseTo(optimum, 12);
    }
  });

  it('maxIterations limits the iterations', () => {
    const graph = graphFromFixture(reference.graphs.lesmis);
    const r = leiden(graph, { seed: 0, maxIterations: 1 });
    expect(r.iterations).toBe(1);
  });

  it('gives the same result for a graph and its prebuilt compact adjacency (weighted, unweighted, weight: null, directed)', () => {
    for (const name of ['karate', 'lesmis', 'weighted', 'directed', 'planted']) {
      const graph = graphFromFixture(reference.graphs[name]);
      const csr = compactAdjacency(graph);
      for (const seed of [0, 1, 2]) {
        expect(leiden(csr, { seed })).toEqual(leiden(graph, { seed }));
        expect(leiden(csr, { seed, maxIterations: 1, resolution: 0.5 })).toEqual(leiden(graph, { seed, maxIterations: 1, resolution: 0.5 }));
      }
      // weight: null reads a weighted prebuilt adjacency as unweighted
      const unweighted = leiden(graph, { seed: 4, weight: null });
      expect(leiden(csr, { seed: 4, weight: null })).toEqual(unweighted);
      expect(leiden(compactAdjacency(graph, { weight: null }), { seed: 4 })).toEqual(unweighted);
    }
    // the weighted fixtures really are weighted: weight: null changes their modularity
    const lesmis = compactAdjacency(graphFromFixture(reference.graphs.lesmis));
    expect(leiden(lesmis, { seed: 4, weight: null }).modularity).not.toBeCloseTo(leiden(lesmis, { seed: 4 }).modularity, 6);
  });

  it('rejects all-zero, NaN and negative weights, empty graphs and bad options with ZonelinkError', () => {
    expect(() => leiden(graphFromEdges([['a', 'b', 0], ['b', 'c', 0]]))).toThrow(/^leiden: .*total edge weight 0/);
    expect(() => leiden(new Graph({ type: 'undirected' }))).toThrow(/leiden: the graph is empty/);
    try {
      leiden(graphFromEdges([['a', 'b', Number.NaN], ['b', 'c', -2], ['c', 'a', 1]]));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      expect((e as ZonelinkError).issues.map((i) => i.code)).toEqual(['invalid-weight', 'invalid-weight']);
    }
    const g = graphFromEdges([['a', 'b']]);
    expect(() => leiden(g, { randomness: 0 })).toThrow(/randomness/);
    expect(() => leiden(g, { maxIterations: 0 })).toThrow(/maxIterations/);
    expect(() => leiden(g, { seed: Number.NaN })).toThrow(/seed/);
    expect(() => leiden(g, { resolution: -1 })).toThrow(/resolution/);
  });

  it('property: communities are connected and Q ≥ Q(singletons) on random graphs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 30 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 80 }),
            fc.nat(1000),
          ),
        ),
        ([n, edges, seed]) => {
          const g = new Graph({ type: 'undirected' });
          for (let i = 0; i < n; i++) g.addNode(String(i));
          for (const [u, v, w] of edges) if (u !== v && !g.hasEdge(String(u), String(v))) g.addEdge(String(u), String(v), { weight: w });
          if (g.size === 0) return;
          const r = leiden(g, { seed });
          expect(disconnectedCommunities(g, r.partition)).toEqual([]);
          const singletons: Record<string, number> = {};
          g.forEachNode((node, _a) => {
            singletons[node] = Number(node);
          });
          expect(r.modularity).toBeGreaterThanOrEqual(modularity(g, singletons) - 1e-12);
        },
      ),
      { numRuns: 150 },
    );
  });
});
