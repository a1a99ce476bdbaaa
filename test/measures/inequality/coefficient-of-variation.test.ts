import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { coefficientOfVariation } from '../../../src/measures/inequality/coefficient-of-variation.js';
import ref from '../../fixtures/inequality/reference.json';

describe('coefficientOfVariation', () => {
  it('matches base R (sd() for ddof 1) (reference.R)', () => {
    const r = ref.X10;
    expect(coefficientOfVariation(r.x)).toBeCloseTo(r.cv, 12);
    expect(coefficientOfVariation(r.x, { ddof: 1 })).toBeCloseTo(r.cvSample, 12);
    expect(coefficientOfVariation(r.x, { weights: r.w })).toBeCloseTo(r.cvWeighted, 12);
    expect(coefficientOfVariation(r.x, { weights: r.w, ddof: 1 })).toBeCloseTo(r.cvWeightedSample, 12);
    expect(coefficientOfVariation(ref.sample.x, { ddof: 1 })).toBeCloseTo(ref.sample.cvSample, 12);
  });

  it('hand calculation: [2, 4, 4, 4, 5, 5, 7, 9] has σ = 2, μ = 5', () => {
    expect(coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(0.4, 14);
    // sample: σ² = 32/7
    expect(coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9], { ddof: 1 })).toBeCloseTo(Math.sqrt(32 / 7) / 5, 14);
  });

  it('edge cases', () => {
    expect(() => coefficientOfVariation([])).toThrow(/^coefficientOfVariation: values is empty/);
    expect(coefficientOfVariation([4])).toBe(0);
    expect(coefficientOfVariation([4], { ddof: 1 })).toBeNaN();
    expect(coefficientOfVariation([0.7, 0.7, 0.7])).toBe(0);
    expect(coefficientOfVariation([0, 0])).toBeNaN();
    expect(coefficientOfVariation([-1, 3])).toBeCloseTo(2, 14); // negatives accepted: σ = 2, μ = 1
    expect(() => coefficientOfVariation([1, 2], { ddof: 2 as never })).toThrow(/ddof/);
    expect(() => coefficientOfVariation([1, NaN, Infinity])).toThrow(/position 1 is NaN.*position 2 is Infinity/);
  });

  it('properties: scale invariant, permutation invariant', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 * 1e5 }).map((v) => v / 100), { minLength: 2, maxLength: 30 }), fc.double({ min: 0.1, max: 1e3, noNaN: true }), (x, c) => {
        const cv = coefficientOfVariation(x);
        expect(coefficientOfVariation(x.map((v) => v * c))).toBeCloseTo(cv, 9);
        expect(coefficientOfVariation([...x].reverse())).toBeCloseTo(cv, 9);
        expect(coefficientOfVariation([...x, ...x])).toBeCloseTo(cv, 9);
      }),
    );
  });
});
