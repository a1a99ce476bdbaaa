import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import fc from 'fast-check';
import { connectedComponents, stronglyConnectedComponents, type Components } from '../../../src/measures/paths/index.js';
import { compactAdjacency, type CompactAdjacency } from '../../../src/network/compact-adjacency.js';
import { buildGraph, graphOf, igraph, names, networkx, specs } from '../../fixtures/whole-network/fixture-graphs.js';

/** The components as node lists, in component-number order, nodes in graph order. */
function asLists(result: Components, nodes: string[]): string[][] {
  const lists: string[][] = Array.from({ length: result.count }, () => []);
  for (const v of nodes) lists[result.membership[v]].push(v);
  return lists;
}

/** Same partition (order of components and of nodes ignored). */
function expectPartition(result: Components, expected: (string | number)[][]): void {
  const norm = (sets: (string | number)[][]) => sets.map((s) => s.map(String).sort().join('|')).sort();
  const nodes = Object.keys(result.membership);
  expect(norm(asLists(result, nodes))).toEqual(norm(expected));
  expect(result.count).toBe(expected.length);
}

describe('components against NetworkX 2.8.8 and python-igraph 0.10.2 (test/fixtures/whole-network)', () => {
  for (const name of names(networkx)) {
    it(name, () => {
      const g = buildGraph(name);
      const nodes = specs[name].nodes;
      const ref = networkx[name];
      // the fixture lists components sorted by (−size, first node in graph order): zonelink's numbering
      if (specs[name].directed) {
        expect(asLists(connectedComponents(g), nodes)).toEqual(ref.weak_components);
        expect(asLists(stronglyConnectedComponents(g), nodes)).toEqual(ref.strong_components);
      } else {
        expect(asLists(connectedComponents(g), nodes)).toEqual(ref.components);
        expect(asLists(stronglyConnectedComponents(g), nodes)).toEqual(ref.components);
      }
      if (igraph[name].weak_components) {
        expect(asLists(connectedComponents(g), nodes)).toEqual(igraph[name].weak_components);
        expect(asLists(stronglyConnectedComponents(g), nodes)).toEqual(igraph[name].strong_components);
      }
    });
  }
});

// networkx/algorithms/components/tests/test_strongly_connected.py, TestStronglyConnected.setup_class
// (the same five digraphs open test_weakly_connected.py and test_connected.py)
const nxDigraphs: { edges: [number, number][]; nodes?: number[]; strong: number[][]; weak: number[][] }[] = [
  {
    edges: [[1, 2], [2, 3], [2, 8], [3, 4], [3, 7], [4, 5], [5, 3], [5, 6], [7, 4], [7, 6], [8, 1], [8, 7]],
    strong: [[3, 4, 5, 7], [1, 2, 8], [6]],
    weak: [[1, 2, 3, 4, 5, 6, 7, 8]],
  },
  { edges: [[1, 2], [1, 3], [1, 4], [4, 2], [3, 4], [2, 3]], strong: [[2, 3, 4], [1]], weak: [[1, 2, 3, 4]] },
  { edges: [[1, 2], [2, 3], [3, 2], [2, 1]], strong: [[1, 2, 3]], weak: [[1, 2, 3]] },
  // Eppstein's tests
  {
    edges: [[0, 1], [1, 2], [1, 3], [2, 4], [2, 5], [3, 4], [3, 5], [4, 6]],
    strong: [[0], [1], [2], [3], [4], [5], [6]],
    weak: [[0, 1, 2, 3, 4, 5, 6]],
  },
  { edges: [[0, 1], [1, 2], [1, 3], [1, 4], [2, 0], [2, 3], [3, 4], [4, 3]], strong: [[0, 1, 2], [3, 4]], weak: [[0, 1, 2, 3, 4]] },
];

