import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mrqap, mrqapLogit, qapCorrelation, type NodeMatrix } from '../../../src/index.js';

// Reference values from R sna (gcor, qaptest, netlm, netlogit) written by
// test/fixtures/dyadic/generate.R; the R and package versions are in the fixture.
const ref = JSON.parse(readFileSync(new URL('../../fixtures/dyadic/sna-reference.json', import.meta.url), 'utf8'));
const m = (name: string): NodeMatrix => ({ nodes: ref.nodes, values: ref[name] });
const xs = { X1: m('X1'), X2: m('X2'), X3: m('X3') };

/**
 * |ours − R| within 3 Monte-Carlo standard errors, se = √(p(1 − p)/10,000) at R's p, plus the
 * 1/(P + 1) of our counting the observed labelling. When ours uses fewer permutations than R
 * (`oursReps`), the standard error of the difference √(p(1 − p)(1/P_R + 1/P_ours)) is used.
 */
function withinMonteCarlo(ours: number | null, theirs: number, reps: number, oursReps = reps): void {
  const se = oursReps === reps ? Math.sqrt((theirs * (1 - theirs)) / reps) : Math.sqrt(theirs * (1 - theirs) * (1 / reps + 1 / oursReps));
  expect(ours).not.toBeNull();
  expect(Math.abs(ours! - theirs)).toBeLessThanOrEqual(3 * se + 1 / (oursReps + 1) + 1e-12);
}

describe('qapCorrelation against sna::gcor and sna::qaptest', () => {
  for (const [key, x, y] of [
    ['YX1', 'Y', 'X1'],
    ['DX3', 'D', 'X3'],
    ['SX1graph', 'S', 'X1'],
  ] as const) {
    it(`${key}: correlation to 1e-12, p-values within Monte-Carlo error at 10,000 permutations`, () => {
      const r = ref.qap[key];
      const ours = qapCorrelation(m(x), m(y), { permutations: 10000, seed: 3, mode: r.mode === 'graph' ? 'undirected' : 'directed' });
      expect(ours.correlation).toBeCloseTo(r.correlation, 12);
      withinMonteCarlo(ours.pGreater, r.pGreater, 10000);
      withinMonteCarlo(ours.pLess, r.pLess, 10000);
      withinMonteCarlo(ours.pAbsolute, r.pAbsolute, 10000);
    });
  }
  it('same seed, same p-values; another seed, another sample', () => {
    const a = qapCorrelation(m('D'), m('X3'), { permutations: 500, seed: 9 });
    const b = qapCorrelation(m('D'), m('X3'), { permutations: 500, seed: 9 });
    const c = qapCorrelation(m('D'), m('X3'), { permutations: 500, seed: 10 });
    expect(b).toEqual(a);
    expect(c.pGreater).not.toBe(a.pGreater);
  });
});

describe('mrqap against sna::netlm', () => {
  for (const [key, method, y] of [
    ['dsp', 'double-semi-partialling', 'Y'],
    ['y', 'y-permutation', 'Y'],
    ['dspGraph', 'double-semi-partialling', 'Ysym'],
  ] as const) {
    it(`${key}: estimates, t-values and R² equal netlm's; p-values within Monte-Carlo error`, () => {
      const r = ref.netlm[key];
      const fit = mrqap(m(y), xs, { permutations: 10000, seed: 1, method, mode: r.mode === 'graph' ? 'undirected' : 'directed' });
      expect(fit.cells).toBe(r.n);
      fit.coefficients.forEach((c, k) => {
        expect(c.estimate).toBeCloseTo(r.coefficients[k], 10);
        expect(c.tValue).toBeCloseTo(r.tstat[k], 9);
        withinMonteCarlo(c.pGreater, r.pGreater[k], 10000);
        withinMonteCarlo(c.pLess, r.pLess[k], 10000);
        withinMonteCarlo(c.pAbsolute, r.pAbsolute[k], 10000);
      });
      expect(fit.rSquared).toBeCloseTo(r.rSquared, 12);
      expect(fit.adjustedRSquared).toBeCloseTo(r.adjustedRSquared, 12);
    });
  }
  it('is reproducible for a seed', () => {
    const a = mrqap(m('Y'), xs, { permutations: 200, seed: 4 });
    expect(mrqap(m('Y'), xs, { permutations: 200, seed: 4 })).toEqual(a);
  });
});

describe('mrqapLogit y-permutation', () => {
  it('gives the same estimates and reproducible p-values', () => {
    const a = mrqapLogit(m('L'), xs, { permutations: 100, seed: 8, method: 'y-permutation' });
    expect(mrqapLogit(m('L'), xs, { permutations: 100, seed: 8, method: 'y-permutation' })).toEqual(a);
    a.coefficients.forEach((c, k) => expect(Math.abs(c.estimate - ref.netlogit.coefficients[k])).toBeLessThan(1e-6));
    expect(a.coefficients[1].pLess).toBeLessThan(0.05); // distance lowers the odds of a tie
  });
});

describe('mrqapLogit against sna::netlogit', () => {
  it('estimates to 1e-6, glm standard errors, deviances; p-values within Monte-Carlo error', () => {
    const r = ref.netlogit;
    // each permutation is a logistic refit: 2,000 here (against R's 10,000) keeps the test fast
    const permutations = 2000;
    const fit = mrqapLogit(m('L'), xs, { permutations, seed: 2 });
    fit.coefficients.forEach((c, k) => {
      expect(Math.abs(c.estimate - r.coefficients[k])).toBeLessThan(1e-6);
      // glm stops at a relative deviance change of 1e-8 and reports the previous step's information matrix
      expect(Math.abs(c.standardError - r.standardErrors[k]) / r.standardErrors[k]).toBeLessThan(1e-4);
      withinMonteCarlo(c.pGreater, r.pGreater[k], r.reps, permutations);
      withinMonteCarlo(c.pLess, r.pLess[k], r.reps, permutations);
      withinMonteCarlo(c.pAbsolute, r.pAbsolute[k], r.reps, permutations);
    });
    expect(fit.deviance).toBeCloseTo(r.deviance, 8);
    // netlogit's null deviance is glm.fit's without an intercept column (every p = 1/2): 2m ln 2;
    // ours is the intercept-only model's, −2(k ln p̂ + (m − k) ln(1 − p̂)), p̂ = k/m
    expect(r.nullDeviance).toBeCloseTo(2 * fit.cells * Math.LN2, 8);
    const k = (ref.L as number[][]).flat().reduce((a, b) => a + b, 0);
    const rate = k / fit.cells;
    expect(fit.nullDeviance).toBeCloseTo(-2 * (k * Math.log(rate) + (fit.cells - k) * Math.log(1 - rate)), 10);
    expect(fit.aic).toBeCloseTo(r.aic, 8);
    expect(fit.bic).toBeCloseTo(r.bic, 8);
  });
});
