/**
 * Ported from NetworkX 2.8.8's
 * networkx/algorithms/centrality/tests/test_betweenness_centrality.py, classes
 * TestBetweennessCentrality and TestWeightedBetweennessCentrality: the same
 * graphs and parameters; the expected dicts are read from
 * test/fixtures/networkx-suite/answers.json, copied literally out of that test
 * file by extract.py (tolerances as there: abs 1e-7, or 1e-3 where NetworkX
 * uses it). The edge-betweenness classes are in networkx-edge-betweenness.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { betweenness } from '../../../src/measures/centrality/betweenness.js';
import { approximateBetweenness } from '../../../src/measures/centrality/approximate-betweenness.js';
import { completeGraph, expectApprox, fromEdges, krackhardtKite, namedGraph, pathGraph } from './nx-graphs.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

const answers = JSON.parse(readFileSync(new URL('../../fixtures/networkx-suite/answers.json', import.meta.url), 'utf8')).files[
  'algorithms/centrality/tests/test_betweenness_centrality.py'
];
/** The k-th dict literal of a NetworkX test. */
const answer = (test: string, k = 0): Record<string, number> => answers[test][k].value;
const halved = (a: Record<string, number>) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v / 2]));
const divided = (a: Record<string, number>, d: number) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v / d]));

const ladder = () => fromEdges([[0, 1], [0, 2], [1, 3], [2, 3], [2, 4], [4, 5], [3, 5]]);
const disconnectedPath = () => fromEdges([[0, 1], [1, 2], [3, 4], [4, 5], [5, 6]]);
const weightedG = () =>
  fromEdges([[0, 1, 3], [0, 2, 2], [0, 3, 6], [0, 4, 4], [1, 3, 5], [1, 5, 5], [2, 4, 1], [3, 4, 2], [3, 5, 1], [4, 5, 4]]);
const G2 = () =>
  fromEdges(
    [['s', 'u', 10], ['s', 'x', 5], ['u', 'v', 1], ['u', 'x', 2], ['v', 'y', 1], ['x', 'u', 3], ['x', 'v', 5], ['x', 'y', 2], ['y', 's', 7], ['y', 'v', 6]],
    { directed: true },
  );

describe('TestBetweennessCentrality', () => {
  const T = 'TestBetweennessCentrality.';
  it('test_K5', () => expectApprox(betweenness(completeGraph(5), { weight: null, normalized: false }), answer(T + 'test_K5')));
  it('test_K5_endpoints', () => {
    expectApprox(betweenness(completeGraph(5), { weight: null, normalized: false, endpoints: true }), answer(T + 'test_K5_endpoints', 0));
    expectApprox(betweenness(completeGraph(5), { weight: null, normalized: true, endpoints: true }), answer(T + 'test_K5_endpoints', 1));
  });
  it('test_P3_normalized', () => expectApprox(betweenness(pathGraph(3), { weight: null, normalized: true }), answer(T + 'test_P3_normalized')));
  it('test_P3', () => expectApprox(betweenness(pathGraph(3), { weight: null, normalized: false }), answer(T + 'test_P3')));
  it('test_sample_from_P3 (k = 3 = n sources: exact)', () => {
    expectApprox(approximateBetweenness(pathGraph(3), { samples: 3, weight: null, normalized: false, seed: 1 }), answer(T + 'test_sample_from_P3'));
  });
  it('test_P3_endpoints', () => {
    expectApprox(betweenness(pathGraph(3), { weight: null, normalized: false, endpoints: true }), answer(T + 'test_P3_endpoints', 0));
    expectApprox(betweenness(pathGraph(3), { weight: null, normalized: true, endpoints: true }), answer(T + 'test_P3_endpoints', 1));
  });
  it('test_krackhardt_kite_graph', () =>
    expectApprox(betweenness(krackhardtKite(), { weight: null, normalized: false }), halved(answer(T + 'test_krackhardt_kite_graph')), 1e-3));
  it('test_krackhardt_kite_graph_normalized', () =>
    expectApprox(betweenness(krackhardtKite(), { weight: null, normalized: true }), answer(T + 'test_krackhardt_kite_graph_normalized'), 1e-3));
  it('test_florentine_families_graph', () =>
    expectApprox(betweenness(namedGraph('florentine'), { weight: null, normalized: true }), answer(T + 'test_florentine_families_graph'), 1e-3));
  it('test_les_miserables_graph', () =>
    expectApprox(betweenness(namedGraph('lesmis'), { weight: null, normalized: true }), answer(T + 'test_les_miserables_graph'), 1e-3));
  it('test_ladder_graph', () => expectApprox(betweenness(ladder(), { weight: null, normalized: false }), halved(answer(T + 'test_ladder_graph')), 1e-3));
  it('test_disconnected_path', () =>
    expectApprox(betweenness(disconnectedPath(), { weight: null, normalized: false }), answer(T + 'test_disconnected_path')));
  it('test_disconnected_path_endpoints', () => {
    const a = answer(T + 'test_disconnected_path_endpoints');
    expectApprox(betweenness(disconnectedPath(), { weight: null, normalized: false, endpoints: true }), a);
    expectApprox(betweenness(disconnectedPath(), { weight: null, normalized: true, endpoints: true }), divided(a, 21));
  });
  it('test_directed_path', () => expectApprox(betweenness(pathGraph(3, true), { weight: null, normalized: false }), answer(T + 'test_directed_path')));
  it('test_directed_path_normalized', () =>
    expectApprox(betweenness(pathGraph(3, true), { weight: null, normalized: true }), answer(T + 'test_directed_path_normalized')));
});

