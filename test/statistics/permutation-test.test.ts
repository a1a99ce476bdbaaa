import { describe, expect, it } from 'vitest';
import { permutationTest, pearsonCorrelation, zScores, ZonelinkError } from '../../src/index.js';

describe('permutationTest', () => {
  it('is deterministic for a seed and counts the observed labelling', () => {
    const x = [1, 2, 3, 4, 5];
    const stat = (o: Int32Array) => x.reduce((s, v, i) => s + v * x[o[i]], 0);
    const a = permutationTest(5, stat, { permutations: 99, seed: 1 });
    const b = permutationTest(5, stat, { permutations: 99, seed: 1 });
    expect(a.observed).toBe(55);
    expect(a.pLess).toBe(1);
    expect(Array.from(a.distribution)).toEqual(Array.from(b.distribution));
    // Σx² is the maximum (rearrangement inequality): only exact reorderings reach it.
    const reached = Array.from(a.distribution).filter((s) => s === 55).length;
    expect(a.pGreater).toBe((reached + 1) / 100);
  });
  it('returns null p-values with no permutations', () => {
    const r = permutationTest(3, () => 1, { permutations: 0 });
    expect(r.pGreater).toBeNull();
    expect(r.sd).toBeNull();
  });
  it('rejects bad options with a ZonelinkError naming the caller', () => {
    expect(() => permutationTest(0, () => 1)).toThrow(ZonelinkError);
    expect(() => permutationTest(3, () => 1, { permutations: -1 })).toThrow(/^permutationTest: option permutations/);
    expect(() => permutationTest(3, () => 1, { caller: 'x' } as never)).toThrow(/unknown option caller/);
    expect(() => permutationTest(3, () => 1, { seed: Number.NaN })).toThrow(/seed/);
  });
});

describe('pearsonCorrelation', () => {
  it('matches a hand calculation', () => {
    // x̄ = 2, ȳ = 13/3; Σdxdy = 5, Σdx² = 2, Σdy² = 38/3 → r = 5/√(76/3)
    expect(pearsonCorrelation([1, 2, 3], [2, 4, 7])).toBeCloseTo(5 / Math.sqrt(76 / 3), 14);
  });
  it('is NaN for constant or short input and survives large offsets', () => {
    expect(pearsonCorrelation([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(pearsonCorrelation([1], [1])).toBeNaN();
    expect(pearsonCorrelation([1e12 + 1, 1e12 + 2, 1e12 + 3], [2, 4, 6])).toBeCloseTo(1, 12);
  });
});

describe('zScores', () => {
  it('uses the population divisor by default and the sample one on request', () => {
    expect(Array.from(zScores([1, 2, 3], { divisor: 'sample' }))).toEqual([-1, 0, 1]);
    expect(zScores([1, 2, 3])[2]).toBeCloseTo(Math.sqrt(1.5), 14);
    expect(Number.isNaN(zScores([2, 2])[0])).toBe(true);
    expect(zScores([]).length).toBe(0);
  });
});