describe('NetworkX components test suites', () => {
  it('test_strongly_connected.py::TestStronglyConnected::test_tarjan and test_number_strongly_connected_components', () => {
    for (const { edges, strong } of nxDigraphs) expectPartition(stronglyConnectedComponents(graphOf(true, edges)), strong);
  });
  it('test_weakly_connected.py::TestWeaklyConnected::test_weakly_connected_components (the same digraphs)', () => {
    for (const { edges, weak } of nxDigraphs) expectPartition(connectedComponents(graphOf(true, edges)), weak);
  });
  it('test_connected.py::TestConnected::test_connected_components (grid 2×2 ∪ lollipop(3,3) ∪ house, relabelled)', () => {
    const g = graphOf(false, [
      [0, 1], [0, 2], [1, 3], [2, 3], // grid_2d_graph(2, 2), sorted labels 0..3
      [4, 5], [4, 6], [5, 6], [6, 7], [7, 8], [8, 9], // lollipop_graph(3, 3) from 4
      [10, 11], [10, 12], [11, 13], [12, 13], [12, 14], [13, 14], // house_graph from 10
    ]);
    const result = connectedComponents(g);
    expectPartition(result, [[0, 1, 2, 3], [4, 5, 6, 7, 8, 9], [10, 11, 12, 13, 14]]);
    expect(result.sizes).toEqual([6, 5, 4]);
  });
  it('test_connected.py::TestConnected::test_number_connected_components2 (grid 4×4 is connected)', () => {
    const edges: [number, number][] = [];
    for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) {
      if (c < 3) edges.push([r * 4 + c + 1, r * 4 + c + 2]);
      if (r < 3) edges.push([r * 4 + c + 1, (r + 1) * 4 + c + 1]);
    }
    expect(connectedComponents(graphOf(false, edges)).count).toBe(1);
  });
  it('test_strongly_connected.py::test_null_graph and test_connected.py empty DiGraph: no components', () => {
    expect(stronglyConnectedComponents(new Graph({ type: 'directed' }))).toEqual({ count: 0, membership: {}, sizes: [] });
    expect(connectedComponents(new Graph({ type: 'directed' }))).toEqual({ count: 0, membership: {}, sizes: [] });
  });
});

describe('component numbering', () => {
  it('numbers by decreasing size, equal sizes by their first node in graph order', () => {
    // graph order: z (size 2 with y), a (size 2 with b), m (size 3 with n, o), lone
    const g = graphOf(false, [['z', 'y'], ['a', 'b'], ['m', 'n'], ['n', 'o']], ['z', 'a', 'm', 'lone']);
    const result = connectedComponents(g);
    expect(result.sizes).toEqual([3, 2, 2, 1]);
    expect(result.membership).toEqual({ z: 1, a: 2, m: 0, lone: 3, y: 1, b: 2, n: 0, o: 0 });
  });
  it('self-loops and weights do not matter; a compact adjacency gives the same result', () => {
    const g = graphOf(true, [['a', 'a', 5], ['a', 'b', 0], ['b', 'a', 2], ['c', 'c', 1]]);
    expect(stronglyConnectedComponents(g)).toEqual({ count: 2, membership: { a: 0, b: 0, c: 1 }, sizes: [2, 1] });
    expect(stronglyConnectedComponents(compactAdjacency(g))).toEqual(stronglyConnectedComponents(g));
    expect(connectedComponents(compactAdjacency(g))).toEqual(connectedComponents(g));
  });
  it('a multigraph is refused with a ZonelinkError naming the function', () => {
    const g = new Graph({ type: 'directed', multi: true });
    g.addNode('a');
    g.addNode('b');
    g.addEdge('a', 'b');
    g.addEdge('a', 'b');
    expect(() => stronglyConnectedComponents(g)).toThrow(/stronglyConnectedComponents/);
    expect(() => connectedComponents(g)).toThrow(/connectedComponents/);
  });
});

