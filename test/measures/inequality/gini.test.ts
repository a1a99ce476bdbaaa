import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { gini } from '../../../src/measures/inequality/gini.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import ref from '../../fixtures/inequality/reference.json';

const X10 = ref.X10.x;
const W10 = ref.X10.w;
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-300, Math.abs(b));

describe('gini', () => {
  it('matches the published R ineq values for X10 (methods.md §1)', () => {
    expect(gini(X10)).toBeCloseTo(0.4620911, 7);
    expect(gini(X10, { weights: W10 })).toBeCloseTo(0.3889257, 7);
  });

  it('matches the O(n²) definition written in base R (reference.R)', () => {
    expect(rel(gini(X10), ref.X10.gini)).toBeLessThan(1e-12);
    expect(rel(gini(X10, { weights: W10 }), ref.X10.giniWeighted)).toBeLessThan(1e-12);
    expect(rel(gini(X10, { correction: 'n/(n-1)' }), ref.X10.giniCorrected)).toBeLessThan(1e-12);
    expect(rel(gini(X10, { weights: W10, correction: 'weights' }), ref.X10.giniWeightsCorrected)).toBeLessThan(1e-12);
    expect(rel(gini(ref.sample.x), ref.sample.gini)).toBeLessThan(1e-12);
    expect(rel(gini(ref.sample.x, { weights: ref.sample.w }), ref.sample.giniWeighted)).toBeLessThan(1e-12);
  });

  it('hand calculation: [1, 2, 3, 4]', () => {
    // Σ_i Σ_j |x_i − x_j| = 2·(1+2+3+1+2+1) = 20; 2 n² μ = 2·16·2.5 = 80 → G = 0.25
    expect(gini([1, 2, 3, 4])).toBeCloseTo(0.25, 14);
    expect(gini([4, 1, 3, 2], { correction: 'n/(n-1)' })).toBeCloseTo(1 / 3, 14);
    // unweighted 'weights' correction = 1 − Σ p² = 1 − 1/4 → same as n/(n−1)
    expect(gini([1, 2, 3, 4], { correction: 'weights' })).toBeCloseTo(1 / 3, 14);
    // one unit holds everything: G = (n − 1)/n
    expect(gini([0, 0, 0, 5])).toBeCloseTo(0.75, 14);
  });

  it('integer frequency weights equal replication', () => {
    expect(gini([1, 5, 9], { weights: [2, 1, 3] })).toBeCloseTo(gini([1, 1, 5, 9, 9, 9]), 14);
  });

  it('zero weights drop units', () => {
    expect(gini([1, 100, 2, 3], { weights: [1, 0, 1, 1] })).toBeCloseTo(gini([1, 2, 3]), 14);
  });

  it('edge cases of the input policy', () => {
    expect(() => gini([])).toThrow(ZonelinkError);
    expect(gini([7])).toBe(0);
    expect(gini([7], { correction: 'n/(n-1)' })).toBeNaN();
    expect(gini([7], { correction: 'weights' })).toBeNaN();
    expect(gini([3.3, 3.3, 3.3])).toBe(0);
    expect(gini([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1], { weights: [1, 2, 3, 4, 5, 6, 7] })).toBe(0);
    expect(gini([0, 0, 0])).toBeNaN();
    expect(gini([-1, 1])).toBeNaN(); // Σx = 0
    expect(gini([-1, 3])).toBeCloseTo(1, 14); // ΣΣ|x_i − x_j| = 8, 2n²μ = 2·4·1 = 8: negatives are computable
    expect(() => gini([1, 2], { correction: 'bad' as never })).toThrow(/gini: option correction/);
  });

  it('bad input names the function and every position', () => {
    try {
      gini([1, NaN, 2, Infinity, -Infinity]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      const err = e as ZonelinkError;
      expect(err.code).toBe('invalid-argument');
      expect(err.message).toMatch(/^gini: /);
      expect(err.issues.map((i) => i.index)).toEqual([1, 3, 4]);
    }
    expect(() => gini([1, 2], { weights: [1, -1] })).toThrow(/weights at position 1 is negative/);
    expect(() => gini([1, 2], { weights: [0, 0] })).toThrow(/all weights are zero/);
    expect(() => gini([1, 2], { weights: [1] })).toThrow(/weights has length 1/);
    expect(() => gini([1, 2], { weights: [1, NaN] })).toThrow(/weights at position 1 is NaN/);
  });

  it('does not mutate its input', () => {
    const x = [3, 1, 2];
    gini(x, { weights: [1, 2, 3] });
    expect(x).toEqual([3, 1, 2]);
  });

  it('properties: scale, permutation, replication invariance and bounds', () => {
    const arb = fc.array(fc.integer({ min: 0, max: 1000 * 1e6 }).map((v) => v / 1000), { minLength: 2, maxLength: 40 }).filter((a) => a.some((v) => v > 0));
    fc.assert(
      fc.property(arb, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.integer({ min: 1, max: 4 }), (x, c, k) => {
        const g = gini(x);
        expect(g).toBeGreaterThanOrEqual(-1e-12);
        expect(g).toBeLessThan(1);
        expect(gini(x.map((v) => v * c))).toBeCloseTo(g, 10);
        expect(gini([...x].reverse())).toBeCloseTo(g, 10);
        expect(gini(x.flatMap((v) => Array(k).fill(v)))).toBeCloseTo(g, 10);
        // equals the O(n²) definition
        let s = 0;
        let m = 0;
        for (const a of x) {
          m += a;
          for (const b of x) s += Math.abs(a - b);
        }
        expect(g).toBeCloseTo(s / (2 * x.length * m), 10);
      }),
      { numRuns: 200 },
    );
  });
});
