import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import fc from 'fast-check';
import { averageClustering, clustering, transitivity, triangles } from '../../../src/measures/clustering/index.js';
import { buildGraph, graphOf, igraph, names, networkx, specs } from '../../fixtures/whole-network/fixture-graphs.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';
import { expectProgressContract } from '../progress-contract.js';
import { compactAdjacency } from '../../../src/network/compact-adjacency.js';

function expectRecordClose(actual: Record<string, number>, expected: Record<string, number>, digits = 12): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const key of Object.keys(expected)) expect(actual[key], key).toBeCloseTo(expected[key], digits);
}

const complete = (n: number, directed = false, skip: [number, number][] = []) => {
  const edges: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    if (i === j || (!directed && j < i)) continue;
    if (skip.some(([a, b]) => a === i && b === j)) continue;
    edges.push([i, j]);
  }
  return graphOf(directed, edges, Array.from({ length: n }, (_, i) => i));
};
const path10 = (directed = false) => graphOf(directed, Array.from({ length: 9 }, (_, i) => [i, i + 1] as [number, number]));
// nx.cubical_graph(): the 3-cube
const cubical = () => graphOf(false, [[0, 1], [0, 3], [0, 4], [1, 2], [1, 7], [2, 3], [2, 6], [3, 5], [4, 5], [4, 7], [5, 6], [6, 7]]);
const values = (r: Record<string, number>) => Object.values(r);

describe('against NetworkX 2.8.8 (clustering, average_clustering, triangles, transitivity) and igraph 0.10.2', () => {
  for (const name of names(networkx)) {
    it(name, () => {
      const g = buildGraph(name);
      const ref = networkx[name];
      expectRecordClose(clustering(g), ref.clustering);
      if (ref.clustering_weight) expectRecordClose(clustering(g, { weight: 'weight' }), ref.clustering_weight);
      if (ref.average_clustering !== undefined) {
        expect(averageClustering(g)).toBeCloseTo(ref.average_clustering, 12);
        const nonzero = averageClustering(g, { countZeros: false });
        if (Number.isNaN(ref.average_clustering_nonzero)) expect(nonzero).toBeNaN();
        else expect(nonzero).toBeCloseTo(ref.average_clustering_nonzero, 12);
      }
      if (ref.average_clustering_weight !== undefined) expect(averageClustering(g, { weight: 'weight' })).toBeCloseTo(ref.average_clustering_weight, 12);
      // NetworkX on G.to_undirected() for digraphs; igraph transitivity_undirected ignores direction itself
      expect(triangles(g)).toEqual(ref.triangles);
      expect(transitivity(g)).toBeCloseTo(ref.transitivity, 14);
      const ig = igraph[name];
      if (ig.transitivity_undirected !== undefined && !Number.isNaN(ig.transitivity_undirected)) {
        expect(transitivity(g)).toBeCloseTo(ig.transitivity_undirected, 14);
      }
      if (ig.transitivity_local && !specs[name].edges.some(([u, v]) => u === v)) {
        expectRecordClose(clustering(g), ig.transitivity_local);
        expect(averageClustering(g)).toBeCloseTo(ig.transitivity_avglocal, 12);
      }
    });
  }
});

