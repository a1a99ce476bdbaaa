import { describe, it, expect } from 'vitest';
import { primacy } from '../../../src/measures/inequality/primacy.js';
import ref from '../../fixtures/inequality/reference.json';

describe('primacy', () => {
  it('matches base R (reference.R); X10 has 10 units so S11 is NaN', () => {
    const p = primacy(ref.X10.x);
    expect(p.s2).toBeCloseTo(ref.X10.primacy.s2, 12);
    expect(p.s4).toBeCloseTo(ref.X10.primacy.s4, 12);
    expect(p.s11).toBeNaN();
  });

  it('hand calculation with 11 cities', () => {
    // P1 = 100, P2..P11 = 10 each: S2 = 10, S4 = 100/30, S11 = 200/100 = 2
    const p = primacy([10, 10, 10, 100, 10, 10, 10, 10, 10, 10, 10]);
    expect(p.s2).toBe(10);
    expect(p.s4).toBeCloseTo(10 / 3, 14);
    expect(p.s11).toBe(2);
  });

  it('edge cases', () => {
    expect(primacy([5])).toEqual({ s2: NaN, s4: NaN, s11: NaN });
    expect(primacy([5, 0]).s2).toBe(Infinity);
    expect(primacy([0, 0]).s2).toBeNaN();
    expect(primacy([100, 50, 25, 25])).toEqual({ s2: 2, s4: 1, s11: NaN });
    expect(() => primacy([])).toThrow(/^primacy: values is empty/);
    expect(() => primacy([1, NaN, -3])).toThrow(/^primacy: values at position 1 is NaN.*position 2 is negative/);
  });
});
