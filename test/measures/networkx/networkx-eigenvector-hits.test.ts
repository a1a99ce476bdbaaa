/**
 * Ported from NetworkX 2.8.8's
 * networkx/algorithms/centrality/tests/test_eigenvector_centrality.py and
 * networkx/algorithms/link_analysis/tests/test_hits.py: same graphs and their
 * hard-coded values (copied here with the test names). zonelink never throws on
 * non-convergence (it returns `converged: false`) and returns {} for an empty
 * graph where NetworkX raises; those cases are ported as such.
 */
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { eigenvector } from '../../../src/measures/centrality/eigenvector.js';
import { hits } from '../../../src/measures/centrality/hits.js';
import { completeGraph, expectApprox, fromEdges, pathGraph } from './nx-graphs.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

const tight = { tolerance: 1e-12, maxIterations: 10000 };

describe('test_eigenvector_centrality.py TestEigenvectorCentrality', () => {
  it('test_K5: every node sqrt(1/5)', () => {
    const { values } = eigenvector(completeGraph(5), tight);
    expectApprox(values, Object.fromEntries([0, 1, 2, 3, 4].map((i) => [i, Math.sqrt(1 / 5)])));
  });
  it('test_P3 / test_P3_unweighted: {0: 0.5, 1: 0.7071, 2: 0.5} (abs 1e-4)', () => {
    expectApprox(eigenvector(pathGraph(3), tight).values, { 0: 0.5, 1: 0.7071, 2: 0.5 }, 1e-4);
    expectApprox(eigenvector(pathGraph(3), { ...tight, weight: null }).values, { 0: 0.5, 1: 0.7071, 2: 0.5 }, 1e-4);
  });
  it('test_maxiter: max_iter=0 fails to converge (zonelink requires maxIterations ≥ 1 and reports converged: false)', () => {
    expect(eigenvector(pathGraph(3), { maxIterations: 1 }).converged).toBe(false);
    expect(zonelinkErrorOf(() => eigenvector(pathGraph(3), { maxIterations: 0 })).message).toMatch(/^eigenvector:/);
  });
});

describe('test_eigenvector_centrality.py TestEigenvectorCentralityDirected', () => {
  const edges: [number, number][] = [[1, 2], [1, 3], [2, 4], [3, 2], [3, 5], [4, 2], [4, 5], [4, 6], [5, 6], [5, 7], [5, 8], [6, 8], [7, 1], [7, 5], [7, 8], [8, 6], [8, 7]];
  const evc = [0.25368793, 0.19576478, 0.32817092, 0.40430835, 0.48199885, 0.15724483, 0.51346196, 0.32475403];
  const expected = Object.fromEntries(evc.map((v, i) => [i + 1, v]));
  // cls.G = G.reverse() with weight 2.0 on every edge
  const reversed = (weighted: boolean) => fromEdges(edges.map(([u, v]) => (weighted ? [v, u, 2.0] : [v, u])) as never, { directed: true, nodes: [1, 2, 3, 4, 5, 6, 7, 8] });
  it('test_eigenvector_centrality_weighted (abs 1e-4)', () => expectApprox(eigenvector(reversed(true), tight).values, expected, 1e-4));
  it('test_eigenvector_centrality_weighted_numpy (abs 1e-7)', () => expectApprox(eigenvector(reversed(true), tight).values, expected, 1e-7));
  it('test_eigenvector_centrality_unweighted (abs 1e-4)', () => expectApprox(eigenvector(reversed(false), tight).values, expected, 1e-4));
  it('test_eigenvector_centrality_unweighted_numpy (abs 1e-7)', () => expectApprox(eigenvector(reversed(false), tight).values, expected, 1e-7));
});

describe('test_eigenvector_centrality.py TestEigenvectorCentralityExceptions', () => {
  it('test_multigraph: a multigraph (here with parallel edges) is rejected', () => {
    const M = new Graph({ multi: true, type: 'undirected' });
    M.mergeNode('a');
    M.mergeNode('b');
    M.addEdge('a', 'b');
    M.addEdge('a', 'b');
    expect(zonelinkErrorOf(() => eigenvector(M)).code).toBe('invalid-graph');
  });
  it('test_empty: NetworkX raises; zonelink returns {} (documented)', () => {
    expect(eigenvector(new Graph()).values).toEqual({});
  });
});

describe('test_hits.py TestHITS', () => {
  // Langville & Meyer's example; G.a and G.h in sorted node order 1..6
  const G = () => fromEdges([[1, 3, 1], [1, 5, 1], [2, 1, 1], [3, 5, 1], [5, 4, 1], [5, 3, 1], [6, 5, 1]], { directed: true });
  const a = { 1: 0.0, 2: 0.0, 3: 0.366025, 4: 0.133975, 5: 0.5, 6: 0.0 };
  const h = { 1: 0.366025, 2: 0.0, 3: 0.211325, 4: 0.0, 5: 0.211325, 6: 0.211325 };
  it('test_hits (tol=1e-08; abs 1e-4)', () => {
    const result = hits(G(), { tolerance: 1e-8 });
    expectApprox(result.hubs, h, 1e-4);
    expectApprox(result.authorities, a, 1e-4);
  });
  it('test_hits_numpy (abs 1e-4)', () => {
    const result = hits(G(), tight);
    expectApprox(result.hubs, h, 1e-4);
    expectApprox(result.authorities, a, 1e-4);
  });
  it('test_empty', () => {
    const result = hits(new Graph());
    expect([result.hubs, result.authorities]).toEqual([{}, {}]);
  });
  it('test_hits_not_convergent: path_graph(50) with max_iter=1 does not converge (zonelink: converged false)', () => {
    expect(hits(pathGraph(50), { maxIterations: 1 }).converged).toBe(false);
  });
});
