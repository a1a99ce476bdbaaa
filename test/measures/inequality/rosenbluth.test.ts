import { describe, it, expect } from 'vitest';
import { rosenbluth } from '../../../src/measures/inequality/rosenbluth.js';
import { gini } from '../../../src/measures/inequality/gini.js';
import fc from 'fast-check';
import ref from '../../fixtures/inequality/reference.json';

describe('rosenbluth', () => {
  it('matches the published R ineq value for X10 (methods.md §1) and base R', () => {
    expect(rosenbluth(ref.X10.x)).toBeCloseTo(0.1859051, 7);
    expect(rosenbluth(ref.X10.x)).toBeCloseTo(ref.X10.rosenbluth, 12);
  });

  it('hand calculation: [1, 1, 2] → 1/(2(½·1 + ¼·2 + ¼·3) − 1) = 1/2.5', () => {
    expect(rosenbluth([2, 1, 1])).toBeCloseTo(0.4, 15);
  });

  it('equals 1/(n(1 − G)) (Hall & Tideman)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 * 1e5 }).map((v) => v / 1000), { minLength: 2, maxLength: 30 }).filter((a) => a.some((v) => v > 0)), (x) => {
        expect(rosenbluth(x)).toBeCloseTo(1 / (x.length * (1 - gini(x))), 9);
      }),
    );
  });

  it('edge cases', () => {
    expect(rosenbluth([3])).toBe(1);
    expect(rosenbluth([3, 3, 3, 3])).toBe(0.25);
    expect(rosenbluth([0, 0])).toBeNaN();
    expect(() => rosenbluth([])).toThrow(/^rosenbluth: values is empty/);
    expect(() => rosenbluth([1, Infinity])).toThrow(/^rosenbluth: values at position 1 is Infinity/);
  });
});
