import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnFormatter, formatCount, formatIndex, NULL_MARK } from '../../../src/report/render/report-number-format.js';

describe('formatIndex', () => {
  it('prints 4 decimals by default, — for null and non-finite, never -0', () => {
    expect(formatIndex(0.43219)).toBe('0.4322');
    expect(formatIndex(1)).toBe('1.0000');
    expect(formatIndex(-0.35214)).toBe('-0.3521');
    expect(formatIndex(-0.00001)).toBe('0.0000');
    expect(formatIndex(0.5, 2)).toBe('0.50');
    expect(formatIndex(null)).toBe(NULL_MARK);
    expect(formatIndex(undefined)).toBe('—');
    expect(formatIndex(Number.NaN)).toBe('—');
    expect(formatIndex(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('formatCount', () => {
  it('prints integers as written and null as —', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(12345)).toBe('12345');
    expect(formatCount(null)).toBe('—');
  });
});

describe('columnFormatter', () => {
  it('keeps integer columns as integers', () => {
    const f = columnFormatter([37, 29, 18, null]);
    expect([37, 29, 0, null].map(f)).toEqual(['37', '29', '0', '—']);
  });

  it('gives the largest magnitude 4 significant digits and every value the same decimals', () => {
    // Largest 0.34 → 10^-1 → 3 − (−1) = 4 decimals.
    expect([0.3404255, 0.00412, 0].map(columnFormatter([0.3404255, 0.00412, 0]))).toEqual(['0.3404', '0.0041', '0.0000']);
    // Largest 123.456 → 10^2 → 1 decimal.
    expect([123.456, 2.5].map(columnFormatter([123.456, 2.5]))).toEqual(['123.5', '2.5']);
    // Largest 0.004213 → 10^-3 → 6 decimals.
    expect([0.004213, 0.0001].map(columnFormatter([0.004213, 0.0001]))).toEqual(['0.004213', '0.000100']);
    // Largest 28450.5 → 10^4 → 0 decimals.
    expect([28450.5, 9870.25].map(columnFormatter([28450.5, 9870.25]))).toEqual(['28451', '9870']);
    // Negative values count by magnitude.
    expect([-12.345, 1].map(columnFormatter([-12.345, 1]))).toEqual(['-12.35', '1.00']);
  });

  it('caps decimals at 8 and uses exponents for extreme magnitudes', () => {
    expect(columnFormatter([1e-6, 0.5e-6])(1e-6)).toBe('0.00000100');
    expect(columnFormatter([3e-9, 1e-9])(3e-9)).toBe('3.000e-9');
    expect(columnFormatter([1.5e16])(1.5e16)).toBe('1.500e+16');
    expect(columnFormatter([])(null)).toBe('—');
  });

  it('prints every value of a column whose largest magnitude is in [1e-3, 1e6] without exponent, within half a unit of the last decimal', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 20 }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (rest, anchor) => {
        const values = [anchor, ...rest];
        const f = columnFormatter(values);
        for (const v of values) {
          const text = f(v);
          expect(text).not.toMatch(/NaN|Infinity|e/);
          // Within half a unit of the last printed decimal.
          const decimals = text.includes('.') ? text.split('.')[1].length : 0;
          expect(Math.abs(Number(text) - v)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9 * Math.abs(v));
        }
      }),
    );
  });
});
