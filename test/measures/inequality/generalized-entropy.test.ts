import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { generalizedEntropy, theilT, theilL } from '../../../src/measures/inequality/generalized-entropy.js';
import { coefficientOfVariation } from '../../../src/measures/inequality/coefficient-of-variation.js';
import ref from '../../fixtures/inequality/reference.json';

const X10 = ref.X10.x;
const W10 = ref.X10.w;

describe('generalizedEntropy, theilT, theilL', () => {
  it('matches the published R ineq weighted values (methods.md §1)', () => {
    expect(theilT(X10, { weights: W10 })).toBeCloseTo(0.2567824, 7);
    expect(theilL(X10, { weights: W10 })).toBeCloseTo(0.3248815, 7);
  });

  it('matches the base-R definitions (reference.R)', () => {
    const r = ref.X10;
    expect(theilT(X10)).toBeCloseTo(r.theilT, 12);
    expect(theilL(X10)).toBeCloseTo(r.theilL, 12);
    expect(generalizedEntropy(X10, 1)).toBeCloseTo(r.theilT, 12);
    expect(generalizedEntropy(X10, 0)).toBeCloseTo(r.theilL, 12);
    expect(generalizedEntropy(X10, 2)).toBeCloseTo(r.ge2, 12);
    expect(generalizedEntropy(X10, -1)).toBeCloseTo(r.geMinus1, 12);
    expect(generalizedEntropy(X10, 0.5)).toBeCloseTo(r.ge05, 12);
    expect(generalizedEntropy(X10, 2, { weights: W10 })).toBeCloseTo(r.ge2Weighted, 12);
    expect(theilT(ref.sample.x)).toBeCloseTo(ref.sample.theilT, 12);
    expect(theilT(ref.sample.x, { weights: ref.sample.w })).toBeCloseTo(ref.sample.theilTWeighted, 12);
    expect(theilL(ref.sample.x)).toBeCloseTo(ref.sample.theilL, 12);
  });

  it('hand calculations', () => {
    // [1, 1, 1, 5]: μ = 2, x/μ = 0.5, 0.5, 0.5, 2.5
    expect(theilT([1, 1, 1, 5])).toBeCloseTo((2.5 * Math.log(2.5) - 1.5 * Math.log(2)) / 4, 14);
    expect(theilL([1, 1, 1, 5])).toBeCloseTo(Math.log(2) - Math.log(5) / 4, 14);
    // GE(2) = CV²/2: [1, 2, 3, 4] has σ² = 1.25, μ = 2.5 → 0.1
    expect(generalizedEntropy([1, 2, 3, 4], 2)).toBeCloseTo(0.1, 14);
  });

  it('GE(α) is continuous at α = 0 and α = 1', () => {
    expect(generalizedEntropy(X10, 1e-7)).toBeCloseTo(theilL(X10), 6);
    expect(generalizedEntropy(X10, 1 + 1e-7)).toBeCloseTo(theilT(X10), 6);
  });

  it('zeros: Theil T keeps them (0·ln 0 = 0); GE(α ≤ 0) → Infinity unless dropped', () => {
    // [0, 2]: μ = 1, T = (0 + 2 ln 2)/2 = ln 2
    expect(theilT([0, 2])).toBeCloseTo(Math.log(2), 14);
    expect(theilL([0, 2])).toBe(Infinity);
    expect(generalizedEntropy([0, 2], -1)).toBe(Infinity);
    expect(theilL([0, 1, 3], { dropNonPositive: true })).toBeCloseTo(theilL([1, 3]), 14);
    expect(generalizedEntropy([0, 1, 3], 0.5, { dropNonPositive: true })).toBeCloseTo(generalizedEntropy([1, 3], 0.5), 14);
    expect(theilL([0, 4, 4], { dropNonPositive: true })).toBe(0);
  });

  it('edge cases of the input policy', () => {
    expect(() => theilT([])).toThrow(/^theilT: values is empty/);
    expect(theilT([4])).toBe(0);
    expect(theilL([2, 2, 2])).toBe(0);
    expect(generalizedEntropy([0.3, 0.3, 0.3], 3)).toBe(0);
    expect(theilT([0, 0])).toBeNaN();
    expect(() => theilT([1, -2, 3, -4])).toThrow(/position 1 is negative.*position 3 is negative/);
    expect(() => theilL([1, Infinity])).toThrow(/^theilL: values at position 1 is Infinity/);
    expect(() => generalizedEntropy([1, 2], NaN)).toThrow(/generalizedEntropy: alpha/);
    expect(() => generalizedEntropy([1, 2], 2, { weights: [-1, 1] })).toThrow(/negative/);
  });

  it('properties: scale and replication invariance, GE(2) = CV²/2, non-negativity', () => {
    const arb = fc.array(fc.integer({ min: 1, max: 100 * 1e5 }).map((v) => v / 100), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(arb, fc.double({ min: 1e-2, max: 1e2, noNaN: true }), fc.constantFrom(-1, 0, 0.5, 1, 2, 3), (x, c, a) => {
        const g = generalizedEntropy(x, a);
        expect(g).toBeGreaterThanOrEqual(-1e-12);
        expect(generalizedEntropy(x.map((v) => v * c), a)).toBeCloseTo(g, 8);
        expect(generalizedEntropy([...x, ...x], a)).toBeCloseTo(g, 8);
        expect(generalizedEntropy(x, 2)).toBeCloseTo(coefficientOfVariation(x) ** 2 / 2, 8);
      }),
      { numRuns: 150 },
    );
  });
});
