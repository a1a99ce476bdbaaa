import { describe, it, expect } from 'vitest';
import { layerCentralityComparison } from '../../../src/measures/multiplex/index.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { layer } from '../../fixtures/hubs/zone-network-fixture.js';
import reference from '../../fixtures/multiplex/reference.json';

describe('layerCentralityComparison', () => {
  it('per-layer and aggregate strength with rank correlations (numpy/scipy fixture)', () => {
    const { nodes, layers, strengthCorrelation, overlappingStrength } = reference.multiplex;
    const r = layerCentralityComparison(Object.fromEntries(Object.entries(layers).map(([k, e]) => [k, layer(nodes, e as [string, string, number][])])));
    for (const v of nodes) expect(r.aggregate[v]).toBeCloseTo(overlappingStrength[v as keyof typeof overlappingStrength], 10);
    r.correlation.forEach((c, k) => {
      expect(c.layer).toBe(strengthCorrelation[k].layer);
      expect(c.spearman).toBeCloseTo(strengthCorrelation[k].spearman, 12);
      expect(c.kendall).toBeCloseTo(strengthCorrelation[k].kendall, 12);
    });
  });

  it('degree on a binary union, layer weights, a custom centrality', () => {
    const n = ['a', 'b', 'c'];
    const l1 = layer(n, [['a', 'b', 2], ['a', 'c', 1]]);
    const l2 = layer(n, [['a', 'b', 5]]);
    const bin = layerCentralityComparison([l1, l2], { centrality: 'degree', aggregate: 'binary' });
    expect(bin.aggregate).toEqual({ a: 2, b: 1, c: 1 });
    expect(bin.perLayer['1']).toEqual({ a: 1, b: 1, c: 0 });
    const weighted = layerCentralityComparison([l1, l2], { layerWeights: { 0: 1, 1: 0.5 } });
    // W = W1 + 0.5 W2: a–b 4.5, a–c 1 → strengths a 5.5, b 4.5, c 1
    expect(weighted.aggregate).toEqual({ a: 5.5, b: 4.5, c: 1 });
    const custom = layerCentralityComparison([l1, l2], { centrality: function order(g) { return Object.fromEntries(g.nodes().map((v, i) => [v, i])); } });
    expect(custom.centrality).toBe('order');
    expect(custom.correlation[0].spearman).toBe(1);
  });

  it('bad input: unknown layer weights are listed', () => {
    const n = ['a', 'b'];
    try {
      layerCentralityComparison([layer(n, []), layer(n, [])], { layerWeights: { x: 1, 0: -1 } });
      expect.unreachable();
    } catch (e) {
      expect((e as ZonelinkError).message).toMatch(/^layerCentralityComparison/);
      expect((e as ZonelinkError).issues).toHaveLength(2);
    }
    expect(() => layerCentralityComparison([layer(n, [])], { centrality: 'pagerank' as never })).toThrow(/^layerCentralityComparison/);
  });
});
