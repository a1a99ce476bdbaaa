import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  differenceMatrix,
  greatCircleDistance,
  greatCircleDistanceMatrix,
  mrqap,
  mrqapLogit,
  nodeMatrix,
  qapCorrelation,
  sameGroupMatrix,
  type NodeMatrix,
} from '../../../src/index.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

describe('node-aligned matrices', () => {
  it('nodeMatrix: adjacency in a given order, directed and undirected, weights or 0/1', () => {
    const g = new Graph({ type: 'directed' });
    g.mergeEdge('a', 'b', { weight: 2 });
    g.mergeEdge('c', 'a', { weight: 5 });
    g.mergeEdge('b', 'b', { weight: 1 });
    expect(nodeMatrix(g)).toEqual({ nodes: ['a', 'b', 'c'], values: [[0, 2, 0], [0, 1, 0], [5, 0, 0]] });
    expect(nodeMatrix(g, { nodes: ['c', 'b', 'a'], weight: null }).values).toEqual([[0, 0, 1], [0, 1, 0], [0, 1, 0]]);
    const u = new Graph({ type: 'undirected' });
    u.mergeEdge('x', 'y', { weight: 3 });
    u.addNode('z');
    expect(nodeMatrix(u).values).toEqual([[0, 3, 0], [3, 0, 0], [0, 0, 0]]);
    expect(zonelinkErrorOf(() => nodeMatrix(g, { nodes: ['a', 'b'] })).issues[0]).toMatchObject({ code: 'missing-node', id: 'c' });
    expect(zonelinkErrorOf(() => nodeMatrix(g, { nodes: ['a', 'b', 'q'] })).issues[0]).toMatchObject({ code: 'unknown-node', id: 'q' });
    expect(zonelinkErrorOf(() => nodeMatrix(g, { nodes: ['a', 'a', 'b'] })).message).toMatch(/nodeMatrix: node a appears twice/);
  });
  it('differenceMatrix and sameGroupMatrix, in record or given order', () => {
    expect(differenceMatrix({ a: 1, b: 4, c: 6 }).values).toEqual([[0, 3, 5], [3, 0, 2], [5, 2, 0]]);
    expect(differenceMatrix({ a: 1, b: 4, c: 6 }, { nodes: ['c', 'a'] })).toEqual({ nodes: ['c', 'a'], values: [[0, 5], [5, 0]] });
    expect(sameGroupMatrix({ gz: '广东', sz: '广东', cd: '四川' }).values).toEqual([[1, 1, 0], [1, 1, 0], [0, 0, 1]]);
    expect(zonelinkErrorOf(() => differenceMatrix({ a: 1, b: Number.NaN })).issues[0]).toMatchObject({ code: 'missing-value', id: 'b' });
    expect(zonelinkErrorOf(() => sameGroupMatrix({ a: 'x', b: '' })).issues[0]).toMatchObject({ code: 'missing-value', id: 'b' });
    expect(zonelinkErrorOf(() => differenceMatrix({ a: 1 }, { nodes: ['a', 'z'] })).issues[0]).toMatchObject({ code: 'unknown-node', id: 'z' });
    expect(zonelinkErrorOf(() => differenceMatrix({})).message).toMatch(/differenceMatrix: values has no nodes/);
  });
  it('greatCircleDistanceMatrix equals greatCircleDistance cell by cell and reports every bad point', () => {
    const points = { bj: { lon: 116.4074, lat: 39.9042 }, sh: { lon: 121.4737, lat: 31.2304 }, gz: { lon: 113.2644, lat: 23.1291 } };
    const d = greatCircleDistanceMatrix(points);
    expect(d.values[0][1]).toBe(greatCircleDistance(points.bj, points.sh));
    expect(d.values[2][0]).toBe(greatCircleDistance(points.gz, points.bj));
    expect(d.values[1][1]).toBe(0);
    const error = zonelinkErrorOf(() => greatCircleDistanceMatrix({ a: { lon: 200, lat: 0 }, b: { lon: 0, lat: Number.NaN } }));
    expect(error.issues.map((i) => i.id)).toEqual(['a', 'b']);
  });
});

