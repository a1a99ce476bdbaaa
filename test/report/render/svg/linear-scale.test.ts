import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linearScale, sqrtRadiusScale } from '../../../../src/report/render/svg/linear-scale.js';

describe('linearScale', () => {
  it('maps the domain ends to the range ends and interpolates linearly', () => {
    const s = linearScale([0, 10], [100, 200]);
    expect(s(0)).toBe(100);
    expect(s(10)).toBe(200);
    expect(s(2.5)).toBe(125); // 100 + 2.5/10 · 100
    expect(s(-5)).toBe(50); // extrapolates
  });

  it('handles an inverted range (y axes)', () => {
    const s = linearScale([0, 1], [400, 20]);
    expect(s(0.25)).toBe(305); // 400 + 0.25 · (20 − 400)
  });

  it('maps everything to the middle of the range for a zero-width domain', () => {
    const s = linearScale([3, 3], [0, 100]);
    expect(s(3)).toBe(50);
    expect(s(7)).toBe(50);
  });

  it('keeps its domain and range', () => {
    const s = linearScale([1, 2], [3, 4]);
    expect(s.domain).toEqual([1, 2]);
    expect(s.range).toEqual([3, 4]);
  });

  it('is monotone (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (a, b) => {
        const s = linearScale([-1e6, 1e6], [0, 500]);
        if (a <= b) expect(s(a)).toBeLessThanOrEqual(s(b) + 1e-9);
      }),
    );
  });
});

describe('sqrtRadiusScale', () => {
  it('makes area proportional to value above the floor', () => {
    const r = sqrtRadiusScale(16, 2, 12);
    expect(r(16)).toBe(12);
    expect(r(4)).toBe(6); // 12 · √(4/16)
    expect(r(1)).toBe(3); // 12 · √(1/16)
  });

  it('never goes below the floor; zero max gives the floor', () => {
    expect(sqrtRadiusScale(100, 3, 12)(0)).toBe(3);
    expect(sqrtRadiusScale(0, 3, 12)(0)).toBe(3);
  });
});
