import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { atkinson } from '../../../src/measures/inequality/atkinson.js';
import ref from '../../fixtures/inequality/reference.json';

const X10 = ref.X10.x;

describe('atkinson', () => {
  it('matches the published R ineq value Atkinson(0.5) for X10 (methods.md §1)', () => {
    expect(atkinson(X10, 0.5)).toBeCloseTo(0.1796591, 7);
  });

  it('matches the base-R definitions (reference.R)', () => {
    expect(atkinson(X10, 0.5)).toBeCloseTo(ref.X10.atkinson05, 12);
    expect(atkinson(X10, 1)).toBeCloseTo(ref.X10.atkinson1, 12);
    expect(atkinson(X10, 2)).toBeCloseTo(ref.X10.atkinson2, 12);
    expect(atkinson(X10, 0.5, { weights: ref.X10.w })).toBeCloseTo(ref.X10.atkinson05Weighted, 12);
    expect(atkinson(ref.sample.x, 1.5, { weights: ref.sample.w })).toBeCloseTo(ref.sample.atkinson15Weighted, 12);
  });

  it('hand calculation: [1, 4]', () => {
    // ε = 1: x_ede = √(1·4) = 2, μ = 2.5 → 0.2; ε = 2: x_ede = 1/((1 + 1/4)/2) = 1.6 → 0.36
    expect(atkinson([1, 4], 1)).toBeCloseTo(0.2, 14);
    expect(atkinson([1, 4], 2)).toBeCloseTo(0.36, 14);
    expect(atkinson([1, 4], 0)).toBe(0);
  });

  it('zeros: A = 1 for ε ≥ 1, finite below', () => {
    expect(atkinson([0, 1, 2], 1)).toBe(1);
    expect(atkinson([0, 1, 2], 2)).toBe(1);
    // ε = 0.5: x_ede = ((0 + 1 + √2)/3)² ; μ = 1
    expect(atkinson([0, 1, 2], 0.5)).toBeCloseTo(1 - ((1 + Math.SQRT2) / 3) ** 2, 14);
  });

  it('edge cases', () => {
    expect(() => atkinson([], 0.5)).toThrow(/^atkinson: values is empty/);
    expect(atkinson([3], 0.5)).toBe(0);
    expect(atkinson([3, 3, 3], 2)).toBe(0);
    expect(atkinson([0, 0], 0.5)).toBeNaN();
    expect(() => atkinson([1, -1], 0.5)).toThrow(/negative/);
    expect(() => atkinson([1, 2], -1)).toThrow(/^atkinson: epsilon/);
    expect(() => atkinson([1, 2], NaN)).toThrow(/^atkinson: epsilon/);
  });

  it('properties: scale/replication invariance, 0 ≤ A < 1, increasing in ε', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 * 1e5 }).map((v) => v / 100), { minLength: 2, maxLength: 30 }), fc.double({ min: 0.1, max: 1e3, noNaN: true }), (x, c) => {
        const a05 = atkinson(x, 0.5);
        const a2 = atkinson(x, 2);
        expect(a05).toBeGreaterThanOrEqual(-1e-12);
        expect(a2).toBeLessThan(1);
        expect(a2).toBeGreaterThanOrEqual(a05 - 1e-12);
        expect(atkinson(x.map((v) => v * c), 0.5)).toBeCloseTo(a05, 9);
        expect(atkinson([...x, ...x], 0.5)).toBeCloseTo(a05, 9);
      }),
      { numRuns: 150 },
    );
  });
});
