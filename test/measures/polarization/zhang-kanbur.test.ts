import { describe, it, expect } from 'vitest';
import { zhangKanbur } from '../../../src/measures/polarization/zhang-kanbur.js';
import ref from '../../fixtures/inequality/reference.json';

describe('zhangKanbur', () => {
  it('matches base R (reference.R): α = 0 and weighted α = 1', () => {
    expect(zhangKanbur(ref.sample.x, ref.sample.region)).toBeCloseTo(ref.sample.zk0, 12);
    expect(zhangKanbur(ref.sample.x, ref.sample.region, { alpha: 1, weights: ref.sample.w })).toBeCloseTo(ref.sample.zk1Weighted, 12);
  });

  it('hand calculation: Theil L of [1, 3 | 6, 10]', () => {
    // μ = 5; B = −½(ln 0.4 + ln 1.6); W = ½ L_a + ½ L_b, L_a = −½(ln 0.5 + ln 1.5), L_b = −½(ln 0.75 + ln 1.25)
    const B = -0.5 * (Math.log(0.4) + Math.log(1.6));
    const W = 0.5 * (-0.5 * (Math.log(0.5) + Math.log(1.5))) + 0.5 * (-0.5 * (Math.log(0.75) + Math.log(1.25)));
    expect(zhangKanbur([1, 3, 6, 10], ['a', 'a', 'b', 'b'])).toBeCloseTo(B / W, 13);
  });

  it('edge cases', () => {
    expect(zhangKanbur([1, 2, 3], ['a', 'a', 'a'])).toBeNaN();
    expect(zhangKanbur([4], ['a'])).toBeNaN();
    expect(zhangKanbur([2, 2, 2], ['a', 'b', 'b'])).toBe(0);
    expect(zhangKanbur([1, 1, 5, 5], ['a', 'a', 'b', 'b'])).toBe(Infinity);
    expect(zhangKanbur([0, 0], ['a', 'b'])).toBeNaN();
    expect(() => zhangKanbur([1, 2], ['a', 'b'], { alpha: NaN })).toThrow(/^zhangKanbur: option alpha/);
    expect(() => zhangKanbur([1, -2], ['a', 'b'])).toThrow(/^zhangKanbur: values at position 1 is negative/);
    expect(() => zhangKanbur([1, 2], ['a'])).toThrow(/^zhangKanbur: groups has length 1/);
  });
});
