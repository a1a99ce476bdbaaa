/**
 * Ported from NetworkX 2.8.8's networkx/algorithms/tests/test_core.py (class
 * TestCore: same graphs, their expected values) and from igraph's
 * tests/unit/coreness.c / coreness.out (igraph commit e8e03b245), plus
 * igraph `coreness(mode=)` and NetworkX `k_truss` on the fixture graphs
 * (test/fixtures/conventions/generate.py).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { coreNumbers } from '../../../src/measures/structure/core-numbers.js';
import { kTruss } from '../../../src/measures/structure/k-truss.js';
import { buildGraph } from '../centrality/fixture-graphs.js';
import { completeGraph, fromEdges, range } from './nx-graphs.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

/** TestCore.setup_class: Batagelj & Zaversnik (2003) Figure 1. */
function batageljZaversnik(): Graph {
  const tetra = (offset: number): [number, number][] =>
    [[1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4]].map(([a, b]) => [a + offset, b + offset]);
  const G = fromEdges([
    ...tetra(0),
    ...tetra(4),
    [3, 7], [2, 11], [11, 5], [11, 12], [5, 12], [12, 19], [12, 18], [3, 9], [7, 9], [7, 10], [9, 10], [9, 20],
    [17, 13], [13, 14], [14, 15], [15, 16], [16, 13],
  ]);
  G.addNode('21');
  return G;
}

/** TestCore.setup_class: havel_hakimi_graph([0, 1, 2, 2, 2, 2, 3]) relabelled (its edges as NetworkX builds them). */
function havelHakimi(): Graph {
  return fromEdges([[1, 3], [2, 5], [2, 4], [5, 6], [4, 6], [3, 6]], { nodes: range(7) });
}

function nodesByCore(core: Record<string, number>, value: number): number[] {
  return Object.keys(core).filter((n) => core[n] === value).map(Number).sort((a, b) => a - b);
}

