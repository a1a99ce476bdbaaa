/**
 * Ported from NetworkX 2.8.8's
 * networkx/algorithms/centrality/tests/test_katz_centrality.py: the same graphs,
 * α and β, their hard-coded values and tolerances. `katz_centrality` and
 * `katz_centrality_numpy` expect the same values, so each numpy test runs the
 * one zonelink `katz` (iterated to a tight tolerance for the 1e-7 cases).
 *
 * Not ported, with the reason:
 * - `nstart` (the second half of test_K5): zonelink always starts from 0 and
 *   has no starting-vector option; the fixed point does not depend on it.
 * - test_maxiter: `max_iter=0` raises in NetworkX; zonelink rejects
 *   maxIterations 0 as an invalid argument and reports `converged: false` when
 *   the iterations run out (checked below with maxIterations 1).
 * - TestKatzEigenvectorVKatz.test_eigenvector_v_katz_random: it needs
 *   gnp_random_graph(10, 0.5, seed=1234) from Python's random stream and
 *   α = 1/λ_max exactly, where the Katz series diverges; katz_centrality_numpy
 *   solves the (singular) linear system instead, zonelink iterates the series.
 */
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { katz } from '../../../src/measures/centrality/katz.js';
import { eigenvector } from '../../../src/measures/centrality/eigenvector.js';
import { completeGraph, expectApprox, fromEdges, pathGraph } from './nx-graphs.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

const tight = { tolerance: 1e-13, maxIterations: 10000 };
const P3answer = { 0: 0.5598852584152165, 1: 0.6107839182711449, 2: 0.5598852584152162 };
const multipleAlpha: Record<number, Record<number, number>> = {
  0.1: { 0: 0.5598852584152165, 1: 0.6107839182711449, 2: 0.5598852584152162 },
  0.2: { 0: 0.5454545454545454, 1: 0.6363636363636365, 2: 0.5454545454545454 },
  0.3: { 0: 0.5333964609104419, 1: 0.6564879518897746, 2: 0.5333964609104419 },
  0.4: { 0: 0.5232045649263551, 1: 0.6726915834767423, 2: 0.5232045649263551 },
  0.5: { 0: 0.5144957746691622, 1: 0.6859943117075809, 2: 0.5144957746691622 },
  0.6: { 0: 0.5069794004195823, 1: 0.6970966755769258, 2: 0.5069794004195823 },
};
const K5answer = Object.fromEntries([0, 1, 2, 3, 4].map((i) => [i, Math.sqrt(1 / 5.0)]));

