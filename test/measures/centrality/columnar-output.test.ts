import { describe, expect, expectTypeOf, it } from 'vitest';
import fc from 'fast-check';
import Graph from 'graphology';
import {
  approximateBetweenness,
  betweenness,
  closeness,
  degree,
  eigenvector,
  harmonic,
  hits,
  katz,
  nodeVectorRecord,
  pagerank,
  strength,
  type IterativeResult,
  type IterativeVectorResult,
  type NodeVector,
  type PageRankOptions,
} from '../../../src/measures/centrality/index.js';
import { compactAdjacency, type GraphInput } from '../../../src/network/compact-adjacency.js';
import { buildGraph, networkx } from './fixture-graphs.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

type Options = Record<string, unknown>;
/** A node-keyed measure run both ways: the record call and the vector call, turned into a record. */
interface Case {
  name: string;
  record: (g: GraphInput) => Record<string, number>;
  vector: (g: GraphInput) => NodeVector;
}

const exact = (name: string, f: (g: GraphInput, o: Options) => unknown, options: Options): Case => ({
  name: `${name} ${JSON.stringify(options)}`,
  record: (g) => f(g, options) as Record<string, number>,
  vector: (g) => f(g, { ...options, output: 'vector' }) as NodeVector,
});
const iterative = (name: string, f: (g: GraphInput, o: Options) => unknown, options: Options): Case => ({
  name: `${name} ${JSON.stringify(options)}`,
  record: (g) => (f(g, options) as IterativeResult).values,
  vector: (g) => f(g, { ...options, output: 'vector' }) as IterativeVectorResult,
});

const cases: Case[] = [
  exact('degree', degree as never, {}),
  exact('degree', degree as never, { mode: 'in' }),
  exact('degree', degree as never, { mode: 'out', normalized: true }),
  exact('strength', strength as never, {}),
  exact('strength', strength as never, { mode: 'in' }),
  exact('strength', strength as never, { mode: 'out', weight: null }),
  exact('betweenness', betweenness as never, {}),
  exact('betweenness', betweenness as never, { distance: 'inverse', endpoints: true }),
  exact('betweenness', betweenness as never, { weight: null, normalized: false }),
  exact('approximateBetweenness', approximateBetweenness as never, { samples: 1, seed: 3 }),
  exact('closeness', closeness as never, {}),
  exact('closeness', closeness as never, { disconnected: 'reachable', mode: 'out', weight: null }),
  exact('harmonic', harmonic as never, { distance: 'inverse' }),
  exact('harmonic', harmonic as never, { weight: null, normalized: true }),
  iterative('pagerank', pagerank as never, {}),
  iterative('pagerank', pagerank as never, { weight: null, alpha: 0.5 }),
  iterative('eigenvector', eigenvector as never, { maxIterations: 50 }),
  iterative('eigenvector', eigenvector as never, { weight: null, scale: 'max', maxIterations: 50 }),
  iterative('katz', katz as never, { alpha: 0.004 }), // < 1/λ_max: row sums ≤ 12 × 9
  iterative('katz', katz as never, { alpha: 0.01, weight: null, normalized: false }),
  {
    name: 'hits hubs',
    record: (g) => hits(g, { maxIterations: 50 }).hubs,
    vector: (g) => hits(g, { maxIterations: 50, output: 'vector' }).hubs,
  },
  {
    name: 'hits authorities (weight: null)',
    record: (g) => hits(g, { weight: null, maxIterations: 50 }).authorities,
    vector: (g) => hits(g, { weight: null, maxIterations: 50, output: 'vector' }).authorities,
  },
];

/** Random simple graphs with real-looking ids ("zone-12", "110105"), self-loops, isolated nodes, weights > 0. */
const randomGraph = fc
  .record({
    directed: fc.boolean(),
    weighted: fc.boolean(),
    n: fc.integer({ min: 0, max: 12 }),
    zoneIds: fc.boolean(),
    edges: fc.array(fc.tuple(fc.nat(11), fc.nat(11), fc.integer({ min: 1, max: 9 })), { maxLength: 30 }),
  })
  .map(({ directed, weighted, n, zoneIds, edges }) => {
    const g = new Graph({ type: directed ? 'directed' : 'undirected', allowSelfLoops: true });
    const id = (i: number) => (zoneIds ? `zone-${i}` : String(110100 + i));
    for (let i = n - 1; i >= 0; i--) g.addNode(id(i)); // insertion order ≠ sorted order
    if (n > 0) for (const [a, b, w] of edges) g.mergeEdge(id(a % n), id(b % n), weighted ? { weight: w } : {});
    return g;
  });

