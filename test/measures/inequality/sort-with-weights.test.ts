import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { sortWithWeights } from '../../../src/measures/inequality/sort-with-weights.js';

describe('sortWithWeights (internal radix sort behind the weighted Lorenz curve and Dagum)', () => {
  it('sorts values ascending and carries each weight with its value', () => {
    const r = sortWithWeights(Float64Array.from([3, -1.5, 0, 2, -0, 1e-310, -7e300, 3]), Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(Array.from(r.x)).toEqual([-7e300, -1.5, -0, 0, 1e-310, 2, 3, 3]);
    expect(Array.from(r.w)).toEqual([7, 2, 5, 3, 6, 4, 1, 8]);
  });

  it('property: agrees with a comparator sort on every finite input', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.nat(1000)), { minLength: 1, maxLength: 200 }), (rows) => {
        const x = Float64Array.from(rows, (r) => r[0]);
        const w = Float64Array.from(rows, (r) => r[1]);
        const got = sortWithWeights(x, w);
        const want = rows.map((r, i) => [r[0], r[1], i] as const).sort((a, b) => a[0] - b[0] || (Object.is(a[0], -0) ? -1 : 0) - (Object.is(b[0], -0) ? -1 : 0) || a[2] - b[2]);
        expect(Array.from(got.x)).toEqual(want.map((r) => r[0]));
        expect(Array.from(got.w)).toEqual(want.map((r) => r[1]));
      }),
      { numRuns: 300 },
    );
  });
});
