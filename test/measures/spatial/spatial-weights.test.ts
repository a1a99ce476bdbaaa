import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Graph, { DirectedGraph } from 'graphology';
import { spatialWeights, spatialLag, moranI, gearyC, localMoran, getisOrdGi, ellipsoidalDistanceKm, type SpatialWeights } from '../../../src/measures/spatial/index.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

const path4: SpatialWeights = {
  nodes: ['a', 'b', 'c', 'd'],
  neighbours: [[1], [0, 2], [1, 3], [2]],
  weights: [[1], [1, 1], [1, 1], [1]],
  style: 'binary',
  selfIncluded: false,
  symmetric: true,
};

describe('spatialWeights', () => {
  const coordinates = { a: { lon: 0, lat: 0 }, b: { lon: 1, lat: 0 }, c: { lon: 3, lat: 0 } };
  it('k nearest is asymmetric (spdep knn2nb): c → b but b → a', () => {
    const w = spatialWeights({ method: 'knn', coordinates, k: 1 }, { style: 'binary' });
    expect(w.neighbours).toEqual([[1], [0], [1]]);
    expect(w.symmetric).toBe(false);
  });
  it('distance band is inclusive and symmetric; one degree of longitude at the equator ≈ 111.2 km', () => {
    const w = spatialWeights({ method: 'distance-band', coordinates, thresholdKm: 112 }, { style: 'binary' });
    expect(w.neighbours).toEqual([[1], [0], []]);
    expect(spatialWeights({ method: 'distance-band', coordinates, thresholdKm: 111 }).neighbours).toEqual([[], [], []]);
  });
  it('inverse distance: w_ij = d^−p, row-standardised by default', () => {
    const w = spatialWeights({ method: 'inverse-distance', coordinates, power: 2 });
    // from a: d_ab = D, d_ac = 3D → weights 1/D², 1/(9D²) → row 9/10, 1/10
    expect(w.weights[0][0]).toBeCloseTo(0.9, 12);
    expect(w.weights[0][1]).toBeCloseTo(0.1, 12);
    for (const row of w.weights) expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
  });
  it('graph adjacency: edges in either direction, self-loops ignored, node subset', () => {
    const g = new DirectedGraph();
    g.mergeEdge('x', 'y');
    g.mergeEdge('z', 'y');
    g.mergeEdge('y', 'y');
    g.addNode('lonely');
    const w = spatialWeights({ method: 'graph', graph: g }, { style: 'binary' });
    expect(w.nodes).toEqual(['x', 'y', 'z', 'lonely']);
    expect(w.neighbours).toEqual([[1], [0, 2], [1], []]);
    expect(spatialWeights({ method: 'graph', graph: g, nodes: ['z', 'y'] }).neighbours).toEqual([[1], [0]]);
  });
  it('includeSelf adds w_ii = 1 before row standardisation', () => {
    const w = spatialWeights({ method: 'knn', coordinates, k: 1 }, { includeSelf: true });
    expect(w.neighbours).toEqual([[0, 1], [0, 1], [1, 2]]);
    expect(w.weights[2]).toEqual([0.5, 0.5]);
    expect(w.selfIncluded).toBe(true);
  });
  it('the ellipsoidal distance is spdep’s: Beijing–Shanghai', () => {
    // R 4.2.2, sp 1.6: print(spDists(rbind(c(116.4074, 39.9042)), rbind(c(121.4737, 31.2304)), longlat = TRUE), digits = 17)
    // → 1065.8514404103719 (the same C formula as spdep's knearneigh/dnearneigh)
    const d = ellipsoidalDistanceKm({ lon: 116.4074, lat: 39.9042 }, { lon: 121.4737, lat: 31.2304 });
    expect(Math.abs(d - 1065.8514404103719)).toBeLessThan(1e-9);
    expect(ellipsoidalDistanceKm({ lon: 10, lat: 20 }, { lon: 10, lat: 20 })).toBe(0);
  });
  it('ellipsoidalDistanceKm names each bad coordinate, as greatCircleDistance does', () => {
    const error = zonelinkErrorOf(() => ellipsoidalDistanceKm({ lon: 200, lat: 20 }, null as never));
    expect(error.message).toMatch(/^ellipsoidalDistanceKm: invalid coordinates/);
    expect(error.issues.map((i) => [i.code, i.field])).toEqual([
      ['invalid-coordinates', 'a.lon'],
      ['invalid-coordinates', 'b'],
    ]);
    expect(() => ellipsoidalDistanceKm({ lon: 0, lat: 10n as never }, { lon: 0, lat: 0 })).toThrow(/^ellipsoidalDistanceKm: invalid coordinates/);
  });
  it('rejects bad input with a ZonelinkError naming spatialWeights', () => {
    const bad = [
      () => spatialWeights({ method: 'knn', coordinates, k: 3 }),
      () => spatialWeights({ method: 'knn', coordinates, k: 0 }),
      () => spatialWeights({ method: 'knn', coordinates: { a: { lon: 0, lat: 0 }, b: { lon: 200, lat: 0 } }, k: 1 }),
      () => spatialWeights({ method: 'knn', coordinates, k: 1, nodes: ['a', 'a'] }),
      () => spatialWeights({ method: 'knn', coordinates, k: 1, nodes: ['a', 'q'] }),
      () => spatialWeights({ method: 'distance-band', coordinates, thresholdKm: -1 }),
      () => spatialWeights({ method: 'inverse-distance', coordinates: { ...coordinates, d: { lon: 0, lat: 0 } } }),
      () => spatialWeights({ method: 'graph', graph: new Graph(), nodes: ['nope'] }),
      () => spatialWeights({ method: 'rook' } as never),
      () => spatialWeights({ method: 'knn', coordinates, k: 1 }, { style: 'W' as never }),
    ];
    for (const run of bad) expect(zonelinkErrorOf(run).message).toMatch(/^spatialWeights:/);
  });
});

