import { describe, it, expect } from 'vitest';
import { project, buildNetwork } from '../../src/network/index.js';
import { readNetwork } from '../../src/network/network-contents.js';
import { findOnePlusN, siphonEffect } from '../../src/measures/hubs/index.js';
import { segmentation } from '../../src/measures/segmentation/index.js';
import { overlappingDegree, multiplexParticipation, layerCentralityComparison, edgeOverlap } from '../../src/measures/multiplex/index.js';
import { strength } from '../../src/measures/centrality/index.js';
import { china } from '../../src/data/index.js';
import { nodeMatrix } from '../../src/measures/dyadic/index.js';
import { structuralEquivalence, concor, blockModel } from '../../src/measures/blocks/index.js';
import { layer, zoneNetwork, zone } from '../fixtures/hubs/zone-network-fixture.js';

// One shape for every weight callback: (id, attributes, source, target) → number, and
// null = unweighted, for graph measures and ZoneNetwork-level functions alike.
const net = zoneNetwork(
  [zone('a', '440100'), zone('b', '440100'), zone('c', '440300')],
  [
    { id: 'l1', source: 'a', target: 'b', mode: 'resource-factor', weight: 2 },
    { id: 'l2', source: 'b', target: 'c', mode: 'industrial-chain', weight: 5 },
    { id: 'l3', source: 'a', target: 'b', mode: 'industrial-chain', weight: 3 },
  ],
);

describe('weight callbacks: (id, attributes, source, target), null = unweighted', () => {
  it('readNetwork and project pass the linkage id, its record and its ends, in that order', () => {
    const seen: string[] = [];
    const contents = readNetwork(net, {
      caller: 'test',
      weight: (id, attributes, source, target) => {
        seen.push(`${id}:${String(attributes.mode)}:${source}-${target}`);
        return id === 'l2' ? 10 : 1;
      },
    });
    expect(seen.sort()).toEqual(['l1:resource-factor:a-b', 'l2:industrial-chain:b-c', 'l3:industrial-chain:a-b']);
    expect(Object.fromEntries(contents.linkages.map((l) => [l.id, l.weight]))).toEqual({ l1: 1, l2: 10, l3: 1 });
    expect(readNetwork(net, { caller: 'test', weight: null }).linkages.map((l) => l.weight)).toEqual([1, 1, 1]);
    const g = project(net as never, { weight: (id, linkage) => (id === 'l1' ? 0 : (linkage.weight as number)) });
    expect(g.getEdgeAttribute(g.edge('a', 'b')!, 'weight')).toBe(3);
    const counted = project(net as never, { weight: null });
    expect(counted.getEdgeAttribute(counted.edge('a', 'b')!, 'weight')).toBe(2);
  });

  it('a graph measure and the multiplex measures take the same callback on layer graphs and on a ZoneNetwork', () => {
    const doubled = (_id: string, attributes: Record<string, unknown>) => 2 * (attributes.weight as number);
    const g = layer(['a', 'b', 'c'], [['a', 'b', 2], ['b', 'c', 5]]);
    expect(strength(g, { weight: doubled })).toEqual({ a: 4, b: 14, c: 10 });
    expect(overlappingDegree([g, g], { weight: doubled }).strength).toEqual({ a: 8, b: 28, c: 20 });
    expect(overlappingDegree(net, { weight: doubled }).strength).toEqual({ a: 10, b: 20, c: 10 });
    expect(overlappingDegree(net, { weight: null }).strength).toEqual({ a: 2, b: 3, c: 1 });
    expect(multiplexParticipation(net, { weight: doubled, weighted: true }).overlapping).toEqual({ a: 10, b: 20, c: 10 });
    expect(layerCentralityComparison(net, { weight: doubled }).aggregate).toEqual({ a: 10, b: 20, c: 10 });
    expect(edgeOverlap(net, { weight: doubled }).averageEdgeOverlap).toBeCloseTo(edgeOverlap(net).averageEdgeOverlap, 15);
  });

  it('findOnePlusN, siphonEffect and segmentation read the same callback as the weight attribute', () => {
    const real = buildNetwork(china);
    const byAttribute = (_id: string, attributes: Record<string, unknown>) => attributes.weight as number;
    expect(findOnePlusN(real, { groups: 'province', weight: byAttribute })).toEqual(findOnePlusN(real, { groups: 'province' }));
    expect(segmentation(real, { weight: byAttribute })).toEqual(segmentation(real));
    const ind = (x2015: number, x2020: number) => ({ indicators: { '2015': { gdp: x2015 }, '2020': { gdp: x2020 } } });
    const small = zoneNetwork(
      [zone('gz', '440100', ind(100, 150)), zone('sz', '440300', ind(50, 55)), zone('st', '440500', ind(50, 45))],
      [
        { id: 'L1', source: 'gz', target: 'sz', mode: 'resource-factor', weight: 3, startYear: 2010 },
        { id: 'L3', source: 'gz', target: 'st', mode: 'industrial-chain', weight: 2, startYear: 2016 },
      ],
    );
    const options = { indicator: 'gdp', from: 2015, to: 2020 };
    expect(siphonEffect(small, ['gz', 'sz', 'st'], { ...options, weight: byAttribute })).toEqual(siphonEffect(small, ['gz', 'sz', 'st'], options));
    // the callback sees the linkage id: dropping L1 leaves no internal linkage in 2015, so the hub is chosen at 2020
    expect(siphonEffect(small, ['gz', 'sz', 'st'], { ...options, weight: (id) => (id === 'L1' ? 0 : 1) }).hub).toBe('gz');
  });

  it('the matrix measures (nodeMatrix, structuralEquivalence, concor, blockModel) take the same callback', () => {
    const g = layer(['a', 'b', 'c', 'd'], [['a', 'b', 2], ['b', 'c', 5], ['c', 'd', 1], ['a', 'd', 4]]);
    const tripled = (_id: string, attributes: Record<string, unknown>) => 3 * (attributes.weight as number);
    const seen = new Set<string>();
    nodeMatrix(g, { weight: (id, _a, source, target) => (seen.add(`${id}:${source}-${target}`), 1) });
    expect(seen.size).toBe(4);
    expect(nodeMatrix(g, { weight: tripled }).values).toEqual(nodeMatrix(g).values.map((row) => row.map((v) => 3 * v)));
    // Hamming distances scale with the tie values
    expect(structuralEquivalence(g, { weight: tripled }).values).toEqual(structuralEquivalence(g).values.map((row) => row.map((v) => 3 * v)));
    // correlations are scale-free, so CONCOR's partition is unchanged
    expect(concor(g, { weight: tripled, splits: 1 }).partition).toEqual(concor(g, { splits: 1 }).partition);
    const partition = { a: 0, b: 0, c: 1, d: 1 };
    expect(blockModel(g, partition, { weight: tripled }).sums).toEqual(blockModel(g, partition).sums.map((row) => row.map((v) => 3 * v)));
  });
});
