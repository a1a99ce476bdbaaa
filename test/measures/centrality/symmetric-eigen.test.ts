import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { symmetricEigen } from '../../../src/measures/centrality/symmetric-eigen.js';

describe('symmetricEigen', () => {
  it('[[2, 1], [1, 2]]: eigenvalues 1 and 3, eigenvectors (1, −1)/√2 and (1, 1)/√2 (hand calculation)', () => {
    const { values, vectors } = symmetricEigen(Float64Array.of(2, 1, 1, 2), 2, 2);
    const order = values[0] < values[1] ? [0, 1] : [1, 0];
    expect(values[order[0]]).toBeCloseTo(1, 14);
    expect(values[order[1]]).toBeCloseTo(3, 14);
    const big = order[1];
    expect(Math.abs(vectors[0 * 2 + big])).toBeCloseTo(Math.SQRT1_2, 14);
    expect(vectors[0 * 2 + big] * vectors[1 * 2 + big]).toBeCloseTo(0.5, 14);
  });

  it('reads only the leading size × size block of a wider matrix', () => {
    // stride 3, block [[4, 0], [0, −1]]; the third row and column hold noise that must be ignored
    const { values } = symmetricEigen(Float64Array.of(4, 0, 99, 0, -1, 99, 99, 99, 99), 3, 2);
    expect([...values].sort((a, b) => a - b)).toEqual([-1, 4]);
  });

  it('property: A q = λ q for every pair, and the eigenvectors are orthonormal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((k) => fc.tuple(fc.constant(k), fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: k * k, maxLength: k * k }))),
        ([k, entries]) => {
          const a = new Float64Array(k * k);
          for (let i = 0; i < k; i++) for (let j = 0; j <= i; j++) a[i * k + j] = a[j * k + i] = entries[i * k + j];
          let scale = 1;
          for (const x of a) scale = Math.max(scale, Math.abs(x));
          const { values, vectors } = symmetricEigen(a, k, k);
          for (let c = 0; c < k; c++) {
            for (let i = 0; i < k; i++) {
              let s = 0;
              for (let j = 0; j < k; j++) s += a[i * k + j] * vectors[j * k + c];
              expect(Math.abs(s - values[c] * vectors[i * k + c])).toBeLessThan(1e-11 * scale * k);
            }
            for (let d = 0; d < k; d++) {
              let dot = 0;
              for (let i = 0; i < k; i++) dot += vectors[i * k + c] * vectors[i * k + d];
              expect(Math.abs(dot - (c === d ? 1 : 0))).toBeLessThan(1e-12 * k);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