describe('hand calculations on the path a – b – c – d, x = 1, 2, 3, 4', () => {
  it('Moran: I = (n/S0)·Σw z z/Σz² = (4/6)(2.5/5) = 1/3; E = −1/3; Var_N by Cliff–Ord', () => {
    const r = moranI([1, 2, 3, 4], path4, { permutations: 0 });
    expect(r.I).toBeCloseTo(1 / 3, 14);
    expect(r.expected).toBeCloseTo(-1 / 3, 14);
    // S0 = 6, S1 = ½·6·4 = 12, S2 = (2)²+(4)²+(4)²+(2)² = 40, n = 4:
    // Var_N = (16·12 − 4·40 + 3·36)/(36·15) − 1/9 = 140/540 − 1/9 = 0.14814814…
    expect(r.normality.variance).toBeCloseTo(140 / 540 - 1 / 9, 14);
    expect(r.permutation).toBeNull();
  });
  it('Geary: C = (n − 1)Σw(x_i − x_j)²/(2 S0 Σz²) = 3·6/(2·6·5) = 0.3', () => {
    expect(gearyC([1, 2, 3, 4], path4, { permutations: 0 }).C).toBeCloseTo(0.3, 14);
  });
  it('local Moran of a: (z_a/m₂)·lag = (−1.5/1.25)(−0.5) = 0.6, quadrant LL', () => {
    const u = localMoran([1, 2, 3, 4], path4).units[0];
    expect(u.Ii).toBeCloseTo(0.6, 14);
    expect(u.quadrant).toBe('LL');
    expect(localMoran([1, 2, 3, 4], path4).units[3].quadrant).toBe('HH');
  });
  it('Gi of a: x_b/(x_b + x_c + x_d) = 2/9', () => {
    expect(getisOrdGi([1, 2, 3, 4], path4).units[0].G).toBeCloseTo(2 / 9, 14);
  });
  it('spatial lag with row weights', () => {
    const w = { ...path4, weights: [[1], [0.5, 0.5], [0.5, 0.5], [1]], style: 'row' as const };
    expect(Array.from(spatialLag({ a: 1, b: 2, c: 3, d: 4 }, w))).toEqual([2, 2, 3, 3]);
  });
  it('the permutation test: 4! = 24 labellings, p ≥ 1/(P + 1), seed reproducible', () => {
    const r = moranI([1, 2, 3, 4], path4, { permutations: 200, seed: 5 });
    expect(r.permutation!.pValue).toBeGreaterThanOrEqual(1 / 201);
    expect(moranI([1, 2, 3, 4], path4, { permutations: 200, seed: 5 }).permutation).toEqual(r.permutation);
  });
});