describe("output: 'vector' (columnar results)", () => {
  it('equals the record output for every measure, on random graphs and on their prebuilt adjacency', () => {
    fc.assert(
      fc.property(randomGraph, (g) => {
        const csr = compactAdjacency(g);
        for (const c of cases) {
          if (c.name.startsWith('approximateBetweenness') && g.order === 0) continue;
          for (const input of [g, csr] as GraphInput[]) {
            const vector = c.vector(input);
            expect(vector.values, c.name).toBeInstanceOf(Float64Array);
            expect(vector.nodes, c.name).toEqual(csr.nodes);
            expect(vector.values.length).toBe(csr.nodes.length);
            expect(nodeVectorRecord(vector), c.name).toEqual(c.record(input));
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("keeps the adjacency's node order, which is graph.nodes() order", () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('zone-9', 'zone-1');
    g.mergeEdge('zone-1', '110105');
    expect(degree(g, { output: 'vector' })).toEqual({ nodes: ['zone-9', 'zone-1', '110105'], values: Float64Array.from([1, 2, 1]) });
    const csr = compactAdjacency(g);
    const vector = strength(csr, { output: 'vector' });
    expect(vector.nodes).toBe(csr.nodes);
    expect(Array.from(vector.values)).toEqual([1, 2, 1]);
  });

  it('iterative measures carry iterations and converged beside the vector; HITS gives two vectors', () => {
    const g = buildGraph('karate');
    const record = pagerank(g, { tolerance: 1e-12 });
    const vector = pagerank(g, { tolerance: 1e-12, output: 'vector' });
    expect(vector.iterations).toBe(record.iterations);
    expect(vector.converged).toBe(true);
    const h = hits(g, { output: 'vector' });
    expect(h.hubs.nodes).toEqual(g.nodes());
    expect(h.authorities.values).not.toBe(h.hubs.values);
    expect(h.converged).toBe(true);
  });

  it('matches NetworkX through the vector too (weighted PageRank of Les Misérables, NetworkX 3.6 fixture)', () => {
    const expected = networkx.lesmis.pagerank_weight as Record<string, number>;
    const { nodes, values } = pagerank(compactAdjacency(buildGraph('lesmis')), { tolerance: 1e-13, output: 'vector' });
    expect(nodes.length).toBe(Object.keys(expected).length);
    nodes.forEach((node, i) => expect(values[i]).toBeCloseTo(expected[node], 8));
  });

  it('harmonic with nodes: the vector covers those nodes, in that order', () => {
    const g = buildGraph('karate');
    const picked = [g.nodes()[5], g.nodes()[0]];
    const vector = harmonic(g, { nodes: picked, output: 'vector' });
    expect(vector.nodes).toEqual(picked);
    expect(nodeVectorRecord(vector)).toEqual(harmonic(g, { nodes: picked }));
  });

  it('empty graphs give empty vectors', () => {
    const g = new Graph();
    expect(pagerank(g, { output: 'vector' }).values).toHaveLength(0);
    expect(eigenvector(g, { output: 'vector' }).values).toHaveLength(0);
    expect(katz(g, { output: 'vector' }).values).toHaveLength(0);
    expect(hits(g, { output: 'vector' }).hubs.values).toHaveLength(0);
    expect(betweenness(g, { output: 'vector' })).toEqual({ nodes: [], values: new Float64Array(0) });
  });

  it('rejects an unknown output, naming the function', () => {
    const g = buildGraph('karate');
    for (const [name, f] of [
      ['degree', () => degree(g, { output: 'table' } as never)],
      ['pagerank', () => pagerank(g, { output: 'columns' } as never)],
      ['hits', () => hits(g, { output: 1 } as never)],
    ] as const) {
      const error = zonelinkErrorOf(f);
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toMatch(new RegExp(`^${name}: option output`));
    }
  });

  it('types: the vector overload gives Float64Array, every other call keeps the record', () => {
    const g = buildGraph('karate');
    expectTypeOf(pagerank(g, { output: 'vector' }).values).toEqualTypeOf<Float64Array>();
    expectTypeOf(pagerank(g).values).toEqualTypeOf<Record<string, number>>();
    const options: PageRankOptions = { alpha: 0.9 };
    expectTypeOf(pagerank(g, options).values).toEqualTypeOf<Record<string, number>>();
    expectTypeOf(degree(g, { output: 'vector' })).toEqualTypeOf<NodeVector>();
    expectTypeOf(degree(g, { output: 'record' })).toEqualTypeOf<Record<string, number>>();
    expectTypeOf(hits(g, { output: 'vector' }).authorities.values).toEqualTypeOf<Float64Array>();
    expectTypeOf(approximateBetweenness(g, { samples: 3, output: 'vector' }).values).toEqualTypeOf<Float64Array>();
  });
});

describe('nodeVectorRecord', () => {
  it('rejects anything but { nodes, values: Float64Array } of equal lengths, naming itself', () => {
    for (const bad of [null, {}, { nodes: ['a'], values: [1] }, { nodes: ['a', 'b'], values: new Float64Array(1) }]) {
      const error = zonelinkErrorOf(() => nodeVectorRecord(bad as never));
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toMatch(/^nodeVectorRecord: /);
    }
  });
});
