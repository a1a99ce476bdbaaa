import { describe, it, expect } from 'vitest';
import { spatialWeights, moranI, gearyC, localMoran, getisOrdGi, type SpatialWeights } from '../../../src/measures/spatial/index.js';
import reference from '../../fixtures/spatial/spdep-reference.json';

// Reference values: R spdep (version in reference.tools), test/fixtures/spatial/generate.R.
const close = (actual: number, expected: number, tol = 1e-9) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));
const closeAll = (actual: number[], expected: number[], tol = 1e-9) => {
  expect(actual.length).toBe(expected.length);
  actual.forEach((v, i) => close(v, expected[i], tol));
};

function weightsFrom(neighbours: number[][], style: 'binary' | 'row', nodes?: string[]): SpatialWeights {
  return {
    nodes: nodes ?? neighbours.map((_, i) => String(i + 1)),
    neighbours,
    weights: neighbours.map((row) => row.map(() => (style === 'row' ? 1 / row.length : 1))),
    style,
    selfIncluded: false,
    symmetric: false,
  };
}
function withSelf(neighbours: number[][]): SpatialWeights {
  const rows = neighbours.map((row, i) => [...row, i].sort((a, b) => a - b));
  return { ...weightsFrom(rows, 'binary'), selfIncluded: true };
}

type Global = Record<string, { I?: number; C?: number; expected: number; variance: number; z: number; p: number }>;
const alternatives = [
  ['greater', 'greater'],
  ['less', 'less'],
  ['two.sided', 'two-sided'],
] as const;

function checkGlobal(values: number[], w: SpatialWeights, ref: { moran: Global; geary: Global }, zeroPolicy = false, tol = 1e-10) {
  for (const [rName, alternative] of alternatives) {
    const m = moranI(values, w, { permutations: 0, alternative, zeroPolicy });
    const g = gearyC(values, w, { permutations: 0, alternative, zeroPolicy });
    for (const assumption of ['randomisation', 'normality'] as const) {
      const rm = ref.moran[`${rName}_${assumption}`];
      close(m.I, rm.I as number, tol);
      close(m.expected, rm.expected, tol);
      close(m[assumption].variance, rm.variance, tol);
      close(m[assumption].z, rm.z, tol);
      close(m[assumption].pValue, rm.p, tol);
      const rg = ref.geary[`${rName}_${assumption}`];
      close(g.C, rg.C as number, tol);
      close(g[assumption].variance, rg.variance, tol);
      close(g[assumption].z, rg.z, tol);
      close(g[assumption].pValue, rg.p, tol);
    }
  }
}

interface LocalRef {
  conditional: { Ii: number[]; E: number[]; Var: number[]; Z: number[]; p: number[] };
  total: { Ii: number[]; E: number[]; Var: number[]; Z: number[]; p: number[] };
  greaterP: number[];
  quadrantPysal: string[];
}
const quadrantOf: Record<string, string> = { 'High-High': 'HH', 'Low-Low': 'LL', 'High-Low': 'HL', 'Low-High': 'LH' };

function checkLocal(values: number[], w: SpatialWeights, ref: LocalRef, tol = 1e-9) {
  for (const variance of ['conditional', 'total'] as const) {
    const r = localMoran(values, w, { variance });
    const e = ref[variance];
    closeAll(r.units.map((u) => u.Ii), e.Ii, tol);
    closeAll(r.units.map((u) => u.expected), e.E, tol);
    closeAll(r.units.map((u) => u.variance), e.Var, tol);
    closeAll(r.units.map((u) => u.z), e.Z, tol);
    closeAll(r.units.map((u) => u.pValue), e.p, tol);
    expect(r.units.map((u) => u.quadrant)).toEqual(ref.quadrantPysal.map((q) => quadrantOf[q]));
    for (const u of r.units) expect(u.cluster).toBe(u.pValue <= 0.05 ? u.quadrant : null);
  }
  closeAll(localMoran(values, w, { alternative: 'greater' }).units.map((u) => u.pValue), ref.greaterP, tol);
}

function checkLocalG(values: number[], w: SpatialWeights, ref: { z: number[]; G: number[]; EG: number[]; VG: number[]; p: number[] }, tol = 1e-9) {
  const r = getisOrdGi(values, w);
  expect(r.star).toBe(w.selfIncluded);
  closeAll(r.units.map((u) => u.z), ref.z, tol);
  closeAll(r.units.map((u) => u.G), ref.G, tol);
  closeAll(r.units.map((u) => u.expected), ref.EG, tol);
  closeAll(r.units.map((u) => u.variance), ref.VG, tol);
  closeAll(r.units.map((u) => u.pValue), ref.p, tol);
}

describe('spdep reference: 4 × 4 rook lattice', () => {
  const { lattice, island } = reference;
  it('moran.test and geary.test, binary and row-standardised, all alternatives and both assumptions', () => {
    checkGlobal(lattice.values, weightsFrom(lattice.neighbours, 'binary'), lattice.binary as never);
    checkGlobal(lattice.values, weightsFrom(lattice.neighbours, 'row'), lattice.row as never);
  });
  it('localmoran, conditional and total variance, quadrants', () => {
    checkLocal(lattice.values, weightsFrom(lattice.neighbours, 'binary'), lattice.binary.local as LocalRef);
    checkLocal(lattice.values, weightsFrom(lattice.neighbours, 'row'), lattice.row.local as LocalRef);
  });
  it('localG: Gi (binary, row) and Gi* (include.self)', () => {
    checkLocalG(lattice.values, weightsFrom(lattice.neighbours, 'binary'), lattice.localG);
    checkLocalG(lattice.values, weightsFrom(lattice.neighbours, 'row'), lattice.localGrow);
    checkLocalG(lattice.values, withSelf(lattice.neighbours), lattice.localGstar);
  });
  it('an isolated cell under zeroPolicy: n reduced as spdep adjust.n', () => {
    const w = weightsFrom(island.neighbours, 'row');
    checkGlobal(island.values, w, island.row as never, true);
    expect(moranI(island.values, w, { permutations: 0, zeroPolicy: true }).n).toBe(15);
  });
});

