import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { blockModel, blockRoles } from '../../../src/index.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

/**
 * Worked example, g = 8 nodes in four blocks of two (expected internal ratio (2 − 1)/(8 − 1) = 1/7 ≈ 0.143):
 *
 *   A = {a1, a2}: a1↔a2 (2 inside); a1→b1, a2→b2 (2 outside); receives 0.
 *       actual 2/4 = 0.5 ≥ 0.143; received share 0/(0 + 2) = 0      → 双向溢出 bidirectional spillover
 *   B = {b1, b2}: b1→b2 (1 inside); b1→c1 (1 outside); receives a1→b1, a2→b2, c2→b2, d1→b1 = 4.
 *       actual 1/2 = 0.5 ≥ 0.143; received share 4/(4 + 1) = 0.8    → 净受益 net beneficiary
 *   C = {c1, c2}: 0 inside; c1→d2, c2→d1, c2→b2 (3 outside); receives b1→c1 = 1.
 *       actual 0/3 = 0 < 0.143; received share 1/(1 + 3) = 0.25     → 净溢出 net spillover
 *   D = {d1, d2}: 0 inside; d1→b1 (1 outside); receives c1→d2, c2→d1 = 2.
 *       actual 0/1 = 0 < 0.143; received share 2/(2 + 1) = 0.667    → 经纪人 broker
 */
function workedExample(): Graph {
  const g = new Graph({ type: 'directed' });
  for (const [s, t] of [
    ['a1', 'a2'], ['a2', 'a1'], ['a1', 'b1'], ['a2', 'b2'],
    ['b1', 'b2'], ['b1', 'c1'],
    ['c1', 'd2'], ['c2', 'd1'], ['c2', 'b2'],
    ['d1', 'b1'],
  ]) g.mergeEdge(s, t);
  return g;
}
const partition = { a1: 0, a2: 0, b1: 1, b2: 1, c1: 2, c2: 2, d1: 3, d2: 3 };

describe('blockRoles (Burt 1976; Wasserman & Faust 1994, §10.6)', () => {
  it('classifies the worked example by hand', () => {
    const rows = blockRoles(workedExample(), partition);
    expect(rows.map((r) => [r.sentInside, r.sentOutside, r.receivedOutside])).toEqual([[2, 2, 0], [1, 1, 4], [0, 3, 1], [0, 1, 2]]);
    for (const r of rows) expect(r.expectedInternalRatio).toBeCloseTo(1 / 7, 15);
    expect(rows.map((r) => r.actualInternalRatio)).toEqual([0.5, 0.5, 0, 0]);
    expect(rows.map((r) => r.receivedShare)).toEqual([0, 0.8, 0.25, 2 / 3]);
    expect(rows.map((r) => r.role)).toEqual(['bidirectional-spillover', 'net-beneficiary', 'net-spillover', 'broker']);
    expect(rows.map((r) => r.roleZh)).toEqual(['双向溢出', '净受益', '净溢出', '经纪人']);
    expect(rows.map((r) => r.burtPosition)).toEqual(['isolate', 'primary', 'sycophant', 'broker']);
    expect(rows[1].members).toEqual(['b1', 'b2']);
  });
  it('moves a block across the receiving boundary with the threshold', () => {
    const rows = blockRoles(workedExample(), partition, { receivedShareThreshold: 0.2 });
    expect(rows[2].role).toBe('broker'); // 0.25 ≥ 0.2
  });
  it('leaves a tieless block unclassified and rejects bad partitions', () => {
    const g = workedExample();
    g.addNode('z');
    const rows = blockRoles(g, { ...partition, z: 9 });
    expect(rows[4]).toMatchObject({ block: 9, size: 1, role: null, actualInternalRatio: null, receivedShare: null });
    expect(zonelinkErrorOf(() => blockRoles(g, partition)).message).toMatch(/blockRoles/);
    expect(zonelinkErrorOf(() => blockRoles(workedExample(), { ...partition, q: 1 })).issues[0].code).toBe('unknown-node');
    expect(zonelinkErrorOf(() => blockRoles(workedExample(), partition, { receivedShareThreshold: 0 })).message).toMatch(/receivedShareThreshold/);
  });
});

describe('blockModel', () => {
  it('densities, tie counts and images of the worked example by hand', () => {
    const bm = blockModel(workedExample(), partition);
    expect(bm.blocks).toEqual([0, 1, 2, 3]);
    expect(bm.ties).toEqual([[2, 2, 0, 0], [0, 1, 1, 0], [0, 1, 0, 2], [0, 1, 0, 0]]);
    expect(bm.cells[0]).toEqual([2, 4, 4, 4]);
    expect(bm.densities).toEqual([[1, 0.5, 0, 0], [0, 0.5, 0.25, 0], [0, 0.25, 0, 0.5], [0, 0.25, 0, 0]]);
    expect(bm.densityCutoff).toBeCloseTo(10 / 56, 15); // 10 ties among 8·7 ordered pairs
    expect(bm.image).toEqual([[1, 1, 0, 0], [0, 1, 1, 0], [0, 1, 0, 1], [0, 1, 0, 0]]);
    expect(blockModel(workedExample(), partition, { criterion: 'one-block' }).image).toEqual([[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]);
    expect(blockModel(workedExample(), partition, { densityCutoff: 0.3 }).image[1]).toEqual([0, 1, 0, 0]);
  });
  it('gives a one-node block no diagonal density, and sums weights', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b', { weight: 2 });
    g.mergeEdge('b', 'c', { weight: 4 });
    const bm = blockModel(g, { a: 0, b: 0, c: 1 });
    expect(bm.densities).toEqual([[2, 2], [2, null]]);
    expect(bm.sums).toEqual([[4, 4], [4, 0]]);
    expect(bm.image[1][1]).toBe(0);
    expect(zonelinkErrorOf(() => blockModel(g, { a: 0, b: 0, c: 1 }, { densityCutoff: -1 })).message).toMatch(/blockModel: option densityCutoff/);
    expect(zonelinkErrorOf(() => blockModel(g, { a: 0, b: Number.NaN, c: 1 })).issues[0].id).toBe('b');
  });
});
