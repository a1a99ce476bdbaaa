import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { markovTransitions, spatialMarkov, sigmaConvergence, steadyState } from '../../../src/measures/convergence/index.js';
import type { SpatialWeights } from '../../../src/measures/spatial/index.js';
import { chiSquareUpperTail } from '../../../src/measures/convergence/chi-square-tail.js';
import reference from '../../fixtures/convergence/reference.json';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

const closeMatrix = (actual: number[][], expected: number[][], tol = 1e-10) => {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - expected[i][j])).toBeLessThanOrEqual(tol)));
};
const closeVector = (actual: number[], expected: number[], tol = 1e-10) => closeMatrix([actual], [expected], tol);

describe('giddy’s published doctests', () => {
  // giddy/markov.py, class Markov: c = [['b','a','c'],['c','c','a'],['c','b','c'],['a','a','b'],['a','b','c']]
  const letters = { periods: [1, 2, 3], values: { u1: [1, 0, 2], u2: [2, 2, 0], u3: [2, 1, 2], u4: [0, 0, 1], u5: [0, 1, 2] } };
  it('Markov: p and steady_state of the a/b/c example', () => {
    const r = markovTransitions(letters, { cutoffs: [0, 1] });
    closeMatrix(r.probabilities, [[0.25, 0.5, 0.25], [1 / 3, 0, 2 / 3], [1 / 3, 1 / 3, 1 / 3]]);
    closeVector(r.steadyState!, [0.30769231, 0.28846154, 0.40384615], 5e-9);
    expect(r.counts.flat().reduce((s, v) => s + v, 0)).toBe(10);
  });
  it('steady_state: irreducible, reducible, and reducible with an empty row', () => {
    closeVector(steadyState([[0.5, 0.25, 0.25], [0.5, 0, 0.5], [0.25, 0.25, 0.5]]).distribution!, [0.4, 0.2, 0.4], 1e-12);
    const two = steadyState([[0.5, 0.5, 0], [0.2, 0.8, 0], [0, 0, 1]]);
    expect(two.distribution).toBeNull();
    closeMatrix(two.distributions, [[0.28571429, 0.71428571, 0], [0, 0, 1]], 5e-9);
    closeMatrix(steadyState([[0.5, 0.5, 0], [0.2, 0.8, 0], [0, 0, 0]]).distributions, [[0.28571429, 0.71428571, 0], [0, 0, 1]], 5e-9);
  });
});

describe('numpy/scipy transcription of giddy + mapclassify (test/fixtures/convergence/generate.py)', () => {
  const ids = reference.values.map((_, i) => `u${i}`);
  const series = { periods: reference.periods, values: Object.fromEntries(ids.map((id, i) => [id, reference.values[i]])) };
  const relative = { periods: reference.periods, values: Object.fromEntries(ids.map((id, i) => [id, reference.relative[i]])) };
  const weights: SpatialWeights = {
    nodes: ids,
    neighbours: reference.neighbours,
    weights: reference.neighbours.map((row) => row.map(() => 1 / row.length)),
    style: 'row',
    selfIncluded: false,
    symmetric: false,
  };
  it('quintiles by period (the default)', () => {
    const r = markovTransitions(series);
    const e = reference.markovByPeriod;
    expect(r.classes).toBe(5);
    expect(r.counts).toEqual(e.counts);
    closeMatrix(r.probabilities, e.probabilities);
    closeVector(r.steadyState!, e.steadyState, 1e-9);
    closeMatrix(r.cutoffs, e.cutoffs, 1e-12);
    ids.forEach((id, i) => expect(r.classOf[id]).toEqual(e.classOf[i]));
  });
  it('pooled quartiles of relative values', () => {
    const r = markovTransitions(relative, { classes: 4, quantiles: 'pooled' });
    const e = reference.markovPooledRelative;
    expect(r.counts).toEqual(e.counts);
    closeMatrix(r.probabilities, e.probabilities);
    closeVector(r.steadyState!, e.steadyState, 1e-9);
    closeVector(r.cutoffs[0], e.cutoffs, 1e-12);
  });
  it('Spatial_Markov(fixed = True, k = 4, m = 4)', () => {
    const r = spatialMarkov(relative, weights);
    const e = reference.spatialMarkov;
    closeVector(r.cutoffs[0], e.cutoffs, 1e-12);
    closeVector(r.lagCutoffs[0], e.lagCutoffs, 1e-12);
    r.conditioned.forEach((chain, l) => {
      expect(chain.counts).toEqual(e.counts[l]);
      closeMatrix(chain.probabilities, e.probabilities[l]);
      if (e.steadyStates[l]) closeVector(chain.steadyState!, e.steadyStates[l] as number[], 1e-9);
    });
    // the conditioned counts add up to the a-spatial counts
    const sum = r.counts.map((row, i) => row.map((_, j) => r.conditioned.reduce((s, c) => s + c.counts[i][j], 0)));
    expect(sum).toEqual(r.counts);
    expect(r.counts).toEqual(reference.markovPooledRelative.counts);
    const h = e.homogeneity;
    expect(r.homogeneity.dof).toBe(h.dof);
    expect(Math.abs(r.homogeneity.Q - h.Q)).toBeLessThan(1e-9);
    expect(Math.abs(r.homogeneity.LR - h.LR)).toBeLessThan(1e-9);
    expect(Math.abs(r.homogeneity.pQ - h.pQ)).toBeLessThan(1e-12);
    expect(Math.abs(r.homogeneity.pLR - h.pLR)).toBeLessThan(1e-12);
  });
  it('the χ² upper tail equals scipy.stats.chi2.sf', () => {
    for (const [x, dof, p] of reference.chi2) expect(Math.abs(chiSquareUpperTail(x, dof) - p)).toBeLessThanOrEqual(1e-13 + 1e-10 * p);
  });
  it('sigma convergence: SD of logs and CV, divisor n and n − 1', () => {
    const r = sigmaConvergence(series);
    closeVector(r.periods.map((p) => p.sdLog), reference.sigma.sdLog, 1e-12);
    closeVector(r.periods.map((p) => p.coefficientOfVariation), reference.sigma.cv, 1e-12);
    const s = sigmaConvergence(series, { divisor: 'sample' });
    closeVector(s.periods.map((p) => p.sdLog), reference.sigma.sdLogSample, 1e-12);
    closeVector(s.periods.map((p) => p.coefficientOfVariation), reference.sigma.cvSample, 1e-12);
    expect(r.sdLogChange).toBeCloseTo(reference.sigma.sdLog[9] - reference.sigma.sdLog[0], 12);
  });
});

