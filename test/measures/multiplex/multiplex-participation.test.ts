import { describe, it, expect } from 'vitest';
import { multiplexParticipation } from '../../../src/measures/multiplex/index.js';
import { layer } from '../../fixtures/hubs/zone-network-fixture.js';
import reference from '../../fixtures/multiplex/reference.json';

const braphNodes = ['1', '2', '3'];
const braph = [layer(braphNodes, [['1', '2'], ['1', '3']]), layer(braphNodes, [['1', '2'], ['2', '3']])];

describe('multiplexParticipation', () => {
  it('BRAPH-2 public test: P = [8/9, 8/9, 1]', () => {
    const r = multiplexParticipation(braph);
    expect(r.participation['1']).toBeCloseTo(8 / 9, 12);
    expect(r.participation['2']).toBeCloseTo(8 / 9, 12);
    expect(r.participation['3']).toBeCloseTo(1, 12);
    expect(r.class).toEqual({ 1: 'multiplex', 2: 'multiplex', 3: 'multiplex' });
  });

  it('matches the numpy fixture, with classes and z-scores', () => {
    const { nodes, layers, participation, z } = reference.multiplex;
    const r = multiplexParticipation(Object.values(layers).map((edges) => layer(nodes, edges as [string, string, number][])));
    for (const v of nodes) {
      expect(r.participation[v]).toBeCloseTo(participation[v as keyof typeof participation], 10);
      expect(r.z[v]).toBeCloseTo(z[v as keyof typeof z], 10);
      const p = participation[v as keyof typeof participation];
      expect(r.class[v]).toBe(p < 1 / 3 ? 'focused' : p > 2 / 3 ? 'multiplex' : 'mixed');
    }
  });

  it('hub of a star layered twice: z ≥ 2; isolates have P = 0; weighted uses strengths', () => {
    // 9 leaves linked to h in both layers: o_h = 18, o_leaf = 2 → mean 3.6, σ = 4.8, z_h = 3
    const nodes = ['h', ...Array.from({ length: 9 }, (_, i) => `s${i}`), 'iso'];
    const edges = nodes.slice(1, 10).map((s) => ['h', s] as [string, string]);
    const r = multiplexParticipation([layer(nodes, edges), layer(nodes, edges)]);
    expect(r.hubs).toEqual(['h']);
    const mean = (18 + 9 * 2 + 0) / 11;
    const sd = Math.sqrt(((18 - mean) ** 2 + 9 * (2 - mean) ** 2 + mean ** 2) / 11);
    expect(r.z.h).toBeCloseTo((18 - mean) / sd, 12);
    expect(r.participation.iso).toBe(0);
    expect(r.class.iso).toBe('focused');
    // weighted: a–b weight 3 in layer 0 and 1 in layer 1 → P = 2[1 − (9/16 + 1/16)] = 3/4
    const w = multiplexParticipation([layer(['a', 'b'], [['a', 'b', 3]]), layer(['a', 'b'], [['a', 'b', 1]])], { weighted: true });
    expect(w.participation.a).toBeCloseTo(3 / 4, 12);
    expect(w.class.a).toBe('multiplex');
    // a node in one layer only is focused (P = 0)
    const f = multiplexParticipation([layer(['a', 'b'], [['a', 'b']]), layer(['a', 'b'], [])]);
    expect(f.participation.a).toBe(0);
  });

  it('needs two layers', () => {
    expect(() => multiplexParticipation([layer(['a'], [])])).toThrow(/^multiplexParticipation: participation needs at least two layers/);
  });
});
