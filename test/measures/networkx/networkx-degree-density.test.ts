/**
 * Ported from NetworkX 2.8.8's
 * networkx/algorithms/centrality/tests/test_degree_centrality.py (class
 * TestDegreeCentrality) and networkx/classes/tests/test_function.py
 * (TestFunction.test_density, test_density_selfloop): the same graphs, their
 * hard-coded values copied here.
 *
 * Conventions that differ (documented in zonelink, so ported as zonelink's
 * documented value with NetworkX's beside it):
 * - one node: NetworkX's degree centrality is 1 and its density 0; zonelink
 *   returns NaN for both (0/0: no other node, no possible tie).
 * - self-loops in density: NetworkX counts a self-loop in m but not among the
 *   n(n − 1) possible ties (so its density can exceed 1: 2.0 in
 *   test_density_selfloop). zonelink either leaves loops out of both
 *   (`loops: false`, R sna `gden`) or counts them in both (`loops: true`,
 *   igraph); no option reproduces NetworkX's mix. The expected values below
 *   for those graphs are hand calculations.
 */
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { degree } from '../../../src/measures/centrality/degree.js';
import { density } from '../../../src/measures/centrality/density.js';
import { completeGraph, expectApprox, fromEdges, krackhardtKite, pathGraph } from './nx-graphs.js';

const round3 = (values: Record<string, number>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v.toFixed(3))]));

describe('test_degree_centrality.py TestDegreeCentrality', () => {
  // setup_method's Florentine families F (15 families: no Pucci) and the digraph G
  const F = () =>
    fromEdges([
      ['Acciaiuoli', 'Medici'], ['Castellani', 'Peruzzi'], ['Castellani', 'Strozzi'], ['Castellani', 'Barbadori'],
      ['Medici', 'Barbadori'], ['Medici', 'Ridolfi'], ['Medici', 'Tornabuoni'], ['Medici', 'Albizzi'], ['Medici', 'Salviati'],
      ['Salviati', 'Pazzi'], ['Peruzzi', 'Strozzi'], ['Peruzzi', 'Bischeri'], ['Strozzi', 'Ridolfi'], ['Strozzi', 'Bischeri'],
      ['Ridolfi', 'Tornabuoni'], ['Tornabuoni', 'Guadagni'], ['Albizzi', 'Ginori'], ['Albizzi', 'Guadagni'],
      ['Bischeri', 'Guadagni'], ['Guadagni', 'Lamberteschi'],
    ]);
  const G = () => fromEdges([[0, 5], [1, 5], [2, 5], [3, 5], [4, 5], [5, 6], [5, 7], [5, 8]], { directed: true });

  it('test_degree_centrality_1: K5 → 1 everywhere', () => {
    expectApprox(degree(completeGraph(5), { normalized: true }), { 0: 1, 1: 1, 2: 1, 3: 1, 4: 1 });
  });
  it('test_degree_centrality_2: P3', () => {
    expectApprox(degree(pathGraph(3), { normalized: true }), { 0: 0.5, 1: 1, 2: 0.5 });
  });
  it('test_degree_centrality_3: Krackhardt kite (3 decimals)', () => {
    const exact = { 0: 0.444, 1: 0.444, 2: 0.333, 3: 0.667, 4: 0.333, 5: 0.556, 6: 0.556, 7: 0.333, 8: 0.222, 9: 0.111 };
    expectApprox(round3(degree(krackhardtKite(), { normalized: true })), exact);
  });
  it('test_degree_centrality_4: Florentine families (3 decimals, sorted names)', () => {
    const dcs = [0.071, 0.214, 0.143, 0.214, 0.214, 0.071, 0.286, 0.071, 0.429, 0.071, 0.214, 0.214, 0.143, 0.286, 0.214];
    const graph = F();
    const names = graph.nodes().sort();
    expect(names).toHaveLength(15);
    const exact = Object.fromEntries(names.map((name, i) => [name, dcs[i]]));
    const got = round3(degree(graph, { normalized: true }));
    expect(Object.keys(got).sort()).toEqual(names);
    expectApprox(got, exact);
  });
  it('test_indegree_centrality', () => {
    expectApprox(degree(G(), { mode: 'in', normalized: true }), { 0: 0.0, 1: 0.0, 2: 0.0, 3: 0.0, 4: 0.0, 5: 0.625, 6: 0.125, 7: 0.125, 8: 0.125 });
  });
  it('test_outdegree_centrality', () => {
    expectApprox(degree(G(), { mode: 'out', normalized: true }), { 0: 0.125, 1: 0.125, 2: 0.125, 3: 0.125, 4: 0.125, 5: 0.375, 6: 0.0, 7: 0.0, 8: 0.0 });
  });
  it('test_small_graph_centrality: empty digraph → {}; one node → NetworkX 1, zonelink NaN (documented 0/0)', () => {
    for (const mode of ['total', 'in', 'out'] as const) {
      expect(degree(new Graph({ type: 'directed' }), { mode, normalized: true })).toEqual({});
      const one = new Graph({ type: 'directed' });
      one.addNode('0');
      expect(degree(one, { mode, normalized: true })['0']).toBeNaN();
    }
  });
});

describe('test_function.py TestFunction', () => {
  // nx.Graph({0: [1, 2, 3], 1: [1, 2, 0], 4: []}) and the DiGraph from the same dict
  const adjacency: [number, number][] = [[0, 1], [0, 2], [0, 3], [1, 1], [1, 2], [1, 0]];
  const nodes = [0, 1, 2, 3, 4];
  it('test_density: NetworkX 0.5 (G) and 0.3 (DG) count the loop (1, 1) in m only; zonelink: loops out of both, or in both', () => {
    const G = fromEdges(adjacency, { nodes });
    const DG = fromEdges(adjacency, { directed: true, nodes });
    // G: 5 edges, one a loop, n = 5. NetworkX 2·5/(5·4) = 0.5.
    expect(density(G)).toBeCloseTo((2 * 4) / (5 * 4), 15); // 0.4
    expect(density(G, { loops: true })).toBeCloseTo((2 * 5) / (5 * 6), 15); // 1/3
    // DG: 6 arcs, one a loop. NetworkX 6/(5·4) = 0.3.
    expect(density(DG)).toBeCloseTo(5 / (5 * 4), 15); // 0.25
    expect(density(DG, { loops: true })).toBeCloseTo(6 / (5 * 5), 15); // 0.24
    // one isolated node: NetworkX 0.0; zonelink NaN (no possible tie)
    const one = new Graph({ type: 'undirected' });
    one.addNode('1');
    expect(density(one)).toBeNaN();
  });
  it('test_density_selfloop: NetworkX 0.0 then 2.0; zonelink NaN / 1 (loops: true 0 / 1/3 … 2/3)', () => {
    const G = fromEdges([[1, 1]]);
    expect(density(G)).toBeNaN(); // NetworkX 0.0 (n = 1)
    expect(density(G, { loops: true })).toBe(1); // 1 loop of 1 possible self-tie
    const H = fromEdges([[1, 1], [1, 2]]);
    expect(density(H)).toBe(1); // NetworkX 2·2/(2·1) = 2.0; without the loop 1 of 1 possible tie
    expect(density(H, { loops: true })).toBeCloseTo((2 * 2) / (2 * 3), 15); // 2/3
  });
});