describe('hand calculations and properties', () => {
  it('sigma: two units 1 and 4 → SD of logs ln4/2, CV 0.6', () => {
    const r = sigmaConvergence({ periods: [2010, 2020], values: { a: [1, 2], b: [4, 4] } });
    expect(r.periods[0].sdLog).toBeCloseTo(Math.log(4) / 2, 14);
    expect(r.periods[0].coefficientOfVariation).toBeCloseTo(1.5 / 2.5, 14);
    expect(r.periods[1].coefficientOfVariation).toBeCloseTo(1 / 3, 14);
  });
  it('quantile classes: quartiles of 1…8 are 2.75, 4.5, 6.25 (linear interpolation) and the classes are right-closed', () => {
    const values = Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8].map((v) => [`u${v}`, [v, 9 - v]]));
    const r = markovTransitions({ periods: [1, 2], values }, { classes: 4 });
    expect(r.cutoffs[0]).toEqual([2.75, 4.5, 6.25]);
    expect(r.classOf.u1).toEqual([0, 3]);
    expect(r.classOf.u3).toEqual([1, 2]);
    // every unit swaps to the mirror class: the counts are the anti-diagonal, two each
    expect(r.counts).toEqual([[0, 0, 0, 2], [0, 0, 2, 0], [0, 2, 0, 0], [2, 0, 0, 0]]);
  });
  it('rows of the probabilities sum to 1 and the steady state is stationary', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 4, maxLength: 4 }), { minLength: 12, maxLength: 12 }), (rows) => {
        const values = Object.fromEntries(rows.map((r, i) => [`u${i}`, r.map((v, t) => v + i * 1e-3 + t * 1e-6)]));
        const r = markovTransitions({ periods: [1, 2, 3, 4], values }, { classes: 3 });
        for (const row of r.probabilities) {
          const s = row.reduce((a, b) => a + b, 0);
          expect(s === 0 || Math.abs(s - 1) < 1e-12).toBe(true);
        }
        for (const pi of r.steadyStates) {
          const next = pi.map((_, j) => pi.reduce((s, v, i) => s + v * (r.probabilities[i][j] || (i === j && r.probabilities[i].every((x) => x === 0) ? 1 : 0)), 0));
          next.forEach((v, j) => expect(Math.abs(v - pi[j])).toBeLessThan(1e-9));
        }
      }),
      { numRuns: 40 },
    );
  });
  it('errors name the function', () => {
    const ok = { periods: [1, 2], values: { a: [1, 2], b: [2, 3], c: [3, 1], d: [4, 4], e: [5, 5] } };
    const w: SpatialWeights = { nodes: ['a', 'b'], neighbours: [[1], [0]], weights: [[1], [1]], style: 'row', selfIncluded: false, symmetric: true };
    const cases: Array<[() => unknown, RegExp]> = [
      [() => markovTransitions({ periods: [1], values: { a: [1] } }), /^markovTransitions: at least 2 periods/],
      [() => markovTransitions({ periods: [1, 2], values: { a: [1, Number.NaN] } }), /^markovTransitions: invalid series/],
      [() => markovTransitions({ periods: [1, 2], values: { a: [1] } }), /^markovTransitions: invalid series/],
      [() => markovTransitions(ok, { classes: 1 }), /^markovTransitions: option classes/],
      [() => markovTransitions({ periods: [1, 2], values: { a: [1, 1], b: [1, 1], c: [1, 1], d: [1, 1], e: [2, 2] } }), /^markovTransitions: too many tied/],
      [() => markovTransitions(ok, { cutoffs: [2, 1] }), /^markovTransitions: option cutoffs/],
      [() => sigmaConvergence({ periods: [1], values: { a: [1], b: [0] } }), /^sigmaConvergence: invalid series/],
      [() => sigmaConvergence({ periods: [1], values: { a: [1] } }), /^sigmaConvergence: at least 2 units/],
      [() => spatialMarkov(ok, w), /^spatialMarkov: invalid series.*not in the weights/],
      [() => spatialMarkov(ok, w, { classes: 3, lagclasses: 2 } as never), /^spatialMarkov: unknown option lagclasses \(did you mean lagClasses\?\)/],
      [() => steadyState([[0.5, 0.4], [0, 1]]), /^steadyState: row 0 sums/],
    ];
    for (const [run, message] of cases) expect(zonelinkErrorOf(run).message).toMatch(message);
  });
});
