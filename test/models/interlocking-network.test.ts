import { describe, it, expect } from 'vitest';
import { interlockingNetwork } from '../../src/models/index.js';
import { ZonelinkError } from '../../src/error/zonelink-error.js';
import reference from '../fixtures/models/reference.json';

describe('interlockingNetwork', () => {
  it('R = V Vᵀ with a zero diagonal, connectivity and its share of the maximum (numpy fixture)', () => {
    const { places, values, strength, connectivity, relative } = reference.interlocking;
    const r = interlockingNetwork({ places, values }, { mode: 'industrial-chain' });
    for (let a = 0; a < places.length; a++) {
      expect(r.connectivity[places[a]]).toBeCloseTo(connectivity[a], 10);
      expect(r.relativeConnectivity[places[a]]).toBeCloseTo(relative[a], 10);
      for (let b = 0; b < places.length; b++) if (a !== b) expect(r.strength[places[a]][places[b]]).toBeCloseTo(strength[a][b], 10);
    }
    const positive = strength.flatMap((row, a) => row.filter((v, b) => b > a && v > 0)).length;
    expect(r.linkages).toHaveLength(positive);
    expect(r.linkages.every((l) => !l.directed && l.citation === 'model:interlocking' && l.mode === 'industrial-chain')).toBe(true);
  });

  it('hand example and the sparse record form', () => {
    // a = [2, 1], b = [1, 0], c = [0, 3]: r_ab = 2, r_ac = 3, r_bc = 0; C = (5, 2, 3)
    const r = interlockingNetwork({ a: { f1: 2, f2: 1 }, b: { f1: 1 }, c: { f2: 3 } }, { mode: 'resource-factor' });
    expect(r.strength.a.b).toBe(2);
    expect(r.strength.a.c).toBe(3);
    expect(r.strength.b.c).toBe(0);
    expect(r.connectivity).toEqual({ a: 5, b: 2, c: 3 });
    expect(r.relativeConnectivity).toEqual({ a: 1, b: 0.4, c: 0.6 });
    expect(r.linkages.map((l) => l.id)).toEqual(['interlocking:a--b', 'interlocking:a--c']);
    expect(interlockingNetwork({ a: { f1: 2, f2: 1 }, b: { f1: 1 }, c: { f2: 3 } }, { mode: 'resource-factor', threshold: { topK: 1 } }).linkages.map((l) => l.id)).toEqual(['interlocking:a--b', 'interlocking:a--c']);
  });

  it('edge cases: one place, all zero', () => {
    expect(interlockingNetwork({ places: ['a'], values: [[1, 2]] }, { mode: 'resource-factor' }).connectivity).toEqual({ a: 0 });
    const zero = interlockingNetwork({ places: ['a', 'b'], values: [[0], [0]] }, { mode: 'resource-factor' });
    expect(zero.linkages).toEqual([]);
    expect(Number.isNaN(zero.relativeConnectivity.a)).toBe(true);
  });

  it('bad input: NaN and negative values all listed, ragged rows, duplicate places', () => {
    try {
      interlockingNetwork({ places: ['a', 'b'], values: [[NaN, 1], [1, -2]] }, { mode: 'resource-factor' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      expect((e as ZonelinkError).message).toMatch(/^interlockingNetwork/);
      expect((e as ZonelinkError).issues).toHaveLength(2);
    }
    expect(() => interlockingNetwork({ places: ['a', 'b'], values: [[1, 1], [1]] }, { mode: 'resource-factor' })).toThrow(/^interlockingNetwork/);
    expect(() => interlockingNetwork({ places: ['a', 'a'], values: [[1], [1]] }, { mode: 'resource-factor' })).toThrow(/^interlockingNetwork/);
    expect(() => interlockingNetwork({ places: ['a'], values: [[1]] }, { mode: 'nope' })).toThrow(/^interlockingNetwork: unknown linkage mode/);
  });
});
