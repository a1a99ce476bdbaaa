/**
 * Ported from NetworkX 2.8.8's networkx/algorithms/tests/test_richclub.py and
 * test_structuralholes.py (class TestStructuralHoles): same graphs and
 * parameters, their hard-coded values and tolerances.
 */
import { describe, expect, it } from 'vitest';
import { richClub } from '../../../src/measures/structure/rich-club.js';
import { constraint, effectiveSize } from '../../../src/measures/structure/structural-holes.js';
import { balancedTree, expectApprox, fromEdges, namedGraph } from './nx-graphs.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

describe('test_richclub.py', () => {
  const small = () => fromEdges([[0, 1], [0, 2], [1, 2], [1, 3], [1, 4], [4, 5]]);
  it('test_richclub', () => expect(richClub(small(), { normalized: false })).toEqual({ 0: 12.0 / 30, 1: 8.0 / 12 }));
  it('test_richclub_seed / test_richclub_normalized (Q=2): {0: 1.0, 1: 1.0} for every seed', () => {
    for (const seed of [0, 1, 2, 3]) expect(richClub(small(), { normalized: true, swapsPerEdge: 2, seed })).toEqual({ 0: 1.0, 1: 1.0 });
  });
  it('test_richclub2: balanced_tree(2, 10)', () => {
    expectApprox(richClub(balancedTree(2, 10)), { 0: 4092 / (2047 * 2046.0), 1: 2044.0 / (1023 * 1022), 2: 2040.0 / (1022 * 1021) }, 1e-15);
  });
  it('test_richclub3: karate_club_graph', () => {
    const expected = {
      0: 156.0 / 1122, 1: 154.0 / 1056, 2: 110.0 / 462, 3: 78.0 / 240, 4: 44.0 / 90, 5: 22.0 / 42, 6: 10.0 / 20, 7: 10.0 / 20,
      8: 10.0 / 20, 9: 6.0 / 12, 10: 2.0 / 6, 11: 2.0 / 6, 12: 0.0, 13: 0.0, 14: 0.0, 15: 0.0,
    };
    expect(richClub(namedGraph('karate'))).toEqual(expected);
  });
  it('test_richclub4', () => {
    const G = fromEdges([[0, 1], [0, 2], [0, 3], [0, 4], [4, 5], [5, 9], [6, 9], [7, 9], [8, 9]]);
    expect(richClub(G)).toEqual({ 0: 18 / 90.0, 1: 6 / 12.0, 2: 0.0, 3: 0.0 });
  });
  it('test_richclub_exception / test_rich_club_exception2: directed graphs and self-loops are rejected', () => {
    expect(zonelinkErrorOf(() => richClub(fromEdges([[0, 1]], { directed: true }))).message).toMatch(/^richClub:/);
    expect(zonelinkErrorOf(() => richClub(fromEdges([[0, 1], [1, 1]]))).message).toMatch(/^richClub:/);
  });
});

describe('test_structuralholes.py TestStructuralHoles', () => {
  const D = (weighted: boolean) =>
    fromEdges(weighted ? [[0, 1, 2], [0, 2, 2], [1, 0, 1], [2, 1, 1]] : [[0, 1], [0, 2], [1, 0], [2, 1]], { directed: true });
  const weights: [string, string, number][] = [
    ['A', 'B', 2], ['A', 'F', 3], ['A', 'G', 5], ['A', 'E', 2], ['E', 'G', 8], ['F', 'G', 3], ['B', 'G', 4], ['B', 'D', 1], ['D', 'G', 3], ['G', 'C', 10],
  ];
  const G = (weighted: boolean | 'ones') =>
    fromEdges(weights.map(([u, v, w]) => (weighted === true ? [u, v, w] : weighted === 'ones' ? [u, v, 1] : [u, v])) as never);
  const withIsolate = (weighted: boolean) => {
    const g = G(weighted);
    g.addNode('1');
    return g;
  };
  it('test_constraint_directed', () => expectApprox(constraint(D(false)), { 0: 1.003, 1: 1.003, 2: 1.389 }, 1e-3));
  it('test_effective_size_directed', () => expectApprox(effectiveSize(D(false)), { 0: 1.167, 1: 1.167, 2: 1 }, 1e-3));
  it('test_constraint_weighted_directed', () => expectApprox(constraint(D(true), { weight: 'weight' }), { 0: 0.84, 1: 1.143, 2: 1.378 }, 1e-3));
  it('test_effective_size_weighted_directed', () =>
    expectApprox(effectiveSize(D(true), { weight: 'weight' }), { 0: 1.567, 1: 1.083, 2: 1 }, 1e-3));
  it('test_constraint_undirected', () => expectApprox(constraint(G(false)), { G: 0.4, A: 0.595, C: 1 }, 1e-3));
  it('test_effective_size_undirected_borgatti', () => expectApprox(effectiveSize(G(false)), { G: 4.67, A: 2.5, C: 1 }, 1e-2));
  it('test_effective_size_undirected', () => expectApprox(effectiveSize(G('ones'), { weight: 'weight' }), { G: 4.67, A: 2.5, C: 1 }, 1e-2));
  it('test_constraint_weighted_undirected', () => expectApprox(constraint(G(true), { weight: 'weight' }), { G: 0.299, A: 0.795, C: 1 }, 1e-3));
  it('test_effective_size_weighted_undirected', () =>
    expectApprox(effectiveSize(G(true), { weight: 'weight' }), { G: 5.47, A: 2.47, C: 1 }, 1e-2));
  it('test_constraint_isolated', () => expect(constraint(withIsolate(false))['1']).toBeNaN());
  it('test_effective_size_isolated', () => expect(effectiveSize(withIsolate(true), { weight: 'weight' })['1']).toBeNaN());
  it('test_effective_size_borgatti_isolated', () => expect(effectiveSize(withIsolate(false))['1']).toBeNaN());
});