describe('spdep reference: 336 Chinese prefecture-level cities, population growth 2010–2020', () => {
  const c = reference.china;
  const coordinates = Object.fromEntries(c.codes.map((code, i) => [code, { lon: c.lon[i], lat: c.lat[i] }]));
  const growth = Object.fromEntries(c.codes.map((code, i) => [code, c.growth[i]]));

  it('k-nearest (k = 6) and distance-band neighbours are spdep’s knn2nb / dnearneigh with the ellipsoidal distance', () => {
    const knn = spatialWeights({ method: 'knn', coordinates, k: 6, nodes: c.codes, distance: 'ellipsoidal' });
    expect(knn.neighbours).toEqual(c.knn6.neighbours);
    expect(knn.symmetric).toBe(false);
    const band = spatialWeights({ method: 'distance-band', coordinates, thresholdKm: c.band.km, nodes: c.codes, distance: 'ellipsoidal' });
    expect(band.neighbours).toEqual(c.band.neighbours);
  });

  const knn = spatialWeights({ method: 'knn', coordinates, k: 6, nodes: c.codes, distance: 'ellipsoidal' });
  const band = spatialWeights({ method: 'distance-band', coordinates, thresholdKm: c.band.km, nodes: c.codes, distance: 'ellipsoidal' });

  it('moran.test / geary.test, k-nearest and distance band', () => {
    checkGlobal(c.codes.map((k) => growth[k]), knn, c.knn6.growth as never, false, 1e-9);
    checkGlobal(c.codes.map((k) => growth[k]), band, c.band.growth as never, false, 1e-9);
  });
  it('moran.test / geary.test, full inverse-distance matrix (power 1, row-standardised)', () => {
    const idw = spatialWeights({ method: 'inverse-distance', coordinates, nodes: c.codes, distance: 'ellipsoidal' });
    checkGlobal(c.growth, idw, c.inverseDistance.growth as never, false, 1e-8);
  });
  it('localmoran and localG on the real data', () => {
    checkLocal(c.growth, knn, c.knn6.growth.local as LocalRef, 1e-8);
    checkLocal(c.growth, band, c.band.growth.local as LocalRef, 1e-8);
    checkLocalG(c.growth, band, c.band.growth.localG, 1e-8);
    const knnSelf = spatialWeights({ method: 'knn', coordinates, k: 6, nodes: c.codes, distance: 'ellipsoidal' }, { style: 'binary', includeSelf: true });
    checkLocalG(c.growth, knnSelf, c.knn6.localGstar, 1e-8);
  });
  it('values given as a record keyed by node equal values given in node order', () => {
    expect(moranI(growth, knn, { permutations: 0 }).I).toBe(moranI(c.growth, knn, { permutations: 0 }).I);
  });

  // moran.mc at 10,000 simulations; spdep's p = max(#{I_p > I}, 1)/(P + 1), zonelink's
  // (#{I_p ≥ I} + 1)/(P + 1): at most 1/(P + 1) apart beyond Monte-Carlo error.
  const within3Se = (p: number, q: number, P: number) => {
    const se = Math.sqrt((Math.max(q, 1 / P) * (1 - q)) / P);
    expect(Math.abs(p - q)).toBeLessThanOrEqual(3 * se + 1 / (P + 1));
  };
  it('permutation p within 3 Monte-Carlo SE of moran.mc (10,000 permutations), a clustered and an unstructured variable', () => {
    const P = 10_000;
    const strong = moranI(c.growth, knn, { permutations: P, seed: 1 });
    within3Se(strong.permutation!.pValue, c.knn6.growth.mc.p, P);
    close(strong.I, c.knn6.growth.mc.statistic, 1e-10);
    const weak = moranI(c.noise, knn, { permutations: P, seed: 1 });
    within3Se(weak.permutation!.pValue, c.knn6.noise.mc.p, P);
    close(weak.I, c.knn6.noise.moran.greater_randomisation.I, 1e-10);
    const bandTest = moranI(c.growth, band, { permutations: P, seed: 2 });
    within3Se(bandTest.permutation!.pValue, c.band.growth.mc.p, P);
  });
  it('same seed → same permutation p; another seed → (almost surely) another distribution', () => {
    const a = moranI(c.noise, knn, { permutations: 999, seed: 7 });
    const b = moranI(c.noise, knn, { permutations: 999, seed: 7 });
    const other = moranI(c.noise, knn, { permutations: 999, seed: 8 });
    expect(b.permutation).toEqual(a.permutation);
    expect(other.permutation!.mean).not.toBe(a.permutation!.mean);
    expect(gearyC(c.noise, knn, { permutations: 99, seed: 3 }).permutation).toEqual(gearyC(c.noise, knn, { permutations: 99, seed: 3 }).permutation);
  });
});
