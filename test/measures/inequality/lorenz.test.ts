import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { lorenz, lorenzAt } from '../../../src/measures/inequality/lorenz.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import ref from '../../fixtures/inequality/reference.json';

describe('lorenz', () => {
  it('hand calculation: [3, 1, 4, 2] → sorted 1, 2, 3, 4 of total 10', () => {
    const c = lorenz([3, 1, 4, 2]);
    expect(c.p).toEqual([0, 0.25, 0.5, 0.75, 1]);
    [0, 0.1, 0.3, 0.6, 1].forEach((v, k) => expect(c.l[k]).toBeCloseTo(v, 15));
  });

  it('weighted: P is the cumulative weight share', () => {
    const c = lorenz([10, 1], { weights: [1, 3] });
    // sorted: 1 (w 3), 10 (w 1); Σwx = 13
    expect(c.p).toEqual([0, 0.75, 1]);
    expect(c.l[1]).toBeCloseTo(3 / 13, 15);
    expect(c.l[2]).toBe(1);
  });

  it('lorenzAt interpolates linearly (R approx on the same points)', () => {
    const c = lorenz(ref.X10.x);
    expect(lorenzAt(c, 0.5)).toBeCloseTo(ref.X10.lorenzAt05, 12);
    expect(lorenzAt(c, 0.33)).toBeCloseTo(ref.X10.lorenzAt033, 12);
    expect(lorenzAt(lorenz([1, 2, 3]), 0.5)).toBeCloseTo(1 / 3, 15);
    expect(lorenzAt(c, 0)).toBe(0);
    expect(lorenzAt(c, 1)).toBe(1);
  });

  it('edge cases', () => {
    expect(() => lorenz([])).toThrow(ZonelinkError);
    expect(lorenz([5])).toEqual({ p: [0, 1], l: [0, 1] });
    const z = lorenz([0, 0]);
    expect(z.l[0]).toBe(0);
    expect(z.l[1]).toBeNaN();
    expect(() => lorenz([1, NaN])).toThrow(/lorenz: values at position 1 is NaN/);
    expect(() => lorenzAt(lorenz([1, 2]), 1.5)).toThrow(/lorenzAt: p must be/);
    expect(() => lorenzAt({ p: [0], l: [0] }, 0.5)).toThrow(/lorenzAt/);
  });

  it('properties: monotone, convex, below the diagonal', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 * 1e6 }).map((v) => v / 1000), { minLength: 2, maxLength: 30 }).filter((a) => a.some((v) => v > 0)), (x) => {
        const c = lorenz(x);
        for (let k = 1; k < c.p.length; k++) {
          expect(c.l[k]).toBeGreaterThanOrEqual(c.l[k - 1] - 1e-12);
          expect(c.l[k]).toBeLessThanOrEqual(c.p[k] + 1e-12);
        }
      }),
    );
  });
});