describe('no recursion: 200 000-node paths and cycles', () => {
  const n = 200_000;
  /** The compact adjacency of a directed path (or cycle) 0 → 1 → … → n − 1, built directly: graphology would take seconds. */
  function chain(cycle: boolean): CompactAdjacency {
    const m = cycle ? n : n - 1;
    const nodes = Array.from({ length: n }, (_, i) => String(i));
    const outOffsets = new Int32Array(n + 1);
    const inOffsets = new Int32Array(n + 1);
    const outTargets = new Int32Array(m);
    const inSources = new Int32Array(m);
    for (let i = 0; i < n; i++) {
      outOffsets[i + 1] = outOffsets[i] + (cycle || i + 1 < n ? 1 : 0);
      inOffsets[i + 1] = inOffsets[i] + (cycle || i > 0 ? 1 : 0);
    }
    for (let i = 0; i < n; i++) {
      if (outOffsets[i + 1] > outOffsets[i]) outTargets[outOffsets[i]] = (i + 1) % n;
      if (inOffsets[i + 1] > inOffsets[i]) inSources[inOffsets[i]] = (i - 1 + n) % n;
    }
    return {
      nodes,
      index: new Map(nodes.map((v, i) => [v, i])),
      directed: true,
      weighted: false,
      outOffsets,
      outTargets,
      outWeights: new Float64Array(m).fill(1),
      inOffsets,
      inSources,
      inWeights: new Float64Array(m).fill(1),
      edgeCount: m,
      selfLoopCount: 0,
    };
  }
  it('a directed path has n strong components of size 1 and one weak component', () => {
    const g = chain(false);
    const strong = stronglyConnectedComponents(g);
    expect(strong.count).toBe(n);
    expect(strong.membership['0']).toBe(0); // all of size 1: numbered in node order
    expect(strong.membership[String(n - 1)]).toBe(n - 1);
    expect(connectedComponents(g).sizes).toEqual([n]);
  });
  it('a directed cycle is one strong component', () => {
    expect(stronglyConnectedComponents(chain(true)).sizes).toEqual([n]);
  });
});

describe('properties', () => {
  const arbitraryGraph = fc.record({
    directed: fc.boolean(),
    n: fc.integer({ min: 0, max: 14 }),
    edges: fc.array(fc.tuple(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 13 })), { maxLength: 30 }),
  });
  const build = ({ directed, n, edges }: { directed: boolean; n: number; edges: [number, number][] }) => {
    const g = new Graph({ type: directed ? 'directed' : 'undirected', allowSelfLoops: true });
    for (let i = 0; i < n; i++) g.addNode(`v${i}`);
    for (const [a, b] of edges) if (a < n && b < n) g.mergeEdge(`v${a}`, `v${b}`);
    return g;
  };
  it('components partition the nodes; sizes are non-increasing and sum to n; strong components refine weak ones', () => {
    fc.assert(
      fc.property(arbitraryGraph, (spec) => {
        const g = build(spec);
        for (const result of [connectedComponents(g), stronglyConnectedComponents(g)]) {
          expect(Object.keys(result.membership).sort()).toEqual(g.nodes().sort());
          expect(result.sizes.reduce((a, b) => a + b, 0)).toBe(g.order);
          for (let c = 1; c < result.sizes.length; c++) expect(result.sizes[c]).toBeLessThanOrEqual(result.sizes[c - 1]);
          const counted = new Array(result.count).fill(0);
          for (const c of Object.values(result.membership)) counted[c]++;
          expect(counted).toEqual(result.sizes);
        }
        const weak = connectedComponents(g);
        const strong = stronglyConnectedComponents(g);
        const weakOf = new Map<number, number>();
        for (const v of g.nodes()) {
          const s = strong.membership[v];
          if (weakOf.has(s)) expect(weakOf.get(s)).toBe(weak.membership[v]);
          else weakOf.set(s, weak.membership[v]);
        }
        // every edge joins nodes of one weak component
        g.forEachEdge((_e, _a, u, v) => expect(weak.membership[u]).toBe(weak.membership[v]));
      }),
      { numRuns: 200 },
    );
  });
});
