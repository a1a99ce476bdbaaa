import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Graph from 'graphology';
import { overlappingDegree } from '../../../src/measures/multiplex/index.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { layer, zoneNetwork, zone } from '../../fixtures/hubs/zone-network-fixture.js';
import reference from '../../fixtures/multiplex/reference.json';

const braphNodes = ['1', '2', '3'];
const braph = [layer(braphNodes, [['1', '2'], ['1', '3']]), layer(braphNodes, [['1', '2'], ['2', '3']])];

describe('overlappingDegree', () => {
  it('BRAPH-2 public test: layers {1-2, 1-3} and {1-2, 2-3} → o = [3, 3, 2]', () => {
    const r = overlappingDegree(braph);
    expect(r.degree).toEqual({ 1: 3, 2: 3, 3: 2 });
    expect(r.layers).toEqual(['0', '1']);
    expect(r.byLayer['0'].degree).toEqual({ 1: 2, 2: 1, 3: 1 });
  });

  it('matches the numpy fixture (3 layers, 12 nodes), degree and strength', () => {
    const { nodes, layers, overlappingDegree: o, overlappingStrength: s } = reference.multiplex;
    const input = Object.fromEntries(Object.entries(layers).map(([k, edges]) => [k, layer(nodes, edges as [string, string, number][])]));
    const r = overlappingDegree(input);
    expect(r.degree).toEqual(o);
    for (const v of nodes) expect(r.strength[v]).toBeCloseTo(s[v as keyof typeof s], 10);
  });

  it('reads a ZoneNetwork with one layer per mode; parallel linkages of one mode are one neighbour', () => {
    const net = zoneNetwork(
      [zone('a', '440100'), zone('b', '440100'), zone('c', '440300')],
      [
        { id: 'l1', source: 'a', target: 'b', mode: 'resource-factor', weight: 2 },
        { id: 'l2', source: 'a', target: 'b', mode: 'resource-factor', weight: 3 },
        { id: 'l3', source: 'a', target: 'b', mode: 'industrial-chain', directed: true },
        { id: 'l4', source: 'c', target: 'b', mode: 'cross-regional', directed: true, weight: 4 },
      ],
    );
    const r = overlappingDegree(net);
    expect(r.layers).toEqual(['resource-factor', 'industrial-chain', 'cross-regional']);
    expect(r.degree).toEqual({ a: 2, b: 3, c: 1 });
    expect(r.strength).toEqual({ a: 6, b: 10, c: 4 });
    expect(r.byLayer['resource-factor'].strength).toEqual({ a: 5, b: 5, c: 0 });
    // a year: l3 starts in 2021, so in 2020 the industrial-chain layer is gone
    const net2 = zoneNetwork([zone('a', '440100'), zone('b', '440100')], [
      { id: 'l1', source: 'a', target: 'b', mode: 'resource-factor' },
      { id: 'l2', source: 'a', target: 'b', mode: 'industrial-chain', startYear: 2021 },
    ]);
    expect(overlappingDegree(net2, { year: 2020 }).layers).toEqual(['resource-factor']);
    expect(overlappingDegree(net2, { year: 2020, modes: ['resource-factor', 'industrial-chain'] }).degree).toEqual({ a: 1, b: 1 });
  });

  it('edge cases: empty layers, isolates, self-loops ignored, directed layers read undirected', () => {
    const d = new Graph({ type: 'directed' });
    d.addNode('x');
    d.addNode('y');
    d.addEdge('x', 'y', { weight: 1 });
    d.addEdge('y', 'x', { weight: 2 });
    d.addEdge('x', 'x', { weight: 9 });
    const u = layer(['x', 'y'], []);
    const r = overlappingDegree([d, u]);
    expect(r.degree).toEqual({ x: 1, y: 1 });
    expect(r.strength).toEqual({ x: 3, y: 3 });
    expect(overlappingDegree([layer([], [])]).degree).toEqual({});
  });

  it('bad input: layers over different node sets (every difference listed), an unknown mode, invalid weights', () => {
    try {
      overlappingDegree([layer(['a', 'b'], []), layer(['a', 'c'], [])]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      expect((e as ZonelinkError).message).toMatch(/^overlappingDegree/);
      expect((e as ZonelinkError).issues.map((i) => i.id)).toEqual(['b', 'c']);
    }
    const net = zoneNetwork([zone('a', '440100'), zone('b', '440100')], [{ id: 'l1', source: 'a', target: 'b', mode: 'resource-factor' }]);
    expect(() => overlappingDegree(net, { modes: ['resource_factor'] })).toThrow(/^overlappingDegree: invalid modes/);
    expect(() => overlappingDegree([layer(['a', 'b'], [['a', 'b', NaN]])])).toThrow(/^overlappingDegree/);
    expect(() => overlappingDegree([])).toThrow(/^overlappingDegree: a multiplex needs at least one layer/);
  });

  it('property: the overlapping degree is the sum of the layer degrees', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.array(fc.tuple(fc.nat(7), fc.nat(7)), { maxLength: 20 }), { minLength: 1, maxLength: 4 }), (n, layerEdges) => {
        const nodes = Array.from({ length: n }, (_, i) => `v${i}`);
        const graphs = layerEdges.map((edges) => {
          const g = new Graph({ type: 'undirected' });
          for (const v of nodes) g.addNode(v);
          for (const [a, b] of edges) if (a < n && b < n && a !== b) g.mergeEdge(`v${a}`, `v${b}`);
          return g;
        });
        const r = overlappingDegree(graphs);
        for (const v of nodes) expect(r.degree[v]).toBe(graphs.reduce((s, g) => s + g.degree(v), 0));
      }),
      { numRuns: 100 },
    );
  });
});
