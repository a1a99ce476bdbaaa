import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { wolfson } from '../../../src/measures/polarization/wolfson.js';
import ref from '../../fixtures/inequality/reference.json';

describe('wolfson', () => {
  it('matches base R (approx() for L(0.5), median()) (reference.R); returns W, not pysal W/2', () => {
    expect(wolfson(ref.X10.x)).toBeCloseTo(ref.X10.wolfson, 12);
    expect(wolfson(ref.sample.x)).toBeCloseTo(ref.sample.wolfson, 12);
  });

  it('hand calculation: [1, 2, 3, 4]', () => {
    // L(0.5) = 0.3, T = 0.2, G = 0.25, μ = m = 2.5 → W = 2(0.4 − 0.25) = 0.3
    expect(wolfson([4, 3, 2, 1])).toBeCloseTo(0.3, 14);
    // odd n: [1, 2, 6]: L at 1/3, 2/3 = 1/9, 3/9; L(0.5) = 2/9; T = 0.5 − 2/9 = 5/18
    // G = 2(1 + 5 + 4)/(2·9·3) = 20/54; μ = 3, m = 2 → W = 2(10/18 − 20/54)·3/2 = 5/9
    expect(wolfson([1, 2, 6])).toBeCloseTo(5 / 9, 14);
  });

  it('properties: scale and permutation invariant', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 * 1e4 }).map((v) => v / 100), { minLength: 2, maxLength: 40 }), fc.integer({ min: -10, max: 10 }).map((k) => 2 ** k), (x, c) => {
        // c a power of two: scaling is exact in floating point, so the index must not move
        const w = wolfson(x);
        expect(wolfson(x.map((v) => v * c))).toBe(w);
        expect(Math.abs(wolfson([...x].reverse()) - w)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(w)));
      }),
    );
  });

  it('edge cases', () => {
    expect(wolfson([7])).toBe(0);
    expect(wolfson([7, 7, 7])).toBe(0);
    expect(wolfson([0, 0])).toBeNaN();
    expect(wolfson([0, 0, 0, 5])).toBeNaN(); // median 0
    expect(() => wolfson([])).toThrow(/^wolfson: values is empty/);
    expect(() => wolfson([1, -1])).toThrow(/^wolfson: values at position 1 is negative/);
  });
});