describe('networkx/algorithms/tests/test_cluster.py', () => {
  it('TestTriangles::test_empty, test_path, test_cubical', () => {
    expect(triangles(new Graph())).toEqual({});
    expect(values(triangles(path10()))).toEqual(new Array(10).fill(0));
    expect(values(triangles(cubical()))).toEqual(new Array(8).fill(0));
  });
  it('TestTriangles::test_k5 (self-edges ignored)', () => {
    expect(values(triangles(complete(5)))).toEqual([6, 6, 6, 6, 6]);
    expect(values(triangles(complete(5))).reduce((a, b) => a + b) / 3).toBe(10);
    const g = complete(5, false, [[1, 2]]);
    expect(values(triangles(g))).toEqual([5, 3, 3, 5, 5]);
    g.addEdge('3', '3');
    expect(values(triangles(g))).toEqual([5, 3, 3, 5, 5]);
  });
  it('TestDirectedClustering::test_clustering, test_path, test_k5, test_triangle_and_edge', () => {
    expect(clustering(new Graph({ type: 'directed' }))).toEqual({});
    expect(values(clustering(path10(true)))).toEqual(new Array(10).fill(0));
    expect(values(clustering(complete(5, true)))).toEqual([1, 1, 1, 1, 1]);
    expect(averageClustering(complete(5, true))).toBe(1);
    let g = complete(5, true, [[1, 2]]);
    expectRecordClose(clustering(g), { 0: 11 / 12, 1: 1, 2: 1, 3: 11 / 12, 4: 11 / 12 }, 15);
    g = complete(5, true, [[1, 2], [2, 1]]);
    expectRecordClose(clustering(g), { 0: 5 / 6, 1: 1, 2: 1, 3: 5 / 6, 4: 5 / 6 }, 15);
    const t = graphOf(true, [[0, 1], [1, 2], [2, 0], [0, 4]]);
    expect(clustering(t)['0']).toBeCloseTo(1 / 6, 15);
  });
  it('TestDirectedWeightedClustering::test_k5 and test_triangle_and_edge (weight 2 on 0 → 4: 1/12)', () => {
    expect(values(clustering(complete(5, true), { weight: 'weight' }))).toEqual([1, 1, 1, 1, 1]);
    expectRecordClose(clustering(complete(5, true, [[1, 2]]), { weight: 'weight' }), { 0: 11 / 12, 1: 1, 2: 1, 3: 11 / 12, 4: 11 / 12 }, 15);
    const t = graphOf(true, [[0, 1, 1], [1, 2, 1], [2, 0, 1], [0, 4, 2]]);
    expect(clustering(t)['0']).toBeCloseTo(1 / 6, 15);
    expect(clustering(t, { weight: 'weight' })['0']).toBeCloseTo(1 / 12, 15);
  });
  it('TestWeightedClustering::test_path, test_cubical, test_k5, test_triangle_and_edge (weight 2 on 0–4: 1/6)', () => {
    expect(values(clustering(path10(), { weight: 'weight' }))).toEqual(new Array(10).fill(0));
    expect(values(clustering(cubical(), { weight: 'weight' }))).toEqual(new Array(8).fill(0));
    expect(values(clustering(complete(5), { weight: 'weight' }))).toEqual([1, 1, 1, 1, 1]);
    expect(averageClustering(complete(5), { weight: 'weight' })).toBe(1);
    expectRecordClose(clustering(complete(5, false, [[1, 2]]), { weight: 'weight' }), { 0: 5 / 6, 1: 1, 2: 1, 3: 5 / 6, 4: 5 / 6 }, 15);
    const t = graphOf(false, [[0, 1, 1], [1, 2, 1], [2, 0, 1], [0, 4, 2]]);
    expect(clustering(t)['0']).toBeCloseTo(1 / 3, 15);
    expect(clustering(t, { weight: 'weight' })['0']).toBeCloseTo(1 / 6, 15);
  });
  it('TestWeightedClustering::test_triangle_and_signed_edge and TestClustering::test_k5_signed: zonelink refuses negative weights', () => {
    const g = graphOf(false, [[0, 1, -1], [1, 2, 1], [2, 0, 1], [3, 0, 0]]);
    expect(zonelinkErrorOf(() => clustering(g, { weight: 'weight' })).message).toMatch(/clustering/);
  });
  it('TestClustering::test_clustering, test_path, test_cubical, test_k5', () => {
    expect(clustering(new Graph())).toEqual({});
    expect(values(clustering(path10()))).toEqual(new Array(10).fill(0));
    expect(values(clustering(cubical()))).toEqual(new Array(8).fill(0));
    expect(values(clustering(complete(5)))).toEqual([1, 1, 1, 1, 1]);
    expect(averageClustering(complete(5))).toBe(1);
    const g = complete(5, false, [[1, 2]]);
    expectRecordClose(clustering(g), { 0: 5 / 6, 1: 1, 2: 1, 3: 5 / 6, 4: 5 / 6 }, 15);
    expect(clustering(g)['4']).toBe(0.83333333333333337);
  });
  it('TestTransitivity::test_transitivity, test_path, test_cubical, test_k5', () => {
    expect(transitivity(new Graph())).toBe(0);
    expect(transitivity(path10())).toBe(0);
    expect(transitivity(cubical())).toBe(0);
    expect(transitivity(complete(5))).toBe(1);
    expect(transitivity(complete(5, false, [[1, 2]]))).toBe(0.875);
  });
  it('TestAverageClustering::test_empty: NetworkX raises ZeroDivisionError, zonelink gives NaN', () => {
    expect(averageClustering(new Graph())).toBeNaN();
    expect(averageClustering(new Graph({ type: 'directed' }))).toBeNaN();
  });
  it('TestAverageClustering::test_average_clustering', () => {
    const g = graphOf(false, [[0, 1], [1, 2], [2, 0], [2, 3]]);
    expect(averageClustering(g)).toBe((1 + 1 + 1 / 3) / 4);
    expect(averageClustering(g, { countZeros: true })).toBe((1 + 1 + 1 / 3) / 4);
    expect(averageClustering(g, { countZeros: false })).toBe((1 + 1 + 1 / 3) / 3);
    expect(averageClustering(g, { nodes: ['1', '2', '3'] })).toBe((1 + 1 / 3) / 3);
    expect(averageClustering(g, { nodes: ['1', '2', '3'], countZeros: true })).toBe((1 + 1 / 3) / 3);
    expect(averageClustering(g, { nodes: ['1', '2', '3'], countZeros: false })).toBe((1 + 1 / 3) / 2);
  });
  it('TestDirectedAverageClustering::test_average_clustering', () => {
    const g = graphOf(true, [[0, 1], [1, 2], [2, 0], [2, 3]]);
    expect(averageClustering(g)).toBeCloseTo((1 + 1 + 1 / 3) / 8, 15);
    expect(averageClustering(g, { countZeros: false })).toBeCloseTo((1 + 1 + 1 / 3) / 6, 15);
    expect(averageClustering(g, { nodes: ['1', '2', '3'] })).toBeCloseTo((1 + 1 / 3) / 6, 15);
    expect(averageClustering(g, { nodes: ['1', '2', '3'], countZeros: false })).toBeCloseTo((1 + 1 / 3) / 4, 15);
  });
});

