import { describe, it, expect } from 'vitest';
import { locationQuotient, locationQuotients } from '../../../src/measures/inequality/location-quotient.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import ref from '../../fixtures/inequality/reference.json';

describe('locationQuotient', () => {
  it('hand calculation: 30% of region i against 20% nationally → 1.5', () => {
    expect(locationQuotient(30, 100, 200, 1000)).toBeCloseTo(1.5, 14);
    expect(locationQuotient(0, 100, 200, 1000)).toBe(0);
  });

  it('edge cases', () => {
    expect(locationQuotient(0, 0, 200, 1000)).toBeNaN();
    expect(locationQuotient(1, 10, 0, 1000)).toBeNaN();
    expect(() => locationQuotient(NaN, 1, -2, 3)).toThrow(/^locationQuotient: argument at e_ij is NaN.*argument at E_j is negative/);
  });
});

describe('locationQuotients', () => {
  it('matches base R on a 5 × 4 matrix (reference.R)', () => {
    const lq = locationQuotients(ref.lq.matrix);
    lq.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(ref.lq.lq[i][j], 12)));
  });

  it('hand calculation', () => {
    const lq = locationQuotients([
      [30, 70],
      [170, 730],
    ]);
    expect(lq[0][0]).toBeCloseTo(1.5, 14);
    expect(lq[0][1]).toBeCloseTo(0.875, 14);
    expect(lq[1][0]).toBeCloseTo(170 / 900 / 0.2, 14);
  });

  it('edge cases: zero row, ragged rows, bad cells named by [row][column]', () => {
    const lq = locationQuotients([
      [0, 0],
      [1, 3],
    ]);
    expect(lq[0][0]).toBeNaN();
    expect(lq[1][0]).toBeCloseTo(1, 14);
    expect(() => locationQuotients([])).toThrow(/^locationQuotients: matrix must be/);
    expect(() => locationQuotients([[1, 2], [3]])).toThrow(/bad rows: 1/);
    try {
      locationQuotients([
        [1, NaN],
        [-1, 2],
      ]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      expect((e as ZonelinkError).message).toMatch(/matrix at \[0\]\[1\] is NaN.*matrix at \[1\]\[0\] is negative/);
      expect((e as ZonelinkError).issues).toHaveLength(2);
    }
  });
});
