import { describe, it, expect } from 'vitest';
import { williamson } from '../../../src/measures/inequality/williamson.js';
import { coefficientOfVariation } from '../../../src/measures/inequality/coefficient-of-variation.js';
import ref from '../../fixtures/inequality/reference.json';

describe('williamson', () => {
  it('matches base R (reference.R)', () => {
    expect(williamson(ref.X10.x, ref.X10.w)).toBeCloseTo(ref.X10.williamson, 12);
    expect(williamson(ref.X10.x, ref.X10.w, { nationalMean: 6000 })).toBeCloseTo(ref.X10.williamsonNational, 12);
  });

  it('hand calculation and the link to the weighted CV', () => {
    // y = 1, 3 with equal population: ȳ = 2, σ = 1 → 0.5
    expect(williamson([1, 3], [5, 5])).toBeCloseTo(0.5, 14);
    // population 1 and 3: ȳ = 2.5, σ² = (1.5²·1 + 0.5²·3)/4 = 0.75
    expect(williamson([1, 3], [1, 3])).toBeCloseTo(Math.sqrt(0.75) / 2.5, 14);
    expect(williamson([1, 3, 8], [2, 1, 1])).toBeCloseTo(coefficientOfVariation([1, 3, 8], { weights: [2, 1, 1] }), 14);
  });

  it('edge cases', () => {
    expect(williamson([5], [10])).toBe(0);
    expect(williamson([5], [10], { nationalMean: 4 })).toBeCloseTo(0.25, 14);
    expect(williamson([5, 5], [1, 2])).toBe(0);
    expect(williamson([1, 2], [1, 1], { nationalMean: 0 })).toBeNaN();
    expect(() => williamson([], [])).toThrow(/^williamson: perCapita is empty/);
    expect(() => williamson([1, 2], [1])).toThrow(/weights has length 1/);
    expect(() => williamson([1, NaN], [1, -1])).toThrow(/perCapita at position 1 is NaN.*weights at position 1 is negative/);
    expect(() => williamson([1, 2], [0, 0])).toThrow(/all weights are zero/);
    expect(() => williamson([1, 2], [1, 1], { nationalMean: NaN })).toThrow(/nationalMean/);
    expect(() => williamson([1, 2], undefined as never)).toThrow(/population is required/);
  });
});