const nodes = ['a', 'b', 'c', 'd', 'e'];
const x: NodeMatrix = { nodes, values: [[0, 1, 4, 2, 7], [3, 0, 1, 5, 2], [2, 8, 0, 1, 3], [1, 2, 6, 0, 4], [5, 3, 2, 9, 0]] };
const y: NodeMatrix = { nodes, values: [[0, 2, 5, 1, 8], [2, 0, 2, 6, 1], [3, 7, 0, 2, 4], [2, 2, 5, 0, 5], [6, 4, 1, 8, 0]] };

describe('QAP and MRQAP input checks', () => {
  it('names the first unaligned node', () => {
    const shuffled = { nodes: ['a', 'c', 'b', 'd', 'e'], values: y.values };
    const e = zonelinkErrorOf(() => qapCorrelation(x, shuffled));
    expect(e.issues[0]).toMatchObject({ code: 'unaligned-nodes', index: 1, id: 'c' });
    expect(e.message).toMatch(/^qapCorrelation: /);
    expect(zonelinkErrorOf(() => mrqap(y, [shuffled])).issues[0].code).toBe('unaligned-nodes');
    expect(zonelinkErrorOf(() => mrqapLogit(y, [shuffled])).message).toMatch(/mrqapLogit/);
  });
  it('rejects missing values, constant vectors and too few nodes', () => {
    const missing = { nodes, values: x.values.map((r, i) => r.map((v, j) => (i === 1 && j === 3 ? Number.NaN : v))) };
    expect(zonelinkErrorOf(() => qapCorrelation(missing, y)).issues[0]).toMatchObject({ code: 'missing-value', id: 'b' });
    const constant = { nodes, values: x.values.map((r) => r.map(() => 7)) };
    expect(zonelinkErrorOf(() => qapCorrelation(constant, y)).issues[0].code).toBe('constant-values');
    expect(zonelinkErrorOf(() => mrqap(constant, [x])).issues[0].code).toBe('constant-values');
    expect(zonelinkErrorOf(() => mrqap(y, { flat: constant })).message).toMatch(/covariate flat is constant/);
    const two = { nodes: ['a', 'b'], values: [[0, 1], [2, 0]] };
    expect(zonelinkErrorOf(() => qapCorrelation(two, two)).issues[0].code).toBe('too-few-nodes');
    expect(zonelinkErrorOf(() => mrqap(y, [x, x])).issues[0].code).toBe('collinear');
    expect(zonelinkErrorOf(() => mrqapLogit(y, [x])).issues[0].code).toBe('not-binary');
    expect(zonelinkErrorOf(() => mrqap(y, [x], { method: 'qapx' as never })).message).toMatch(/method/);
    expect(zonelinkErrorOf(() => qapCorrelation(x, y, { permutations: -1 })).message).toMatch(/qapCorrelation: option permutations/);
  });
  it('ignores the diagonal', () => {
    const withDiagonal = { nodes, values: x.values.map((r, i) => r.map((v, j) => (i === j ? 1e6 : v))) };
    expect(qapCorrelation(withDiagonal, y, { permutations: 0 }).correlation).toBe(qapCorrelation(x, y, { permutations: 0 }).correlation);
  });
  it('relabelling every matrix the same way changes no estimate (property)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }), (perm) => {
        const relabel = (m: NodeMatrix): NodeMatrix => ({ nodes: perm.map((i) => m.nodes[i]), values: perm.map((i) => perm.map((j) => m.values[i][j])) });
        const a = mrqap(y, [x], { permutations: 0 });
        const b = mrqap(relabel(y), [relabel(x)], { permutations: 0 });
        b.coefficients.forEach((c, k) => expect(c.estimate).toBeCloseTo(a.coefficients[k].estimate, 10));
        expect(qapCorrelation(relabel(x), relabel(y), { permutations: 0 }).correlation).toBeCloseTo(qapCorrelation(x, y, { permutations: 0 }).correlation, 12);
      }),
      { numRuns: 30, seed: 5 },
    );
  });
  it('mrqap recovers an exact linear relation', () => {
    const fit = mrqap({ nodes, values: x.values.map((r) => r.map((v) => 2 * v + 1)) }, [x], { permutations: 0 });
    expect(fit.coefficients[0].estimate).toBeCloseTo(1, 12);
    expect(fit.coefficients[1].estimate).toBeCloseTo(2, 12);
    expect(fit.coefficients[1].standardized).toBeCloseTo(1, 12);
    expect(fit.rSquared).toBeCloseTo(1, 12);
    expect(fit.coefficients[0].pGreater).toBeNull();
  });
});