for (const cls of ['TestKatzCentrality', 'TestKatzCentralityNumpy']) {
  describe(`test_katz_centrality.py ${cls}`, () => {
    it('test_K5: alpha 0.1, every node sqrt(1/5) (abs 1e-7)', () => {
      expectApprox(katz(completeGraph(5), { alpha: 0.1, ...tight }).values, K5answer, 1e-7);
      if (cls === 'TestKatzCentralityNumpy') expectApprox(eigenvector(completeGraph(5)).values, K5answer, 1e-3); // eigenvector_centrality_numpy
    });
    it('test_P3: alpha 0.1 (abs 1e-4)', () => expectApprox(katz(pathGraph(3), { alpha: 0.1 }).values, P3answer, 1e-4));
    it('test_beta_as_scalar: alpha 0.1, beta 0.1 (abs 1e-4)', () => expectApprox(katz(pathGraph(3), { alpha: 0.1, beta: 0.1 }).values, P3answer, 1e-4));
    it('test_beta_as_dict: beta {0: 1, 1: 1, 2: 1} (abs 1e-4)', () =>
      expectApprox(katz(pathGraph(3), { alpha: 0.1, beta: { 0: 1.0, 1: 1.0, 2: 1.0 } }).values, P3answer, 1e-4));
    it('test_multiple_alpha: alpha 0.1 … 0.6 on P3 (abs 1e-4)', () => {
      for (const alpha of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]) expectApprox(katz(pathGraph(3), { alpha }).values, multipleAlpha[alpha], 1e-4);
    });
    it('test_multigraph: nx.MultiGraph() is rejected', () => {
      expect(zonelinkErrorOf(() => katz(new Graph({ multi: true, type: 'undirected' }), { alpha: 0.1 })).code).toBe('invalid-graph');
    });
    it('test_empty: {}', () => expect(katz(new Graph(), { alpha: 0.1 }).values).toEqual({}));
    it('test_bad_beta: beta {0: 77} misses node 1', () => {
      expect(zonelinkErrorOf(() => katz(fromEdges([[0, 1]]), { alpha: 0.1, beta: { 0: 77 } })).message).toMatch(/^katz:/);
    });
    it('test_bad_beta_numbe: beta "foo"', () => {
      expect(zonelinkErrorOf(() => katz(fromEdges([[0, 1]]), { alpha: 0.1, beta: 'foo' as never })).message).toMatch(/^katz:/);
    });
    if (cls === 'TestKatzCentralityNumpy') {
      it('test_K5_unweighted: weight=None (abs 1e-7; eigenvector abs 1e-3)', () => {
        expectApprox(katz(completeGraph(5), { alpha: 0.1, weight: null, ...tight }).values, K5answer, 1e-7);
        expectApprox(eigenvector(completeGraph(5), { weight: null }).values, K5answer, 1e-3);
      });
      it('test_P3_unweighted: weight=None (abs 1e-4)', () => expectApprox(katz(pathGraph(3), { alpha: 0.1, weight: null }).values, P3answer, 1e-4));
    }
  });
}

describe('test_maxiter (TestKatzCentrality)', () => {
  it('max_iter=0 raises in NetworkX: zonelink rejects maxIterations 0, and one iteration does not converge', () => {
    expect(zonelinkErrorOf(() => katz(pathGraph(3), { alpha: 0.1, maxIterations: 0 })).message).toMatch(/^katz:/);
    expect(katz(pathGraph(3), { alpha: 0.1, maxIterations: 1 }).converged).toBe(false);
  });
});

for (const cls of ['TestKatzCentralityDirected', 'TestKatzCentralityDirectedNumpy']) {
  describe(`test_katz_centrality.py ${cls}`, () => {
    const edges: [number, number][] = [[1, 2], [1, 3], [2, 4], [3, 2], [3, 5], [4, 2], [4, 5], [4, 6], [5, 6], [5, 7], [5, 8], [6, 8], [7, 1], [7, 5], [7, 8], [8, 6], [8, 7]];
    const evc = [0.3289589783189635, 0.2832077296243516, 0.3425906003685471, 0.3970420865198392, 0.41074871061646284, 0.272257430756461, 0.4201989685435462, 0.34229059218038554];
    // p.values() in G.reverse()'s node order 1..8
    const expected = Object.fromEntries(evc.map((v, i) => [i + 1, v]));
    // cls.G = G.reverse() with weight 2.0 on every edge. cls.H is also G.reverse()
    // (NetworkX builds H = nx.DiGraph(edges) but then assigns G.reverse()), so
    // test_katz_centrality_unweighted runs on the same weighted graph.
    const reversed = () => fromEdges(edges.map(([u, v]) => [v, u, 2.0]) as never, { directed: true, nodes: [1, 2, 3, 4, 5, 6, 7, 8] });
    it('test_katz_centrality_weighted: alpha 0.1, weight "weight" (abs 1e-7)', () =>
      expectApprox(katz(reversed(), { alpha: 0.1, weight: 'weight', ...tight }).values, expected, 1e-7));
    it('test_katz_centrality_unweighted: alpha 0.1 on H = G.reverse() (abs 1e-7)', () =>
      expectApprox(katz(reversed(), { alpha: 0.1, weight: 'weight', ...tight }).values, expected, 1e-7));
  });
}
