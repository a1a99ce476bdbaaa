/**
 * Ported from NetworkX 2.8.8's
 * networkx/algorithms/link_analysis/tests/test_pagerank.py (classes TestPageRank
 * and TestPageRankScipy: `pagerank`, `_pagerank_python`, `pagerank_numpy` and
 * `pagerank_scipy` all expect the same literals, so each case runs zonelink's one
 * `pagerank`). Same graphs, α, personalization and dangling vectors, the
 * hard-coded values and tolerances of the test file.
 *
 * Not ported, with the reason:
 * - `nstart` (second half of test_pagerank / test_scipy_pagerank): zonelink always
 *   starts from the uniform vector; the fixed point does not depend on it.
 * - test_pagerank_max_iter / test_scipy_pagerank_max_iter: `max_iter=0` raises
 *   in NetworkX; zonelink rejects maxIterations 0 as an invalid argument and
 *   reports `converged: false` when the iterations run out (checked below).
 * - test_dangling_matrix and the matrix half of test_google_matrix / test_empty:
 *   zonelink has no `google_matrix`. test_google_matrix's assertion — the
 *   stationary vector equals the literals to 1e-7 — is ported on `pagerank`.
 * - test_deprecation_warnings: NetworkX API deprecations.
 * - test_multigraph: zonelink takes no multigraph; NetworkX's PageRank sums the
 *   weights of parallel edges, so the case is ported on the simple graph whose
 *   edge weights are the multiplicities (what zonelink's `project()` builds from
 *   parallel linkages). NetworkX's nodes 3 and "3" are distinct; here "3" is `s3`.
 */
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { pagerank } from '../../../src/measures/centrality/pagerank.js';
import { completeGraph, expectApprox, fromEdges } from './nx-graphs.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

// Langville & Meyer's example; 2 is a dangling node
const G = () => fromEdges([[1, 2], [1, 3], [3, 1], [3, 2], [3, 5], [4, 5], [4, 6], [5, 4], [5, 6], [6, 4]], { directed: true });
const zipSorted = (values: number[]) => Object.fromEntries(values.map((v, i) => [i + 1, v])); // dict(zip(sorted(G), …))
const Gpagerank = zipSorted([0.03721197, 0.05395735, 0.04150565, 0.37508082, 0.20599833, 0.28624589]);
const danglingEdges = { 1: 2, 2: 3, 3: 0, 4: 0, 5: 0, 6: 0 };
const GdanglingPagerank = zipSorted([0.10844518, 0.18618601, 0.0710892, 0.2683668, 0.15919783, 0.20671497]);
const oneNonzeroAnswer = { 0: 0.22077931820379187, 1: 0.22077931820379187, 2: 0.22077931820379187, 3: 0.3376620453886241 };

for (const cls of ['TestPageRank', 'TestPageRankScipy']) {
  describe(`test_pagerank.py ${cls}`, () => {
    it('test_pagerank: alpha 0.9, tol 1e-8 (abs 1e-4)', () => expectApprox(pagerank(G(), { alpha: 0.9, tolerance: 1e-8 }).values, Gpagerank, 1e-4));
    it('test_numpy_pagerank: alpha 0.9 (abs 1e-4)', () => expectApprox(pagerank(G(), { alpha: 0.9 }).values, Gpagerank, 1e-4));
    it('test_google_matrix: the stationary vector of the Google matrix at alpha 0.9 (abs 1e-7)', () =>
      expectApprox(pagerank(G(), { alpha: 0.9, tolerance: 1e-14, maxIterations: 10000 }).values, Gpagerank, 1e-7));
    it('test_personalization: K4, {0: 1, 1: 1, 2: 4, 3: 4}, alpha 0.85 (abs 1e-4)', () => {
      const answer = { 0: 0.23246732615667579, 1: 0.23246732615667579, 2: 0.267532673843324, 3: 0.2675326738433241 };
      expectApprox(pagerank(completeGraph(4), { alpha: 0.85, personalization: { 0: 1, 1: 1, 2: 4, 3: 4 } }).values, answer, 1e-4);
    });
    it('test_zero_personalization_vector: all zeros (NetworkX ZeroDivisionError; zonelink ZonelinkError)', () => {
      expect(zonelinkErrorOf(() => pagerank(completeGraph(4), { personalization: { 0: 0, 1: 0, 2: 0, 3: 0 } })).message).toMatch(/^pagerank:/);
    });
    it('test_one_nonzero_personalization_value (abs 1e-4)', () =>
      expectApprox(pagerank(completeGraph(4), { alpha: 0.85, personalization: { 0: 0, 1: 0, 2: 0, 3: 1 } }).values, oneNonzeroAnswer, 1e-4));
    it('test_incomplete_personalization: {3: 1}, missing nodes 0 (abs 1e-4)', () =>
      expectApprox(pagerank(completeGraph(4), { alpha: 0.85, personalization: { 3: 1 } }).values, oneNonzeroAnswer, 1e-4));
    it('test_dangling_pagerank / test_dangling_scipy_pagerank: dangling {1: 2, 2: 3, 3..6: 0} (abs 1e-4)', () =>
      expectApprox(pagerank(G(), { dangling: danglingEdges }).values, GdanglingPagerank, 1e-4));
    it('test_empty / test_empty_scipy: {}', () => expect(pagerank(new Graph()).values).toEqual({}));
    it('test_multigraph: parallel edges as summed weights (abs 1e-4)', () => {
      // nx.MultiGraph: (1, 2) ×3, (2, 3) ×2, ("3", 3) ×2
      const M = fromEdges([[1, 2, 3], [2, 3, 2], ['s3', 3, 2]]);
      const answer = { 1: 0.21066048614468322, 2: 0.3395308825985378, 3: 0.28933951385531687, s3: 0.16046911740146227 };
      expectApprox(pagerank(M).values, answer, 1e-4);
    });
    it('test_pagerank_max_iter: max_iter=0 raises in NetworkX; zonelink rejects 0 and one iteration does not converge', () => {
      expect(zonelinkErrorOf(() => pagerank(G(), { maxIterations: 0 })).message).toMatch(/^pagerank:/);
      expect(pagerank(G(), { maxIterations: 1 }).converged).toBe(false);
    });
  });
}
