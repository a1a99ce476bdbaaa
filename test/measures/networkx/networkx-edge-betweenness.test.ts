/**
 * Ported from NetworkX 2.8.8's own tests:
 * networkx/algorithms/centrality/tests/test_betweenness_centrality.py,
 * classes TestEdgeBetweennessCentrality and TestWeightedEdgeBetweennessCentrality
 * (same graphs, same parameters, their hard-coded expected values, abs 1e-7).
 */
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { edgeBetweenness } from '../../../src/measures/centrality/edge-betweenness.js';
import { compactAdjacency } from '../../../src/network/compact-adjacency.js';
import { balancedTree, completeGraph, cycleGraph, expectApprox, fromEdges, pathGraph } from './nx-graphs.js';
import { zonelinkErrorOf as thrownError } from '../../zonelink-error-of.js';

const allEdges = (g: Graph, value: number) => Object.fromEntries(g.edges().map((e) => [e, value]));
const scaled = (answer: Record<string, number>, divisor: number) =>
  Object.fromEntries(Object.entries(answer).map(([k, v]) => [k, v / divisor]));

describe('TestEdgeBetweennessCentrality', () => {
  it('test_K5', () => {
    const G = completeGraph(5);
    expectApprox(edgeBetweenness(G, { weight: null, normalized: false }), allEdges(G, 1));
  });
  it('test_normalized_K5', () => {
    const G = completeGraph(5);
    expectApprox(edgeBetweenness(G, { weight: null, normalized: true }), allEdges(G, 1 / 10));
  });
  it('test_C4', () => {
    const G = cycleGraph(4);
    const b = edgeBetweenness(G, { weight: null, normalized: true });
    // NetworkX lists the closing edge as (0, 3); zonelink's key is 3-0
    expectApprox(b, scaled({ '0-1': 2, '3-0': 2, '1-2': 2, '2-3': 2 }, 6));
  });
  it('test_P4', () => {
    expectApprox(edgeBetweenness(pathGraph(4), { weight: null, normalized: false }), { '0-1': 3, '1-2': 4, '2-3': 3 });
  });
  it('test_normalized_P4', () => {
    expectApprox(edgeBetweenness(pathGraph(4), { weight: null, normalized: true }), scaled({ '0-1': 3, '1-2': 4, '2-3': 3 }, 6));
  });
  it('test_balanced_tree', () => {
    const b = edgeBetweenness(balancedTree(2, 2), { weight: null, normalized: false });
    expectApprox(b, { '0-1': 12, '0-2': 12, '1-3': 6, '1-4': 6, '2-5': 6, '2-6': 6 });
  });
});

const eList: [number, number, number][] = [
  [0, 1, 5], [0, 2, 4], [0, 3, 3], [0, 4, 2], [1, 2, 4], [1, 3, 1], [1, 4, 3], [2, 4, 5], [3, 4, 4],
];
const weightedAnswer = {
  '0-1': 0.0, '0-2': 1.0, '0-3': 2.0, '0-4': 1.0, '1-2': 2.0, '1-3': 3.5, '1-4': 1.5, '2-4': 1.0, '3-4': 0.5,
};

describe('TestWeightedEdgeBetweennessCentrality', () => {
  it('test_K5 (no weight attribute: unweighted)', () => {
    const G = completeGraph(5);
    expectApprox(edgeBetweenness(G, { weight: 'weight', normalized: false }), allEdges(G, 1));
  });
  it('test_C4', () => {
    expectApprox(edgeBetweenness(cycleGraph(4), { weight: 'weight', normalized: false }), { '0-1': 2, '3-0': 2, '1-2': 2, '2-3': 2 });
  });
  it('test_P4', () => {
    expectApprox(edgeBetweenness(pathGraph(4), { weight: 'weight', normalized: false }), { '0-1': 3, '1-2': 4, '2-3': 3 });
  });
  it('test_balanced_tree', () => {
    const b = edgeBetweenness(balancedTree(2, 2), { weight: 'weight', normalized: false });
    expectApprox(b, { '0-1': 12, '0-2': 12, '1-3': 6, '1-4': 6, '2-5': 6, '2-6': 6 });
  });
  it('test_weighted_graph', () => {
    expectApprox(edgeBetweenness(fromEdges(eList), { weight: 'weight', normalized: false }), weightedAnswer);
  });
  it('test_normalized_weighted_graph', () => {
    const G = fromEdges(eList);
    const norm = (G.order * (G.order - 1)) / 2;
    expectApprox(edgeBetweenness(G, { weight: 'weight', normalized: true }), scaled(weightedAnswer, norm));
  });
  it('test_weighted_multigraph / test_normalized_weighted_multigraph: zonelink takes simple graphs only', () => {
    const G = new Graph({ multi: true, type: 'undirected' });
    G.mergeNode('0');
    G.mergeNode('1');
    G.addEdge('0', '1', { weight: 5 });
    G.addEdge('0', '1', { weight: 4 });
    expect(thrownError(() => edgeBetweenness(G)).code).toBe('invalid-graph');
  });
});

