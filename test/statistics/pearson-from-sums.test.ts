import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { pearsonCorrelation } from '../../src/statistics/index.js';
import { pearsonFromSums } from '../../src/statistics/pearson-from-sums.js';

const sums = (a: number[], b: number[]) => {
  let sa = 0, sa2 = 0, sb = 0, sb2 = 0, sab = 0;
  a.forEach((v, i) => {
    sa += v; sa2 += v * v; sb += b[i]; sb2 += b[i] * b[i]; sab += v * b[i];
  });
  return [a.length, sa, sa2, sb, sb2, sab] as const;
};

describe('pearsonFromSums', () => {
  it('by hand: a = 1, 2, 3; b = 2, 4, 7 → 15/√228', () => {
    expect(pearsonFromSums(3, 6, 14, 13, 69, 31)).toBeCloseTo(15 / Math.sqrt(228), 15);
  });
  it('a constant sequence → NaN', () => {
    expect(pearsonFromSums(...sums([1, 1, 1], [1, 2, 3]))).toBeNaN();
  });
  it('agrees with the two-pass pearsonCorrelation on small integers', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 })), { minLength: 3, maxLength: 30 }), (pairs) => {
        const a = pairs.map((p) => p[0]);
        const b = pairs.map((p) => p[1]);
        const r1 = pearsonCorrelation(a, b);
        const r2 = pearsonFromSums(...sums(a, b));
        if (Number.isNaN(r1)) expect(r2).toBeNaN();
        else expect(Math.abs(r1 - r2)).toBeLessThan(1e-12);
      }),
    );
  });
});
