import { describe, it, expect } from 'vitest';
import { concentrationRatio } from '../../../src/measures/inequality/concentration-ratio.js';
import ref from '../../fixtures/inequality/reference.json';

describe('concentrationRatio', () => {
  it('matches base R (reference.R)', () => {
    expect(concentrationRatio(ref.X10.x, 1)).toBeCloseTo(ref.X10.cr1, 14);
    expect(concentrationRatio(ref.X10.x, 3)).toBeCloseTo(ref.X10.cr3, 14);
  });

  it('hand calculation and edge cases', () => {
    expect(concentrationRatio([5, 1, 3, 1], 2)).toBeCloseTo(0.8, 15);
    expect(concentrationRatio([5, 1, 3, 1], 4)).toBe(1);
    expect(concentrationRatio([5, 1, 3, 1], 10)).toBe(1);
    expect(concentrationRatio([0, 0], 1)).toBeNaN();
    expect(() => concentrationRatio([1, 2], 0)).toThrow(/^concentrationRatio: k must be a positive integer/);
    expect(() => concentrationRatio([1, 2], 1.5)).toThrow(/k must be/);
    expect(() => concentrationRatio([], 1)).toThrow(/values is empty/);
    expect(() => concentrationRatio([-1, 2], 1)).toThrow(/position 0 is negative/);
  });
});
