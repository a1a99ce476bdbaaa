import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { hoover } from '../../../src/measures/inequality/hoover.js';
import ref from '../../fixtures/inequality/reference.json';

describe('hoover', () => {
  it('matches base R (reference.R): GDP X10 against population W10', () => {
    expect(hoover(ref.X10.x, ref.X10.w)).toBeCloseTo(ref.X10.hoover, 12);
  });

  it('hand calculations', () => {
    expect(hoover([10, 0], [5, 5])).toBeCloseTo(0.5, 14);
    // shares a: 0.2, 0.3, 0.5; b: 0.5, 0.25, 0.25 → ½(0.3 + 0.05 + 0.25) = 0.3
    expect(hoover([2, 3, 5], [2, 1, 1])).toBeCloseTo(0.3, 14);
    expect(hoover([1, 2, 3], [2, 4, 6])).toBeCloseTo(0, 14);
  });

  it('edge cases', () => {
    expect(hoover([4], [9])).toBe(0);
    expect(hoover([0, 0], [1, 2])).toBeNaN();
    expect(hoover([1, 2], [0, 0])).toBeNaN();
    expect(() => hoover([1, 2], [1])).toThrow(/^hoover: a has length 2, b has length 1/);
    expect(() => hoover([], [])).toThrow(/^hoover: a is empty/);
    expect(() => hoover([1, -2], [1, 1])).toThrow(/^hoover: a at position 1 is negative/);
    expect(() => hoover([1, 2], [1, NaN])).toThrow(/^hoover: b at position 1 is NaN/);
  });

  it('properties: symmetric, in [0, 1], scale invariant', () => {
    const arr = fc.array(fc.integer({ min: 0, max: 1000 * 1e4 }).map((v) => v / 1000), { minLength: 3, maxLength: 3 }).filter((a) => a.some((v) => v > 0));
    fc.assert(
      fc.property(arr, arr, (a, b) => {
        const h = hoover(a, b);
        expect(h).toBeGreaterThanOrEqual(0);
        expect(h).toBeLessThanOrEqual(1 + 1e-12);
        expect(hoover(b, a)).toBeCloseTo(h, 12);
        expect(hoover(a.map((v) => v * 7), b)).toBeCloseTo(h, 12);
      }),
    );
  });
});
