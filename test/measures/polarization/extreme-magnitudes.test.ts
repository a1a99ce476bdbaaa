import { describe, expect, it } from 'vitest';
import { duclosEstebanRay } from '../../../src/measures/polarization/duclos-esteban-ray.js';
import { estebanGradinRay } from '../../../src/measures/polarization/esteban-gradin-ray.js';
import { estebanRay } from '../../../src/measures/polarization/esteban-ray.js';

/**
 * Esteban–Ray (K = 1/μ or on logs), Esteban–Gradín–Ray and Duclos–Esteban–Ray are
 * invariant to the scale of the values, so multiplying every value by a power of two
 * (exact in floating point, even among subnormals) must not change them — where sums
 * of the raw values would overflow (2^1023 · 6) or products underflow (2^-1070).
 * Issue 15 item 3.
 */
const base = [1, 2, 3, 10, 11, 12];
const groups = ['a', 'a', 'a', 'b', 'b', 'b'];
const scaled = (k: number) => base.map((x) => x * 2 ** k);

describe('polarization indices keep scale invariance at extreme magnitudes', () => {
  for (const k of [-1070, 1020]) {
    it(`estebanRay (scale 'mean' and 'log') of the values × 2^${k} equals that of the values`, () => {
      for (const scale of ['mean', 'log'] as const) {
        expect(estebanRay(scaled(k), groups, { scale })).toBe(estebanRay(base, groups, { scale }));
      }
      expect(estebanRay({ shares: [0.5, 0.5], means: [2 * 2 ** k, 11 * 2 ** k] }, { alpha: 1 })).toBe(estebanRay({ shares: [0.5, 0.5], means: [2, 11] }, { alpha: 1 }));
    });

    it(`estebanGradinRay and duclosEstebanRay of the values × 2^${k} equal those of the values`, () => {
      expect(estebanGradinRay(scaled(k), groups)).toEqual(estebanGradinRay(base, groups));
      expect(duclosEstebanRay(scaled(k))).toEqual(duclosEstebanRay(base));
    });
  }

  it("estebanRay with scale 'none' is in the values' unit: × 2^k scales it by 2^k (here ER = 9/2^1.5 by hand at k = 0)", () => {
    // two groups of shares ½ with means 2 and 11: ER = Σ_g Σ_h π_g^2.5 π_h |y_g − y_h| = 2 · 0.5^2.5 · 0.5 · 9
    expect(estebanRay(base, groups, { scale: 'none' })).toBeCloseTo(2 * 0.5 ** 2.5 * 0.5 * 9, 12);
    expect(estebanRay(scaled(-1000), groups, { scale: 'none' })).toBe(estebanRay(base, groups, { scale: 'none' }) * 2 ** -1000);
  });
});