describe('edge cases', () => {
  it('all-zero weights give weighted clustering 0 (NetworkX divides by a zero maximum)', () => {
    const g = graphOf(false, [[0, 1, 0], [1, 2, 0], [2, 0, 0]]);
    expect(values(clustering(g, { weight: 'weight' }))).toEqual([0, 0, 0]);
    expect(values(clustering(g))).toEqual([1, 1, 1]);
  });
  it('weighted clustering is invariant to scaling all weights (normalised by the maximum)', () => {
    const a = clustering(buildGraph('lesmis'), { weight: 'weight' });
    const b = clustering(buildGraph('lesmis'), { weight: (_e, attr) => (attr.weight as number) * 1e6 });
    expectRecordClose(b, a, 12);
  });
  it('bad options throw ZonelinkError naming the function', () => {
    const g = graphOf(false, [[0, 1], [1, 2]]);
    expect(zonelinkErrorOf(() => averageClustering(g, { countZeros: 'no' as unknown as boolean })).message).toMatch(/averageClustering/);
    expect(zonelinkErrorOf(() => averageClustering(g, { nodes: ['9'] })).message).toMatch(/averageClustering.*9/);
  });
});

describe('properties', () => {
  const arbitrary = fc.record({
    directed: fc.boolean(),
    n: fc.integer({ min: 0, max: 12 }),
    edges: fc.array(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 9 })), { maxLength: 40 }),
  });
  it('transitivity and every local and average clustering coefficient lie in [0, 1]; triangles sum to a multiple of 3', () => {
    fc.assert(
      fc.property(arbitrary, ({ directed, n, edges }) => {
        const g = new Graph({ type: directed ? 'directed' : 'undirected', allowSelfLoops: true });
        for (let i = 0; i < n; i++) g.addNode(String(i));
        for (const [a, b, w] of edges) if (a < n && b < n) g.mergeEdge(String(a), String(b), { weight: w });
        const t = transitivity(g);
        expect(t).toBeGreaterThanOrEqual(0);
        expect(t).toBeLessThanOrEqual(1 + 1e-15);
        for (const weight of [null, 'weight']) {
          for (const c of values(clustering(g, { weight }))) {
            expect(c).toBeGreaterThanOrEqual(0);
            expect(c).toBeLessThanOrEqual(1 + 1e-12);
          }
        }
        expect(values(triangles(g)).reduce((a, b) => a + b, 0) % 3).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('declared options (docs/options.md) and progress', () => {
  it('unknown options are errors naming the function and the nearest option', () => {
    const g = graphOf(false, [[0, 1], [1, 2]]);
    expect(zonelinkErrorOf(() => averageClustering(g, { countZero: false } as never)).message).toMatch(/^averageClustering: unknown option countZero \(did you mean countZeros\?\)/);
    expect(zonelinkErrorOf(() => clustering(g, { weights: null } as never)).issues[0].code).toBe('unknown-option');
    expect(zonelinkErrorOf(() => triangles(g, { normalized: true } as never)).message).toMatch(/^triangles: unknown option normalized/);
    expect(zonelinkErrorOf(() => transitivity(g, null as never)).message).toMatch(/^transitivity: options must be an object/);
    expect(zonelinkErrorOf(() => averageClustering(g, { nodes: '0' as never })).message).toMatch(/^averageClustering: option nodes must be an array of node ids/);
  });
  for (const directed of [false, true]) {
    const g = () => buildGraph(directed ? 'digraph' : 'lesmis');
    it(`triangles, clustering, averageClustering and transitivity report per node and cancel (${directed ? 'directed' : 'undirected'})`, () => {
      const graph = g();
      const events = expectProgressContract('triangles', (p) => triangles(graph, p));
      expect(events.at(-1)).toEqual({ task: 'triangles', done: graph.order, total: graph.order, unit: 'nodes' });
      expectProgressContract('transitivity', (p) => transitivity(graph, p));
      expectProgressContract('clustering', (p) => clustering(graph, p));
      expectProgressContract('clustering', (p) => clustering(compactAdjacency(graph), { weight: 'weight', ...p }));
      expectProgressContract('averageClustering', (p) => averageClustering(graph, { countZeros: false, ...p }));
    });
  }
});
