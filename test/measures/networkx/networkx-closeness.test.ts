/**
 * Ported from NetworkX 2.8.8's
 * networkx/algorithms/centrality/tests/test_closeness_centrality.py (class
 * TestClosenessCentrality; the incremental_closeness_centrality tests are not
 * ported: zonelink has no incremental closeness) and test_harmonic_centrality.py
 * (class TestClosenessCentrality there). Same graphs and parameters; expected
 * dicts from test/fixtures/networkx-suite/answers.json (copied literally by
 * extract.py), abs 1e-3 as in NetworkX.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { closeness } from '../../../src/measures/centrality/closeness.js';
import { harmonic } from '../../../src/measures/centrality/harmonic.js';
import { balancedTree, completeGraph, cycleGraph, expectApprox, fromEdges, krackhardtKite, namedGraph, pathGraph } from './nx-graphs.js';

const files = JSON.parse(readFileSync(new URL('../../fixtures/networkx-suite/answers.json', import.meta.url), 'utf8')).files;
const closenessAnswers = files['algorithms/centrality/tests/test_closeness_centrality.py'];
const harmonicAnswers = files['algorithms/centrality/tests/test_harmonic_centrality.py'];
const c = (test: string, k = 0): Record<string, number> => closenessAnswers[`TestClosenessCentrality.${test}`][k].value;
const h = (test: string, k = 0): Record<string, number> => harmonicAnswers[`TestClosenessCentrality.${test}`][k].value;
const abs = 1e-3;

describe('test_closeness_centrality.py TestClosenessCentrality', () => {
  it('test_wf_improved', () => {
    const G = fromEdges([[0, 1], [1, 2], [2, 3], [4, 5], [5, 6]]);
    expectApprox(closeness(G), c('test_wf_improved', 0), abs);
    expectApprox(closeness(G, { disconnected: 'reachable' }), c('test_wf_improved', 1), abs);
  });
  it('test_digraph', () => {
    expectApprox(closeness(pathGraph(3, true)), c('test_digraph', 0), abs);
    const reversed = fromEdges([[1, 0], [2, 1]], { directed: true });
    expectApprox(closeness(reversed), c('test_digraph', 1), abs);
  });
  it('test_k5_closeness', () => expectApprox(closeness(completeGraph(5)), c('test_k5_closeness'), abs));
  it('test_p3_closeness', () => expectApprox(closeness(pathGraph(3)), c('test_p3_closeness'), abs));
  it('test_krackhardt_closeness', () => expectApprox(closeness(krackhardtKite()), c('test_krackhardt_closeness'), abs));
  it('test_florentine_families_closeness', () => expectApprox(closeness(namedGraph('florentine')), c('test_florentine_families_closeness'), abs));
  it('test_les_miserables_closeness (unweighted: NetworkX closeness has distance=None)', () =>
    expectApprox(closeness(namedGraph('lesmis'), { weight: null }), c('test_les_miserables_closeness'), abs));
  it('test_weighted_closeness', () => {
    const XG = fromEdges([['s', 'u', 10], ['s', 'x', 5], ['u', 'v', 1], ['u', 'x', 2], ['v', 'y', 1], ['x', 'u', 3], ['x', 'v', 5], ['x', 'y', 2], ['y', 's', 7], ['y', 'v', 6]]);
    expectApprox(closeness(XG, { weight: 'weight' }), c('test_weighted_closeness'), abs);
  });
});

describe('test_harmonic_centrality.py TestClosenessCentrality', () => {
  const hop = { weight: null } as const;
  it('test_p3_harmonic', () => expectApprox(harmonic(pathGraph(3), hop), h('test_p3_harmonic'), abs));
  it('test_p4_harmonic', () => expectApprox(harmonic(pathGraph(4), hop), h('test_p4_harmonic'), abs));
  it('test_clique_complete', () => expectApprox(harmonic(completeGraph(5), hop), h('test_clique_complete'), abs));
  it('test_cycle_C4', () => expectApprox(harmonic(cycleGraph(4), hop), h('test_cycle_C4'), abs));
  it('test_cycle_C5 (NetworkX checks the keys of the result only: node 5 of its dict is not in C5)', () => {
    const result = harmonic(cycleGraph(5), hop);
    const expected = h('test_cycle_C5');
    for (const key of Object.keys(result)) expect(Math.abs(result[key] - expected[key])).toBeLessThanOrEqual(abs);
  });
  it('test_bal_tree', () => expectApprox(harmonic(balancedTree(2, 2), hop), h('test_bal_tree'), abs));
  it('test_exampleGraph', () => {
    const Gb = fromEdges([[0, 1], [0, 2], [0, 4], [2, 1], [2, 3], [4, 3]], { directed: true });
    expectApprox(harmonic(Gb, hop), h('test_exampleGraph'), abs);
  });
  it('test_weighted_harmonic', () => {
    const XG = fromEdges([['a', 'b', 10], ['d', 'c', 5], ['a', 'c', 1], ['e', 'f', 2], ['f', 'c', 1], ['a', 'f', 3]], { directed: true });
    expectApprox(harmonic(XG, { weight: 'weight' }), h('test_weighted_harmonic'), abs);
  });
  it('test_empty', () => expect(harmonic(new Graph({ type: 'directed' }))).toEqual({}));
  it('test_singleton', () => {
    const G = new Graph({ type: 'directed' });
    G.addNode('0');
    expect(harmonic(G)).toEqual({ 0: 0 });
  });
  it('test_cycle_c4_directed (nbunch=[0, 1], sources=[1, 2])', () => {
    const result = harmonic(cycleGraph(4, true), { ...hop, nodes: ['0', '1'], sources: ['1', '2'] });
    expect(Object.keys(result)).toEqual(['0', '1']);
    expectApprox(result, h('test_cycle_c4_directed'), abs);
  });
  it('test_p3_harmonic_subset (sources=[0, 1])', () =>
    expectApprox(harmonic(pathGraph(3), { ...hop, sources: ['0', '1'] }), h('test_p3_harmonic_subset'), abs));
  it('test_p4_harmonic_subset (nbunch=[2, 3], sources=[0, 1])', () =>
    expectApprox(harmonic(pathGraph(4), { ...hop, nodes: ['2', '3'], sources: ['0', '1'] }), h('test_p4_harmonic_subset'), abs));
});