describe('TestWeightedBetweennessCentrality', () => {
  const T = 'TestWeightedBetweennessCentrality.';
  it('test_K5', () => expectApprox(betweenness(completeGraph(5), { weight: 'weight', normalized: false }), answer(T + 'test_K5')));
  it('test_P3_normalized', () => expectApprox(betweenness(pathGraph(3), { weight: 'weight', normalized: true }), answer(T + 'test_P3_normalized')));
  it('test_P3', () => expectApprox(betweenness(pathGraph(3), { weight: 'weight', normalized: false }), answer(T + 'test_P3')));
  it('test_krackhardt_kite_graph', () =>
    expectApprox(betweenness(krackhardtKite(), { weight: 'weight', normalized: false }), halved(answer(T + 'test_krackhardt_kite_graph')), 1e-3));
  it('test_krackhardt_kite_graph_normalized', () =>
    expectApprox(betweenness(krackhardtKite(), { weight: 'weight', normalized: true }), answer(T + 'test_krackhardt_kite_graph_normalized'), 1e-3));
  it('test_florentine_families_graph', () =>
    expectApprox(betweenness(namedGraph('florentine'), { weight: 'weight', normalized: true }), answer(T + 'test_florentine_families_graph'), 1e-3));
  it('test_les_miserables_graph (weights are distances)', () =>
    expectApprox(betweenness(namedGraph('lesmis'), { weight: 'weight', normalized: true }), answer(T + 'test_les_miserables_graph'), 1e-3));
  it('test_ladder_graph', () =>
    expectApprox(betweenness(ladder(), { weight: 'weight', normalized: false }), halved(answer(T + 'test_ladder_graph')), 1e-3));
  it('test_G', () => expectApprox(betweenness(weightedG(), { weight: 'weight', normalized: false }), answer(T + 'test_G')));
  it('test_G2', () => expectApprox(betweenness(G2(), { weight: 'weight', normalized: false }), answer(T + 'test_G2')));
  it('test_G3 / test_G4 (multigraphs): zonelink takes simple graphs and says so', () => {
    const G = new Graph({ multi: true, type: 'undirected' });
    G.mergeNode('0');
    G.mergeNode('1');
    G.addEdge('0', '1');
    G.addEdge('0', '1');
    expect(zonelinkErrorOf(() => betweenness(G)).code).toBe('invalid-graph');
  });
});