describe('properties', () => {
  const grid = (side: number): SpatialWeights => {
    const nodes: string[] = [];
    const neighbours: number[][] = [];
    for (let r = 0; r < side; r++)
      for (let c = 0; c < side; c++) {
        nodes.push(`${r},${c}`);
        const row: number[] = [];
        if (r > 0) row.push((r - 1) * side + c);
        if (c > 0) row.push(r * side + c - 1);
        if (c < side - 1) row.push(r * side + c + 1);
        if (r < side - 1) row.push((r + 1) * side + c);
        neighbours.push(row);
      }
    return { nodes, neighbours, weights: neighbours.map((row) => row.map(() => 1 / row.length)), style: 'row', selfIncluded: false, symmetric: false };
  };
  const w = grid(4);
  const values = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 16, maxLength: 16 }).filter((x) => new Set(x).size > 2);
  it('I and C are invariant to x → a·x + b (a > 0); Σ_i I_i = n·I·S0/n for row weights (here S0 = n)', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 100 }), fc.integer({ min: -100, max: 100 }), (x, a, b) => {
        const m = moranI(x, w, { permutations: 0 });
        const shifted = x.map((v) => a * v + b);
        const m2 = moranI(shifted, w, { permutations: 0 });
        expect(Math.abs(m.I - m2.I)).toBeLessThan(1e-7);
        expect(Math.abs(gearyC(x, w, { permutations: 0 }).C - gearyC(shifted, w, { permutations: 0 }).C)).toBeLessThan(1e-7);
        const sumLocal = localMoran(x, w).units.reduce((s, u) => s + u.Ii, 0);
        expect(Math.abs(sumLocal / 16 - m.I)).toBeLessThan(1e-9 * Math.max(1, Math.abs(m.I)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('errors: ZonelinkError naming the function', () => {
  const run = {
    moranI: (x: never, w: SpatialWeights, o = {}) => moranI(x, w, o),
    gearyC: (x: never, w: SpatialWeights, o = {}) => gearyC(x, w, o),
    localMoran: (x: never, w: SpatialWeights, o = {}) => localMoran(x, w, o),
    getisOrdGi: (x: never, w: SpatialWeights, o = {}) => getisOrdGi(x, w, o),
  };
  const isolated: SpatialWeights = { ...path4, neighbours: [[1], [0], [3], [2], []], weights: [[1], [1], [1], [1], []], nodes: ['a', 'b', 'c', 'd', 'e'] };
  for (const [name, f] of Object.entries(run)) {
    it(name, () => {
      const cases: Array<[() => unknown, RegExp]> = [
        [() => f({ a: 1, b: 2, c: 3 } as never, path4), /no value for d/],
        [() => f({ a: 1, b: 2, c: 3, d: 4, e: 5 } as never, path4), /not in the weights/],
        [() => f([1, 2, 3] as never, path4), /3 entries but the weights have 4/],
        [() => f([1, 2, Number.NaN, 4] as never, path4), /not finite/],
        [() => f([2, 2, 2, 2] as never, path4), /all values are equal/],
        [() => f([1, 2, 3, 4, 5] as never, isolated), /without neighbours.*zeroPolicy/],
        [() => f([1, 2, 3, 4] as never, { ...path4, neighbours: [[1], [0, 2], [1, 3], [2, 9]] }), /invalid spatial weights/],
        [() => f([1, 2, 3, 4] as never, { ...path4, weights: [[1], [1, -1], [1, 1], [1]] }), /invalid spatial weights/],
        [() => f([1, 2] as never, { ...path4, nodes: ['a', 'b'], neighbours: [[1], [0]], weights: [[1], [1]] }), /at least/],
      ];
      for (const [call, message] of cases) {
        const e = zonelinkErrorOf(call);
        expect(e.message.startsWith(`${name}:`)).toBe(true);
        expect(e.message).toMatch(message);
      }
      // with zeroPolicy the isolated unit is accepted
      expect(() => f([1, 2, 3, 4, 5] as never, isolated, { zeroPolicy: true })).not.toThrow();
    });
  }
  it('Moran and local Moran refuse self-included weights; Gi accepts them as Gi*', () => {
    const self = { ...path4, neighbours: [[0, 1], [0, 1, 2], [1, 2, 3], [2, 3]], weights: [[1, 1], [1, 1, 1], [1, 1, 1], [1, 1]], selfIncluded: true };
    expect(zonelinkErrorOf(() => moranI([1, 2, 3, 4], self)).message).toMatch(/^moranI: .*selfIncluded/);
    expect(zonelinkErrorOf(() => localMoran([1, 2, 3, 4], self)).message).toMatch(/^localMoran:/);
    expect(getisOrdGi([1, 2, 3, 4], self).star).toBe(true);
    expect(zonelinkErrorOf(() => moranI([1, 2, 3, 4], path4, { alternative: 'both' as never })).message).toMatch(/^moranI: option alternative/);
    expect(zonelinkErrorOf(() => moranI([1, 2, 3, 4], path4, { permutations: -1 })).message).toMatch(/^moranI: option permutations/);
  });
});

describe('JSON', () => {
  it('a SpatialWeights survives JSON.stringify / JSON.parse and gives the same statistics', () => {
    const coordinates = { a: { lon: 116.4, lat: 39.9 }, b: { lon: 117.2, lat: 39.1 }, c: { lon: 121.5, lat: 31.2 }, d: { lon: 113.3, lat: 23.1 }, e: { lon: 104.1, lat: 30.7 } };
    const w = spatialWeights({ method: 'inverse-distance', coordinates, power: 2 });
    const copy = JSON.parse(JSON.stringify(w)) as SpatialWeights;
    const x = [5, 4, 3, 1, 2];
    expect(moranI(x, copy, { permutations: 99, seed: 1 })).toEqual(moranI(x, w, { permutations: 99, seed: 1 }));
  });
});
