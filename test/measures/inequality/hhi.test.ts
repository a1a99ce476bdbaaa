import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { hhi } from '../../../src/measures/inequality/hhi.js';
import ref from '../../fixtures/inequality/reference.json';

describe('hhi', () => {
  it('matches the published R ineq value for X10 (methods.md §1) and base R', () => {
    expect(hhi(ref.X10.x)).toBeCloseTo(0.1840812, 7);
    expect(hhi(ref.X10.x)).toBeCloseTo(ref.X10.hhi, 12);
    expect(hhi(ref.X10.x, { normalized: true })).toBeCloseTo(ref.X10.hhiNormalized, 12);
  });

  it('hand calculation: [1, 1, 2] → shares ¼, ¼, ½', () => {
    expect(hhi([1, 1, 2])).toBeCloseTo(0.375, 15);
    expect(hhi([1, 1, 2], { normalized: true })).toBeCloseTo((0.375 - 1 / 3) / (2 / 3), 15);
    expect(hhi([0, 0, 5])).toBe(1);
  });

  it('edge cases (a concentration index: n = 1 → 1, all equal → 1/n)', () => {
    expect(hhi([9])).toBe(1);
    expect(hhi([9], { normalized: true })).toBeNaN();
    expect(hhi([0.1, 0.1, 0.1])).toBe(1 / 3);
    expect(hhi([0.1, 0.1, 0.1], { normalized: true })).toBe(0);
    expect(hhi([0, 0])).toBeNaN();
    expect(() => hhi([])).toThrow(/^hhi: values is empty/);
    expect(() => hhi([1, -1])).toThrow(/^hhi: values at position 1 is negative/);
  });

  it('properties: 1/n ≤ HHI ≤ 1, scale and permutation invariant', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 * 1e6 }).map((v) => v / 1000), { minLength: 1, maxLength: 30 }).filter((a) => a.some((v) => v > 0)), (x) => {
        const h = hhi(x);
        expect(h).toBeGreaterThanOrEqual(1 / x.length - 1e-12);
        expect(h).toBeLessThanOrEqual(1 + 1e-12);
        expect(hhi(x.map((v) => v * 3))).toBeCloseTo(h, 12);
        expect(hhi([...x].reverse())).toBeCloseTo(h, 12);
      }),
    );
  });
});
