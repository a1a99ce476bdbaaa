import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { estebanRay } from '../../../src/measures/polarization/esteban-ray.js';
import { dagumGini } from '../../../src/measures/inequality/dagum-gini.js';
import ref from '../../fixtures/inequality/reference.json';

const s = ref.sample;

describe('estebanRay', () => {
  it('matches the base-R double sum (reference.R) for every scale, with and without weights', () => {
    expect(estebanRay(s.x, s.region)).toBeCloseTo(s.er15, 12);
    expect(estebanRay(s.x, s.region, { alpha: 1 })).toBeCloseTo(s.er1, 12);
    expect(estebanRay(s.x, s.region, { scale: 'none' })).toBeCloseTo(s.er15None, 6); // K = 1: values ~ 10^3, compare 6 decimals
    expect(estebanRay(s.x, s.region, { scale: 'none' }) / s.er15None).toBeCloseTo(1, 12);
    expect(estebanRay(s.x, s.region, { scale: 'log' })).toBeCloseTo(s.er15Log, 12);
    expect(estebanRay(s.x, s.region, { weights: s.w })).toBeCloseTo(s.er15Weighted, 12);
  });

  it('accepts a grouped distribution { shares, means }', () => {
    expect(estebanRay(s.erGroups)).toBeCloseTo(s.er15, 12);
    expect(estebanRay(s.erGroups, { alpha: 1 })).toBeCloseTo(s.er1, 12);
  });

  it('hand calculation: two equal groups with means 1 and 3', () => {
    // α = 1, K = 1/μ = 1/2: 2 · (0.5² · 0.5 · 2) / 2 = 0.25
    expect(estebanRay({ shares: [0.5, 0.5], means: [1, 3] }, { alpha: 1 })).toBeCloseTo(0.25, 15);
    expect(estebanRay([1, 1, 3, 3], ['a', 'a', 'b', 'b'], { alpha: 1 })).toBeCloseTo(0.25, 15);
    // α = 1.6, K = 1: 2 · 0.5^2.6 · 0.5 · 2
    expect(estebanRay({ shares: [0.5, 0.5], means: [1, 3] }, { alpha: 1.6, scale: 'none' })).toBeCloseTo(2 * 0.5 ** 2.6, 15);
  });

  it('identity: K = 1/(2μ), α = 0 gives the between-group Gini (= Dagum G_nb)', () => {
    // scale 'mean' has K = 1/μ, so halve it
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 * 1e4 }).map((v) => v / 1000), fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 1, max: 5 })), { minLength: 2, maxLength: 30 }),
        (rows) => {
          const x = rows.map((r) => r[0]);
          if (!x.some((v) => v > 0)) return;
          const g = rows.map((r) => r[1]);
          const w = rows.map((r) => r[2]);
          const between = dagumGini(x, g, { weights: w }).netBetween;
          expect(estebanRay(x, g, { alpha: 0, weights: w }) / 2).toBeCloseTo(between, 10);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('properties: scale invariant (scale mean), permutation invariant, replication of the population keeps π', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100 * 1e4 }).map((v) => v / 100), fc.constantFrom('a', 'b', 'c')), { minLength: 2, maxLength: 30 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (rows, c) => {
          const x = rows.map((r) => r[0]);
          const g = rows.map((r) => r[1]);
          const er = estebanRay(x, g);
          expect(er).toBeGreaterThanOrEqual(0);
          expect(estebanRay(x.map((v) => v * c), g)).toBeCloseTo(er, 10);
          expect(estebanRay([...x].reverse(), [...g].reverse())).toBeCloseTo(er, 10);
          expect(estebanRay([...x, ...x], [...g, ...g])).toBeCloseTo(er, 10);
        },
      ),
    );
  });

  it('edge cases', () => {
    expect(estebanRay([4], ['a'])).toBe(0);
    expect(estebanRay([1, 2, 3], ['a', 'a', 'a'])).toBe(0);
    expect(estebanRay([2, 2], ['a', 'b'])).toBe(0);
    expect(estebanRay([0, 0], ['a', 'b'])).toBeNaN();
    expect(estebanRay({ shares: [1], means: [5] })).toBe(0);
    expect(() => estebanRay([0, 2], ['a', 'b'], { scale: 'log' })).toThrow(/^estebanRay: scale 'log' needs positive group means/);
    expect(() => estebanRay([1, 2], ['a', 'b'], { alpha: 1.7 })).toThrow(/^estebanRay: option alpha must be a number in \[0, 1.6\]/);
    expect(() => estebanRay([1, 2], ['a', 'b'], { scale: 'x' as never })).toThrow(/scale must be/);
    expect(() => estebanRay({ shares: [0.5, 0.6], means: [1, 2] })).toThrow(/shares must sum to 1/);
    expect(() => estebanRay({ shares: [0.5, 0.5], means: [1, NaN] })).toThrow(/^estebanRay: means at position 1 is NaN/);
    expect(() => estebanRay({ shares: [0.5, 0.5], means: [1] })).toThrow(/length/);
    expect(() => estebanRay([1, -2], ['a', 'b'])).toThrow(/^estebanRay: values at position 1 is negative/);
    expect(() => estebanRay([1, 2], undefined as never)).toThrow(/groups are required/);
  });
});
