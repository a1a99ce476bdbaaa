import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dagumGini } from '../../../src/measures/inequality/dagum-gini.js';
import { gini } from '../../../src/measures/inequality/gini.js';
import ref from '../../fixtures/inequality/reference.json';

const s = ref.sample;

function expectMatrix(a: number[][], b: number[][], digits = 12) {
  expect(a.length).toBe(b.length);
  a.forEach((row, j) => row.forEach((v, h) => expect(v).toBeCloseTo(b[j][h], digits)));
}

/** Gini of the group means weighted by population: Σ_j Σ_h p_j p_h |μ_j − μ_h| / (2μ). */
function giniOfMeans(p: number[], m: number[]): number {
  const mu = p.reduce((a, pj, j) => a + pj * m[j], 0);
  let acc = 0;
  for (let j = 0; j < p.length; j++) for (let h = 0; h < p.length; h++) acc += p[j] * p[h] * Math.abs(m[j] - m[h]);
  return acc / (2 * mu);
}

describe('dagumGini', () => {
  it('matches the base-R definitions (d_jh, p_jh as mean positive/negative gaps) for 3 and 9 groups, with and without weights', () => {
    const cases = [
      [dagumGini(s.x, s.region), s.dagum],
      [dagumGini(s.x, s.region, { weights: s.w }), s.dagumWeighted],
      [dagumGini(s.x, s.province), s.dagumProvince],
    ] as const;
    for (const [d, r] of cases) {
      expect(d.groups).toEqual(r.groups);
      expect(d.gini).toBeCloseTo(r.gini, 12);
      expect(d.within).toBeCloseTo(r.within, 12);
      expect(d.netBetween).toBeCloseTo(r.netBetween, 12);
      expect(d.transvariation).toBeCloseTo(r.transvariation, 12);
      d.means.forEach((m, j) => expect(m).toBeCloseTo(r.means[j], 9));
      d.groupGini.forEach((g, j) => expect(g).toBeCloseTo(r.groupGini[j], 12));
      expectMatrix(d.pairGini, r.pairGini);
      // R stores D_jh for j > h (lower triangle); ours is antisymmetric
      d.D.forEach((row, j) => row.forEach((v, h) => expect(v).toBeCloseTo(j > h ? r.D[j][h] : -r.D[h][j] || 0, 12)));
    }
  });

  it('hand calculation, separated groups [1, 3] and [6, 10]', () => {
    // μ_a = 2, μ_b = 8, μ = 5, p = ½, s_a = 0.2, s_b = 0.8
    // G_aa = 4/(2·4·2) = 0.25, G_bb = 8/(2·4·8) = 0.125; G_ba = (5+3+9+7)/(4·10) = 0.6, D_ba = 1
    // G_w = 0.25·½·0.2 + 0.125·½·0.8 = 0.075; G_nb = 0.6·(½·0.2 + ½·0.8) = 0.3; G_t = 0; G = 0.375
    const d = dagumGini([10, 1, 6, 3], ['b', 'a', 'b', 'a']);
    expect(d.groups).toEqual(['a', 'b']);
    expect(d.groupGini[0]).toBeCloseTo(0.25, 14);
    expect(d.groupGini[1]).toBeCloseTo(0.125, 14);
    expect(d.pairGini[1][0]).toBeCloseTo(0.6, 14);
    expect(d.D[1][0]).toBeCloseTo(1, 14);
    expect(d.within).toBeCloseTo(0.075, 14);
    expect(d.netBetween).toBeCloseTo(0.3, 14);
    expect(d.transvariation).toBeCloseTo(0, 14);
    expect(d.gini).toBeCloseTo(0.375, 14);
  });

  it('hand calculation, overlapping groups [1, 6] and [3, 10]', () => {
    // gaps b − a: 2, −3, 9, 4 → d = 15/4, p = 3/4, D = 12/18 = 2/3; G_ba = 18/(4·10) = 0.45
    // G_nb = 0.45·(½·0.35 + ½·0.65)·⅔ = 0.15; G_t = 0.45·½·⅓ = 0.075
    // G_aa = 10/(8·3.5), G_bb = 14/(8·6.5); G_w = (10/28)·½·0.35 + (14/52)·½·0.65 = 0.15
    const d = dagumGini([1, 6, 3, 10], ['a', 'a', 'b', 'b']);
    expect(d.D[1][0]).toBeCloseTo(2 / 3, 14);
    expect(d.netBetween).toBeCloseTo(0.15, 14);
    expect(d.transvariation).toBeCloseTo(0.075, 14);
    expect(d.within).toBeCloseTo(0.15, 14);
    expect(d.shares.within + d.shares.netBetween + d.shares.transvariation).toBeCloseTo(1, 14);
  });

  it('identities: G_w + G_nb + G_t = G; G_nb = population-weighted Gini of the group means (general: G_jh·D_jh = (μ_j − μ_h)/(μ_j + μ_h))', () => {
    // checked numerically first on the R fixture: netBetween vs the Gini of means
    for (const r of [s.dagum, s.dagumWeighted, s.dagumProvince]) {
      expect(r.within + r.netBetween + r.transvariation).toBeCloseTo(r.gini, 12);
    }
    const arb = fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 * 1e4 }).map((v) => v / 1000), fc.constantFrom('a', 'b', 'c', 'd'), fc.integer({ min: 1, max: 5 })), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(arb, fc.boolean(), (rows, weighted) => {
        const x = rows.map((r) => r[0]);
        if (!x.some((v) => v > 0)) return;
        const g = rows.map((r) => r[1]);
        const w = weighted ? rows.map((r) => r[2]) : undefined;
        const d = dagumGini(x, g, { weights: w });
        expect(d.within + d.netBetween + d.transvariation).toBeCloseTo(d.gini, 10);
        expect(d.gini).toBeCloseTo(gini(x, { weights: w }), 10);
        expect(d.netBetween).toBeCloseTo(giniOfMeans(d.populationShares, d.means), 10);
        // and via gini() on the group means with the group weights as weights
        const groupWeights = d.populationShares;
        if (d.groups.length > 1 && d.means.some((m) => m > 0)) expect(d.netBetween).toBeCloseTo(gini(d.means, { weights: groupWeights }), 10);
        for (let j = 1; j < d.means.length; j++) expect(d.means[j]).toBeGreaterThanOrEqual(d.means[j - 1]);
        expect(d.transvariation).toBeGreaterThanOrEqual(-1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('edge cases', () => {
    expect(dagumGini([5], ['a'])).toMatchObject({ gini: 0, within: 0, netBetween: 0, transvariation: 0 });
    expect(dagumGini([2, 2, 2, 2], ['a', 'b', 'a', 'b'])).toMatchObject({ gini: 0, within: 0, netBetween: 0, transvariation: 0 });
    expect(dagumGini([0, 0], ['a', 'b']).gini).toBeNaN();
    const one = dagumGini([1, 2, 3], ['a', 'a', 'a']);
    expect(one.within).toBeCloseTo(one.gini, 14);
    expect(one.netBetween).toBe(0);
    // one unit per group: no within part
    const singletons = dagumGini([1, 2, 3], ['a', 'b', 'c']);
    expect(singletons.within).toBe(0);
    expect(singletons.transvariation).toBeCloseTo(0, 14);
    expect(singletons.netBetween).toBeCloseTo(singletons.gini, 14);
    // a group of zeros has G_jj = 0
    const z = dagumGini([0, 0, 1, 3], ['a', 'a', 'b', 'b']);
    expect(z.groupGini[0]).toBe(0);
    expect(z.within + z.netBetween + z.transvariation).toBeCloseTo(z.gini, 14);
    expect(() => dagumGini([1, -1], ['a', 'b'])).toThrow(/^dagumGini: values at position 1 is negative/);
    expect(() => dagumGini([1, 2], ['a'])).toThrow(/^dagumGini: groups has length 1/);
    expect(() => dagumGini([1, 2], ['a', 'b'], { weights: [1, Infinity] })).toThrow(/weights at position 1/);
  });
});
