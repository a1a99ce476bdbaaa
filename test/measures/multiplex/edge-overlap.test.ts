import { describe, it, expect } from 'vitest';
import { edgeOverlap } from '../../../src/measures/multiplex/index.js';
import { layer } from '../../fixtures/hubs/zone-network-fixture.js';
import reference from '../../fixtures/multiplex/reference.json';

describe('edgeOverlap', () => {
  it('BRAPH-2 layers by hand: o_12 = 2, o_13 = o_23 = 1; average (2+1+1)/(2·3) = 2/3; Jaccard 1/3', () => {
    const nodes = ['1', '2', '3'];
    const r = edgeOverlap([layer(nodes, [['1', '2'], ['1', '3']]), layer(nodes, [['1', '2'], ['2', '3']])]);
    expect(r.pairs).toEqual([
      { source: '1', target: '2', overlap: 2, layers: ['0', '1'] },
      { source: '1', target: '3', overlap: 1, layers: ['0'] },
      { source: '2', target: '3', overlap: 1, layers: ['1'] },
    ]);
    expect(r.averageEdgeOverlap).toBeCloseTo(2 / 3, 12);
    expect(r.layerPairs).toHaveLength(1);
    expect(r.layerPairs[0].totalOverlap).toBe(1);
    expect(r.layerPairs[0].jaccard).toBeCloseTo(1 / 3, 12);
    expect(r.layerPairs[0].localOverlap).toEqual({ 1: 1, 2: 1, 3: 0 });
  });

  it('matches the numpy fixture (3 layers)', () => {
    const { nodes, layers, pairs, averageEdgeOverlap, between } = reference.multiplex;
    const r = edgeOverlap(Object.fromEntries(Object.entries(layers).map(([k, e]) => [k, layer(nodes, e as [string, string, number][])])));
    expect(r.pairs.map(({ source, target, overlap }) => ({ source, target, overlap }))).toEqual(pairs);
    expect(r.averageEdgeOverlap).toBeCloseTo(averageEdgeOverlap, 12);
    expect(r.layerPairs.map((p) => [p.layerA, p.layerB, p.totalOverlap, p.localOverlap])).toEqual(between.map((b) => [b.layerA, b.layerB, b.totalOverlap, b.localOverlap]));
    r.layerPairs.forEach((p, k) => expect(p.jaccard).toBeCloseTo(between[k].jaccard, 12));
  });

  it('identical layers give average overlap 1; disjoint layers 1/M; empty layers NaN', () => {
    const n = ['a', 'b', 'c'];
    const same = edgeOverlap([layer(n, [['a', 'b']]), layer(n, [['a', 'b']]), layer(n, [['a', 'b']])]);
    expect(same.averageEdgeOverlap).toBe(1);
    expect(same.layerPairs.every((p) => p.jaccard === 1)).toBe(true);
    const disjoint = edgeOverlap([layer(n, [['a', 'b']]), layer(n, [['b', 'c']])]);
    expect(disjoint.averageEdgeOverlap).toBeCloseTo(1 / 2, 12);
    expect(disjoint.layerPairs[0].jaccard).toBe(0);
    const empty = edgeOverlap([layer(n, []), layer(n, [])]);
    expect(Number.isNaN(empty.averageEdgeOverlap)).toBe(true);
    expect(Number.isNaN(empty.layerPairs[0].jaccard)).toBe(true);
  });

  it('bad input names the function', () => {
    expect(() => edgeOverlap([layer(['a'], []), layer(['b'], [])])).toThrow(/^edgeOverlap/);
    expect(() => edgeOverlap(42 as never)).toThrow(/^edgeOverlap/);
  });
});
