import { describe, expect, it } from 'vitest';
import {
  atkinson,
  coefficientOfVariation,
  concentrationRatio,
  dagumGini,
  generalizedEntropy,
  gini,
  hhi,
  hoover,
  lorenz,
  primacy,
  rosenbluth,
  theilL,
  theilDecomposition,
  theilT,
  williamson,
} from '../../../src/measures/inequality/index.js';
import { wangTsui, wolfson } from '../../../src/measures/polarization/index.js';

/**
 * Issue 15 item 3: the scale-invariant indices give the same value for x and c·x
 * at every magnitude. Before, [5e-324, 1e-323] gave theilT = −0.173 (a negative
 * Theil index: the mean 7.4e-324 rounded to a subnormal), CV 0.354, HHI 0.3125;
 * [3, 5, 7]·2^1021 (sum past 1.8e308) gave NaN, Infinity, 0 or −1.
 */
const indices: [string, (x: number[]) => unknown][] = [
  ['gini', (x) => gini(x)],
  ['theilT', (x) => theilT(x)],
  ['theilL', (x) => theilL(x)],
  ['generalizedEntropy α = 2', (x) => generalizedEntropy(x, 2)],
  ['generalizedEntropy α = −1', (x) => generalizedEntropy(x, -1)],
  ['atkinson ε = 0.5', (x) => atkinson(x, 0.5)],
  ['atkinson ε = 1', (x) => atkinson(x, 1)],
  ['atkinson ε = 2', (x) => atkinson(x, 2)],
  ['coefficientOfVariation', (x) => coefficientOfVariation(x)],
  ['williamson', (x) => williamson(x, x.map((_v, i) => i + 1))],
  ['hhi', (x) => hhi(x)],
  ['rosenbluth', (x) => rosenbluth(x)],
  ['concentrationRatio k = 1', (x) => concentrationRatio(x, 1)],
  ['primacy', (x) => primacy(x)],
  ['lorenz', (x) => lorenz(x)],
  ['hoover', (x) => hoover(x, [...x].reverse())],
  ['wolfson', (x) => wolfson(x)],
  ['wangTsui', (x) => wangTsui(x)],
  // the decomposition (group means are in the values' unit, and groups of equal means
  // are ordered by a tie that inexact scaling such as ·1e-300 may break)
  ['dagumGini', (x) => { const { gini: g, within, netBetween, transvariation, shares } = dagumGini(x, x.map((_v, i) => (i % 2 === 0 ? 'a' : 'b'))); return { g, within, netBetween, transvariation, shares }; }],
];

function expectSame(actual: unknown, expected: unknown, digits: number): void {
  if (typeof expected === 'number' && Number.isNaN(expected)) expect(actual).toBeNaN();
  else if (typeof expected === 'number') expect(actual as number).toBeCloseTo(expected, digits);
  else if (Array.isArray(expected)) (expected as unknown[]).forEach((e, i) => expectSame((actual as unknown[])[i], e, digits));
  else if (expected !== null && typeof expected === 'object') for (const k of Object.keys(expected)) expectSame((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], digits);
  else expect(actual).toBe(expected);
}

describe('inequality and polarization indices at extreme magnitudes', () => {
  for (const [name, index] of indices) {
    it(`${name}: [1, 2, 4] ·2^-1074 (subnormal), ·2^1021 and [3, 5, 7] ·2^1021 (sum overflows) equal the plain values exactly; ·1e307 and ·1e-300 to 12 digits`, () => {
      // multiplying by a power of two is exact, so the rescaled computation is the same bit for bit
      expect(index([1, 2, 4].map((v) => v * 2 ** -1074))).toEqual(index([1, 2, 4]));
      expect(index([1, 2, 4].map((v) => v * 2 ** 1021))).toEqual(index([1, 2, 4]));
      expect(index([3, 5, 7].map((v) => v * 2 ** 1021))).toEqual(index([3, 5, 7]));
      expect(index([5e-324, 1e-323])).toEqual(index([1, 2]));
      expectSame(index([1e307, 2e307]), index([1, 2]), 12);
      expectSame(index([3e-300, 5e-300, 7e-300]), index([3, 5, 7]), 12);
    });
  }

  it('hand values at the extremes: Gini of [1, 2]·c = 1/6, CV of [1e307, 2e307] = 1/3, Theil T of [5e-324, 1e-323] = ½[(2/3)ln(2/3) + (4/3)ln(4/3)], HHI 5/9', () => {
    expect(gini([5e-324, 1e-323])).toBeCloseTo(1 / 6, 14);
    expect(coefficientOfVariation([1e307, 2e307])).toBeCloseTo(1 / 3, 14);
    // T = (1/n) Σ (x/μ) ln(x/μ) with x/μ = 2/3, 4/3
    expect(theilT([5e-324, 1e-323])).toBeCloseTo(((2 / 3) * Math.log(2 / 3) + (4 / 3) * Math.log(4 / 3)) / 2, 14);
    // HHI = Σ s² = (1/3)² + (2/3)² = 5/9
    expect(hhi([5e-324, 1e-323])).toBeCloseTo(5 / 9, 14);
    // Dagum's group means come back in the given unit
    expect(dagumGini([3, 5, 7].map((v) => v * 2 ** 1021), ['a', 'b', 'a']).means).toEqual([5 * 2 ** 1021, 5 * 2 ** 1021]);
  });

  it('theilDecomposition of values × 2^k (k = -1070, 1020) has the same indices, and group means × 2^k', () => {
    const base = [1, 2, 3, 10, 11, 12];
    const groups = ['a', 'a', 'a', 'b', 'b', 'b'];
    const reference = theilDecomposition(base, groups);
    for (const k of [-1070, 1020]) {
      const d = theilDecomposition(base.map((x) => x * 2 ** k), groups);
      expect([d.total, d.between, d.within]).toEqual([reference.total, reference.between, reference.within]);
      expect(d.groups.map((g) => g.mean)).toEqual(reference.groups.map((g) => g.mean * 2 ** k));
    }
  });
});