describe('test_core.py TestCore', () => {
  it('test_trivial', () => {
    expect(coreNumbers(new Graph())).toEqual({});
  });
  it('test_core_number', () => {
    const core = coreNumbers(batageljZaversnik());
    expect(nodesByCore(core, 0)).toEqual([21]);
    expect(nodesByCore(core, 1)).toEqual([17, 18, 19, 20]);
    expect(nodesByCore(core, 2)).toEqual([9, 10, 11, 12, 13, 14, 15, 16]);
    expect(nodesByCore(core, 3)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
  it('test_core_number2', () => {
    const core = coreNumbers(havelHakimi());
    expect(nodesByCore(core, 0)).toEqual([0]);
    expect(nodesByCore(core, 1)).toEqual([1, 3]);
    expect(nodesByCore(core, 2)).toEqual([2, 4, 5, 6]);
  });
  it('test_directed_core_number', () => {
    const G = fromEdges([[1, 2], [2, 1], [2, 3], [2, 4], [3, 4], [4, 3]], { directed: true });
    expect(coreNumbers(G)).toEqual({ 1: 2, 2: 2, 3: 2, 4: 2 });
    for (const [u, v] of [[1, 5], [3, 5], [4, 5], [3, 6], [4, 6], [5, 6]]) G.mergeEdge(String(u), String(v));
    expect(coreNumbers(G)).toEqual({ 1: 3, 2: 3, 3: 3, 4: 3, 5: 3, 6: 3 });
  });
  it('test_k_truss', () => {
    const G = batageljZaversnik();
    const sortedNodes = (k: number) => kTruss(G, k).nodes.map(Number).sort((a, b) => a - b);
    for (const k of [-1, 0, 1, 2]) expect(sortedNodes(k)).toEqual(range(21).slice(1));
    expect(sortedNodes(3)).toEqual(range(13).slice(1));
    expect(sortedNodes(4)).toEqual(range(9).slice(1));
    expect(sortedNodes(5)).toEqual([]);
  });
  // test_main_core, test_k_core, test_k_crust, test_k_shell, test_k_corona and
  // test_onion_layers test subgraph functions zonelink does not offer (the k-core
  // is the set of nodes with coreNumbers ≥ k).
});

describe('igraph tests/unit/coreness.out', () => {
  it('Empty graph: ( ); Singleton graph: ( 0 )', () => {
    expect(coreNumbers(new Graph())).toEqual({});
    const one = new Graph();
    one.addNode('0');
    expect(coreNumbers(one)).toEqual({ 0: 0 });
  });
  it('Full graph: ( 4 4 4 4 4 )', () => {
    expect(Object.values(coreNumbers(completeGraph(5)))).toEqual([4, 4, 4, 4, 4]);
  });
  it('Full directed graph: ALL ( 8 … ), OUT ( 4 … ), IN ( 4 … )', () => {
    const G = completeGraph(5, true);
    expect(Object.values(coreNumbers(G, { mode: 'all' }))).toEqual([8, 8, 8, 8, 8]);
    expect(Object.values(coreNumbers(G, { mode: 'out' }))).toEqual([4, 4, 4, 4, 4]);
    expect(Object.values(coreNumbers(G, { mode: 'in' }))).toEqual([4, 4, 4, 4, 4]);
  });
  it('Zachary karate club', () => {
    const expected = [4, 4, 4, 4, 3, 3, 3, 4, 4, 2, 3, 1, 2, 4, 2, 2, 2, 2, 2, 3, 2, 2, 2, 3, 3, 3, 2, 3, 3, 3, 4, 3, 4, 4];
    const core = coreNumbers(buildGraph('karate'));
    expect(range(34).map((i) => core[String(i)])).toEqual(expected);
  });
  // "Full graph with loops" and the directed karate with randomly removed edges
  // are not ported: zonelink rejects self-loops, and the removal uses igraph's RNG.
});

const reference = JSON.parse(readFileSync(new URL('../../fixtures/conventions/reference.json', import.meta.url), 'utf8'));
describe.each(['karate', 'florentine', 'lesmis', 'digraph', 'disconnected', 'disconnected_directed', 'star6'])('%s against igraph and NetworkX', (name) => {
  const r = reference.graphs[name];
  const g = buildGraph(name);
  it.each(['all', 'in', 'out'] as const)('coreNumbers mode %s equals igraph coreness(mode=)', (mode) => {
    expect(coreNumbers(g, { mode })).toEqual(r[`igraph_coreness_${mode}`]);
  });
  it.runIf(r.k_truss_3 !== undefined).each([3, 4, 5])('kTruss k = %i equals NetworkX k_truss', (k) => {
    const truss = kTruss(g, k);
    expect([...truss.nodes].sort()).toEqual(r[`k_truss_${k}`].nodes);
    const pairs = truss.edges.map((e) => [g.source(e), g.target(e)].sort()).sort();
    expect(pairs).toEqual(r[`k_truss_${k}`].edges);
  });
});

describe('kTruss and coreNumbers edge cases', () => {
  it('kTruss: two triangles sharing b–c plus a pendant', () => {
    const G = new Graph({ type: 'undirected' });
    for (const [key, a, b] of [['ab', 'a', 'b'], ['ac', 'a', 'c'], ['bc', 'b', 'c'], ['bd', 'b', 'd'], ['cd', 'c', 'd'], ['de', 'd', 'e']]) G.mergeEdgeWithKey(key, a, b);
    // hand check: each triangle edge lies on ≥ 1 triangle, d–e on none
    expect(kTruss(G, 3)).toEqual({ nodes: ['a', 'b', 'c', 'd'], edges: ['ab', 'ac', 'bc', 'bd', 'cd'] });
    // k = 4 needs 2 triangles per edge: only b–c has them, and removing the others leaves it with none
    expect(kTruss(G, 4)).toEqual({ nodes: [], edges: [] });
  });
  it('kTruss rejects directed graphs, self-loops and non-integer k; coreNumbers rejects a bad mode', () => {
    expect(zonelinkErrorOf(() => kTruss(completeGraph(3, true), 3)).code).toBe('invalid-graph');
    const loop = completeGraph(3);
    loop.addEdge('0', '0');
    expect(zonelinkErrorOf(() => kTruss(loop, 3)).code).toBe('invalid-graph');
    expect(zonelinkErrorOf(() => kTruss(completeGraph(3), 2.5)).message).toMatch(/^kTruss:/);
    expect(zonelinkErrorOf(() => coreNumbers(completeGraph(3), { mode: 'both' as never })).message).toMatch(/^coreNumbers:/);
  });
});