describe('edgeBetweenness: zonelink conventions and edge cases', () => {
  it('a directed path counts ordered pairs without halving', () => {
    // hand count: 0→1 lies on 0→1, 0→2, 0→3 (3 paths); 1→2 on 0→2, 0→3, 1→2, 1→3 (4)
    expectApprox(edgeBetweenness(pathGraph(4, true), { normalized: false }), { '0-1': 3, '1-2': 4, '2-3': 3 });
  });
  it('self-loops get 0 and do not change the other edges', () => {
    const G = pathGraph(3);
    G.addEdgeWithKey('loop', '1', '1');
    expect(edgeBetweenness(G, { normalized: false })).toEqual({ '0-1': 2, '1-2': 2, loop: 0 });
  });
  it('empty and one-node graphs give {}', () => {
    expect(edgeBetweenness(new Graph())).toEqual({});
    const one = new Graph();
    one.addNode('a');
    expect(edgeBetweenness(one)).toEqual({});
  });
  it('disconnected: unreachable pairs contribute nothing', () => {
    const G = fromEdges([[0, 1], [2, 3]]);
    expect(edgeBetweenness(G, { normalized: false })).toEqual({ '0-1': 1, '2-3': 1 });
  });
  it("distance: 'inverse' drops weight-0 edges (0) and uses 1/w", () => {
    // triangle a-b (w 4 → length 0.25), b-c (w 4), a-c (w 1 → length 1): a–c goes through b
    const G = fromEdges([['a', 'b', 4], ['b', 'c', 4], ['a', 'c', 1], ['c', 'd', 0]]);
    expect(edgeBetweenness(G, { distance: 'inverse', normalized: false })).toEqual({ 'a-b': 2, 'b-c': 2, 'a-c': 0, 'c-d': 0 });
  });
  it('cutoff keeps only paths of length ≤ cutoff', () => {
    // P4 with cutoff 1: every edge carries only its own pair
    expect(edgeBetweenness(pathGraph(4), { normalized: false, cutoff: 1 })).toEqual({ '0-1': 1, '1-2': 1, '2-3': 1 });
    expect(edgeBetweenness(pathGraph(4), { normalized: false, cutoff: 2 })).toEqual({ '0-1': 2, '1-2': 3, '2-3': 2 });
  });
  it('path counts beyond 2^32 stay exact (Float64)', () => {
    // a chain of 40 diamonds has 2^40 shortest end-to-end paths; each diamond edge carries half of the pairs through it
    const edges: [string, string][] = [];
    for (let i = 0; i < 40; i++) edges.push([`h${i}`, `u${i}`], [`h${i}`, `l${i}`], [`u${i}`, `h${i + 1}`], [`l${i}`, `h${i + 1}`]);
    const b = edgeBetweenness(fromEdges(edges), { normalized: false });
    expect(b[`h0-u0`]).toBeCloseTo(b[`h0-l0`], 9);
    expect(Number.isFinite(b['h39-u39'])).toBe(true);
  });
  it('rejects a compact adjacency, bad options and zero distances with ZonelinkError', () => {
    const G = pathGraph(3);
    expect(thrownError(() => edgeBetweenness(compactAdjacency(G))).message).toMatch(/^edgeBetweenness:/);
    expect(thrownError(() => edgeBetweenness(G, { normalized: 1 as never })).code).toBe('invalid-argument');
    expect(thrownError(() => edgeBetweenness(G, { cutoff: -1 })).code).toBe('invalid-argument');
    expect(thrownError(() => edgeBetweenness(fromEdges([[0, 1, 0]]))).code).toBe('invalid-weight');
  });
});

/**
 * Ported from igraph's tests/unit/igraph_edge_betweenness.c and its expected
 * output igraph_edge_betweenness.out (igraph commit e8e03b245): raw values,
 * edges in igraph's edge-id order (printed there to 6 significant digits).
 */
describe('igraph tests/unit/igraph_edge_betweenness.out', () => {
  const inOrder = (G: Graph) => {
    const b = edgeBetweenness(G, { normalized: false });
    return (cutoff?: number) => {
      const values = cutoff === undefined ? b : edgeBetweenness(G, { normalized: false, cutoff });
      return G.edges().map((e) => values[e]);
    };
  };
  it('Null graph: ( ) and Edgeless graph on 3 vertices: ( )', () => {
    expect(edgeBetweenness(new Graph())).toEqual({});
    expect(edgeBetweenness(fromEdges([], { nodes: [0, 1, 2] }))).toEqual({});
  });
  it('Small directed graph, unweighted: ( 5 5 15 14 13 6 6 )', () => {
    const G = fromEdges([[1, 0], [2, 0], [0, 3], [3, 4], [4, 5], [5, 0], [5, 6]], { directed: true });
    expect(inOrder(G)()).toEqual([5, 5, 15, 14, 13, 6, 6]);
  });
  it('Small undirected graph 1, unweighted, cutoff=2: ( 4 3 3 2 )', () => {
    const G = fromEdges([[0, 1], [0, 2], [0, 3], [1, 4]]);
    expect(inOrder(G)(2)).toEqual([4, 3, 3, 2]);
  });
  it('Small undirected graph 2, unweighted, cutoff=2: ( 3 3 3 4 3 4 3 4 4 3 3 3 )', () => {
    const G = fromEdges([[0, 1], [0, 3], [1, 2], [1, 4], [2, 5], [3, 4], [3, 6], [4, 5], [4, 7], [5, 8], [6, 7], [7, 8]]);
    expect(inOrder(G)(2)).toEqual([3, 3, 3, 4, 3, 4, 3, 4, 4, 3, 3, 3]);
  });
  it('Testing eids parameter edge selection, full: path 0–4 → ( 4 6 6 4 )', () => {
    expect(inOrder(pathGraph(5))()).toEqual([4, 6, 6, 4]);
  });
  // "Small undirected graph 3" has parallel edges (zonelink takes simple graphs);
  // Zachary's edges are in igraph's own edge order, covered against python-igraph in
  // test/measures/centrality/conventions.test.ts instead.
});
