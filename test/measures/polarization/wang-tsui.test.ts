import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { wangTsui } from '../../../src/measures/polarization/wang-tsui.js';
import ref from '../../fixtures/inequality/reference.json';

describe('wangTsui', () => {
  it('matches base R (reference.R)', () => {
    expect(wangTsui(ref.X10.x)).toBeCloseTo(ref.X10.wangTsui, 12);
    expect(wangTsui(ref.X10.x, { theta: 1, r: 0.3 })).toBeCloseTo(ref.X10.wangTsui_theta1_r03, 12);
    expect(wangTsui(ref.sample.x)).toBeCloseTo(ref.sample.wangTsui, 12);
  });

  it('hand calculation: [1, 2, 3] → m = 2: 0.5·(√0.5 + 0 + √0.5)/3', () => {
    expect(wangTsui([3, 1, 2])).toBeCloseTo((0.5 * 2 * Math.sqrt(0.5)) / 3, 15);
    // even n: [1, 3] → m = 2, |±½|^1 · θ / n = 0.5·1/2
    expect(wangTsui([1, 3], { r: 1 })).toBeCloseTo(0.25, 15);
  });

  it('properties: scale and permutation invariant', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 * 1e4 }).map((v) => v / 100), { minLength: 2, maxLength: 40 }), fc.integer({ min: -10, max: 10 }).map((k) => 2 ** k), (x, c) => {
        // c a power of two: scaling is exact in floating point, so the index must not move
        const w = wangTsui(x);
        expect(wangTsui(x.map((v) => v * c))).toBe(w);
        expect(Math.abs(wangTsui([...x].reverse()) - w)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(w)));
      }),
    );
  });

  it('edge cases', () => {
    expect(wangTsui([5])).toBe(0);
    expect(wangTsui([5, 5])).toBe(0);
    expect(wangTsui([0, 0])).toBeNaN();
    expect(wangTsui([0, 0, 3])).toBeNaN(); // median 0
    expect(() => wangTsui([1, 2], { r: 0 })).toThrow(/^wangTsui: option r must be/);
    expect(() => wangTsui([1, 2], { theta: -1 })).toThrow(/^wangTsui: option theta/);
    expect(() => wangTsui([1, Infinity])).toThrow(/^wangTsui: values at position 1 is Infinity/);
  });
});
