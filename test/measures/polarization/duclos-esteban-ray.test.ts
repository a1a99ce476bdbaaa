import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { duclosEstebanRay } from '../../../src/measures/polarization/duclos-esteban-ray.js';
import { gini } from '../../../src/measures/inequality/gini.js';
import { seededRandom } from '../../../src/random/seeded-random.js';
import ref from '../../fixtures/inequality/reference.json';

const d = ref.der;

function expectMatchesR(r: ReturnType<typeof duclosEstebanRay>, e: typeof d.alpha05) {
  expect(r.polarization).toBeCloseTo(e.polarization, 12);
  expect(r.alienation).toBeCloseTo(e.alienation, 12);
  expect(r.identification).toBeCloseTo(e.identification, 12);
  expect(r.onePlusRho).toBeCloseTo(e.onePlusRho, 12);
  expect(r.bandwidth).toBeCloseTo(e.bandwidth, 12);
}

/** Normal deviate by Box–Muller from a seeded uniform generator. */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

describe('duclosEstebanRay', () => {
  it('exact estimator matches the base-R O(n²) DER estimator (reference.R), α = 0.25, 0.5, 1', () => {
    expectMatchesR(duclosEstebanRay(d.x, { alpha: 0.25 }), d.alpha025);
    expectMatchesR(duclosEstebanRay(d.x, { alpha: 0.5 }), d.alpha05);
    expectMatchesR(duclosEstebanRay(d.x, { alpha: 1 }), d.alpha1);
    expectMatchesR(duclosEstebanRay(ref.X10.x), d.X10alpha05);
    expect(duclosEstebanRay(d.x).method).toBe('exact');
    expect(duclosEstebanRay(d.x).errorBound).toBe(0);
  });

  it('hand calculation: two points', () => {
    // x = [1, 3]: y = [0.5, 1.5], σ̂ = √0.5, h = 4.7/√2·√0.5·α^0.1 = 2.35 (α = 1)
    // f̂ = (φ(0) + φ(1/2.35))/(2h) at both points; â = ½ at both; P = f̂·½
    const h = 2.35;
    const f = (1 / Math.sqrt(2 * Math.PI)) * (1 + Math.exp(-0.5 * (1 / h) ** 2)) / (2 * h);
    const r = duclosEstebanRay([1, 3], { alpha: 1 });
    expect(r.bandwidth).toBeCloseTo(h, 14);
    expect(r.polarization).toBeCloseTo(f * 0.5, 14);
    expect(r.alienation).toBeCloseTo(0.5, 14);
    expect(r.onePlusRho).toBeCloseTo(1, 14);
  });

  it('binned estimator stays within its documented bound of the exact one (R reference and seeded samples)', () => {
    for (const alpha of [0.25, 0.5, 1]) {
      const key = alpha === 0.25 ? 'alpha025' : alpha === 0.5 ? 'alpha05' : 'alpha1';
      const b = duclosEstebanRay(d.x, { alpha, binned: true });
      expect(b.method).toBe('binned');
      expect(Math.abs(b.polarization - d[key].polarization)).toBeLessThanOrEqual(b.errorBound);
      expect(b.errorBound / b.polarization).toBeLessThan(1e-3);
      expect(b.alienation).toBeCloseTo(d[key].alienation, 12); // â is exact in both
    }
    const random = seededRandom(7);
    const samples: number[][] = [
      Array.from({ length: 3000 }, () => Math.exp(normal(random))), // log-normal
      Array.from({ length: 3000 }, (_, i) => (i % 2 ? 10 : 30) + normal(random) ** 2), // bimodal
      Array.from({ length: 2000 }, () => Math.floor(random() * 5)), // heavy ties, zeros
    ];
    for (const x of samples) {
      for (const alpha of [0.25, 0.5, 1]) {
        const exact = duclosEstebanRay(x, { alpha, binned: false });
        for (const m of [8, 32]) {
          const b = duclosEstebanRay(x, { alpha, binned: true, gridPointsPerBandwidth: m });
          expect(Math.abs(b.polarization - exact.polarization)).toBeLessThanOrEqual(b.errorBound);
        }
      }
    }
  });

  it("'auto' switches to the binned estimator beyond 10 000 values", () => {
    const random = seededRandom(1);
    const x = Array.from({ length: 10_001 }, () => random() * 100);
    const r = duclosEstebanRay(x);
    expect(r.method).toBe('binned');
    expect(r.errorBound / r.polarization).toBeLessThan(1e-3);
    expect(duclosEstebanRay(x.slice(0, 10_000), { binned: 'auto' }).method).toBe('exact');
  });

  it('alienation = 2G; scale invariance', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 * 1e4 }).map((v) => v / 100), { minLength: 3, maxLength: 60 }), fc.integer({ min: -8, max: 8 }).map((k) => 2 ** k), (x, c) => {
        // c a power of two (exact scaling); near-equal samples are ill-conditioned (f̂ ~ 1/h), so ask for some spread
        if (Math.max(...x) < 1.01 * Math.min(...x)) return;
        const r = duclosEstebanRay(x);
        expect(r.alienation).toBeCloseTo(2 * gini(x), 10);
        expect(duclosEstebanRay(x.map((v) => v * c)).polarization).toBe(r.polarization);
        expect(Math.abs(duclosEstebanRay([...x].reverse()).polarization - r.polarization)).toBeLessThanOrEqual(1e-10 * r.polarization);
      }),
      { numRuns: 100 },
    );
  });

  it('edge cases', () => {
    const one = duclosEstebanRay([5]);
    expect(one.polarization).toBe(0);
    expect(one.identification).toBeNaN();
    expect(duclosEstebanRay([2, 2, 2]).polarization).toBe(0);
    expect(duclosEstebanRay([0, 0]).polarization).toBeNaN();
    expect(() => duclosEstebanRay([1, 2], { alpha: 0.2 })).toThrow(/^duclosEstebanRay: option alpha must be a number in \[0.25, 1\]/);
    expect(() => duclosEstebanRay([1, 2], { binned: 'yes' as never })).toThrow(/binned/);
    expect(() => duclosEstebanRay([1, 2], { gridPointsPerBandwidth: 0 })).toThrow(/gridPointsPerBandwidth/);
    expect(() => duclosEstebanRay([1, -2, NaN])).toThrow(/^duclosEstebanRay: values at position 1 is negative.*position 2 is NaN/);
  });
});
