import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Graph, { MultiGraph, DirectedGraph } from 'graphology';
import { spatialGini } from '../../../src/measures/inequality/spatial-gini.js';
import { upperNormalTail } from '../../../src/statistics/standard-normal.js';
import reference from '../../fixtures/inequality/network-inequality-reference.json';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

const rel = (a: number, b: number, tol = 1e-9) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));

function pathGraph(ids: string[]): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const id of ids) g.addNode(id);
  for (let i = 1; i < ids.length; i++) g.addEdge(ids[i - 1], ids[i]);
  return g;
}

function graphOf(ids: string[], edges: string[][]): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const id of ids) g.addNode(id);
  for (const [a, b] of edges) g.addEdge(a, b);
  return g;
}

function valuesOf(ids: string[], values: number[]): Record<string, number> {
  return Object.fromEntries(ids.map((id, i) => [id, values[i]]));
}

const thrown = zonelinkErrorOf;

describe('spatialGini — hand calculations on 4 units', () => {
  it('path a–b–c–d with values 1, 2, 3, 4', () => {
    // |x_i − x_j| over unordered pairs: ab 1, ac 2, ad 3, bc 1, bd 2, cd 1 → Σ = 10, ordered 20.
    // n = 4, μ = 2.5, 2n²μ = 80, G = 20/80 = 0.25.
    // neighbours ab, bc, cd: 1 + 1 + 1 = 3 → wg = 6; wcg = 20 − 6 = 14.
    // pairs: 3 neighbour, 6 − 3 = 3 non-neighbour; polarization = (14/6)·(3/3) = 7/3.
    const r = spatialGini({ a: 1, b: 2, c: 3, d: 4 }, pathGraph(['a', 'b', 'c', 'd']), { permutations: 0 });
    expect(r.n).toBe(4);
    expect(r.gini).toBeCloseTo(0.25, 12);
    expect(r.total).toBe(20);
    expect(r.denominator).toBe(80);
    expect(r.neighbourSum).toBe(6);
    expect(r.nonNeighbourSum).toBe(14);
    expect(r.neighbourGini).toBeCloseTo(6 / 80, 12);
    expect(r.nonNeighbourGini).toBeCloseTo(14 / 80, 12);
    expect(r.nonNeighbourShare).toBeCloseTo(0.7, 12);
    expect(r.neighbourPairs).toBe(3);
    expect(r.nonNeighbourPairs).toBe(3);
    expect(r.polarization).toBeCloseTo(7 / 3, 12);
    expect(r.pValue).toBeNull();
    expect(r.expectedNonNeighbourSum).toBeNull();
    expect(r.polarizationPValue).toBeNull();
  });

  it('values 1, 2, 3, 4 arranged 1, 3, 2, 4 on the path: neighbour gaps 2, 1, 2', () => {
    // wg = 2·(2 + 1 + 2) = 10, wcg = 20 − 10 = 10, polarization = (10/10)·1 = 1
    const r = spatialGini({ a: 1, b: 3, c: 2, d: 4 }, pathGraph(['a', 'b', 'c', 'd']), { permutations: 0 });
    expect(r.neighbourSum).toBe(10);
    expect(r.nonNeighbourSum).toBe(10);
    expect(r.polarization).toBeCloseTo(1, 12);
  });

  it('the permutation distribution of the path is enumerable: p-value as pysal folds it', () => {
    // 24 placements of {1,2,3,4} on the path, wcg = 20 − 2·(|x_a−x_b| + |x_b−x_c| + |x_c−x_d|).
    // The observed neighbour gap sum 3 is the least possible, reached only by 1234 and 4321:
    // P(wcg_perm ≥ 14) = 2/24, so L ≈ 999/12 ≈ 83 ± 9 and p = (L + 1)/1000 ≈ 0.084.
    // E[wcg] = 20 − 2·3·E|X − Y| over distinct pairs, E|X − Y| = 10/6 → E[wcg] = 10.
    const r = spatialGini({ a: 1, b: 2, c: 3, d: 4 }, pathGraph(['a', 'b', 'c', 'd']), { permutations: 999, seed: 5 });
    expect(r.pValue).toBeGreaterThan(0.04);
    expect(r.pValue).toBeLessThan(0.14);
    // expectation of wcg under random placement: 20 − 2·3·E|X − Y| with E|X−Y| = 20/12 → 10
    rel(r.expectedNonNeighbourSum as number, 10, 0.05);
  });

  it('distance band on four points on the equator (1° ≈ 111.2 km)', () => {
    // lon 0, 1, 2, 10; threshold 150 km → neighbour pairs (p0,p1), (p1,p2) only.
    // values 1, 2, 3, 4 → wg = 2·(1 + 1) = 4, wcg = 16; pairs 2 and 4; polarization = (16/4)·(2/4) = 2.
    const coordinates = { p0: { lon: 0, lat: 0 }, p1: { lon: 1, lat: 0 }, p2: { lon: 2, lat: 0 }, p3: { lon: 10, lat: 0 } };
    const r = spatialGini({ p0: 1, p1: 2, p2: 3, p3: 4 }, { coordinates, thresholdKm: 150 }, { permutations: 0 });
    expect(r.neighbourPairs).toBe(2);
    expect(r.neighbourSum).toBe(4);
    expect(r.nonNeighbourSum).toBe(16);
    expect(r.polarization).toBeCloseTo(2, 12);
    // inclusive threshold: 2R·π/180 = 222.39 km puts p0–p2 in the band at 222.4 km
    const wide = spatialGini({ p0: 1, p1: 2, p2: 3, p3: 4 }, { coordinates, thresholdKm: 2 * 6371.0088 * (Math.PI / 180) + 1e-9 }, { permutations: 0 });
    expect(wide.neighbourPairs).toBe(3);
  });
});

describe('spatialGini — against a Python port of pysal Gini_Spatial', () => {
  const cases = reference.spatialGini;

  function check(r: ReturnType<typeof spatialGini>, ref: (typeof cases)['graph30']['result']) {
    rel(r.gini, ref.g, 1e-12);
    expect(r.total).toBe(ref.dtotal);
    rel(r.total, ref.dtotal_pysal, 1e-12);
    rel(r.denominator, ref.den, 1e-12);
    expect(r.neighbourSum).toBe(ref.wg);
    expect(r.nonNeighbourSum).toBe(ref.wcg);
    rel(r.nonNeighbourGini, ref.wcg_share, 1e-12);
    expect(r.neighbourPairs).toBe(ref.neighbour_pairs);
    expect(r.nonNeighbourPairs).toBe(ref.non_neighbour_pairs);
    rel(r.polarization, ref.polarization, 1e-12);
    expect(r.permutations).toBe(ref.permutations);
    expect(r.pValue).toBe(ref.p_sim);
    rel(r.expectedNonNeighbourSum as number, ref.e_wcg, 1e-12);
    rel(r.sdNonNeighbourSum as number, ref.s_wcg, 1e-9);
    rel(r.z as number, ref.z_wcg, 1e-9);
    expect(Math.abs((r.pValueNormal as number) - ref.p_z_sim)).toBeLessThanOrEqual(1e-9 * ref.p_z_sim + 1e-300);
    expect(r.polarizationPValue).toBe(ref.polarization_p_sim);
  }

  it('random graph on 30 units, 999 permutations, seed 7', () => {
    const c = cases.graph30;
    const r = spatialGini(valuesOf(c.ids, c.values), graphOf(c.ids, c.edges), { permutations: 999, seed: 7 });
    check(r, c.result);
  });

  it('two blocks of low and high values (perfect clustering): p = 0.001', () => {
    const c = cases.blocks20;
    const r = spatialGini(valuesOf(c.ids, c.values), graphOf(c.ids, c.edges), { permutations: 999, seed: 11 });
    check(r, c.result);
    expect(r.pValue).toBe(0.001);
    expect(r.z as number).toBeGreaterThan(10);
  });

  it('distance band of 800 km over 13 Chinese cities, 499 permutations, seed 3', () => {
    const c = cases.band13;
    const r = spatialGini(valuesOf(c.ids, c.values), { coordinates: c.coordinates, thresholdKm: c.thresholdKm }, { permutations: 499, seed: 3 });
    expect(r.neighbourPairs).toBe(c.neighbourPairs.length);
    check(r, c.result);
  });
});

describe('spatialGini — properties', () => {
  const arb = fc
    .integer({ min: 2, max: 14 })
    .chain((n) =>
      fc.record({
        values: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: n, maxLength: n }),
        edges: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 30 }),
      }),
    );

  it('neighbour + non-neighbour sums = ΣΣ|x_i − x_j|, and G matches the O(n²) definition', () => {
    fc.assert(
      fc.property(arb, ({ values, edges }) => {
        const ids = values.map((_, i) => `n${i}`);
        const g = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
        ids.forEach((id) => g.addNode(id));
        for (const [a, b] of edges) g.addUndirectedEdge(ids[a], ids[b]);
        const r = spatialGini(valuesOf(ids, values), g, { permutations: 0 });
        let brute = 0;
        let wg = 0;
        for (let i = 0; i < values.length; i++) {
          for (let j = 0; j < values.length; j++) {
            const d = Math.abs(values[i] - values[j]);
            brute += d;
            if (i !== j && g.areNeighbors(ids[i], ids[j])) wg += d;
          }
        }
        expect(r.total).toBe(brute);
        expect(r.neighbourSum + r.nonNeighbourSum).toBe(r.total);
        expect(r.neighbourSum).toBe(wg);
        const sum = values.reduce((s, v) => s + v, 0);
        if (sum > 0) rel(r.gini, brute / (2 * values.length * sum), 1e-12);
        else expect(r.gini).toBeNaN();
      }),
      { numRuns: 150 },
    );
  });

  it('same seed → same p-values; the p-value lies in [1/(P+1), 0.5 + 1/(P+1)]', () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 1e6 }), ({ values, edges }, seed) => {
        const ids = values.map((_, i) => `n${i}`);
        const g = new Graph({ type: 'undirected', multi: true });
        ids.forEach((id) => g.addNode(id));
        for (const [a, b] of edges) if (a !== b) g.addEdge(ids[a], ids[b]);
        const v = valuesOf(ids, values);
        const r1 = spatialGini(v, g, { permutations: 49, seed });
        const r2 = spatialGini(v, g, { permutations: 49, seed });
        expect(r2).toEqual(r1);
        expect(r1.pValue as number).toBeGreaterThanOrEqual(1 / 50);
        expect(r1.pValue as number).toBeLessThanOrEqual(0.5 + 1 / 50);
      }),
      { numRuns: 60 },
    );
  });

  it('default options: 999 permutations, seed 0', () => {
    const c = reference.spatialGini.graph30;
    const r = spatialGini(valuesOf(c.ids, c.values), graphOf(c.ids, c.edges));
    expect(r.permutations).toBe(999);
    expect(r.seed).toBe(0);
    expect(r).toEqual(spatialGini(valuesOf(c.ids, c.values), graphOf(c.ids, c.edges), { permutations: 999, seed: 0 }));
  });

  it('a clustered pattern (smooth values round a ring) gets a small p-value', () => {
    // a ring of 40: values rise then fall smoothly → neighbours alike
    const n = 40;
    const ids = Array.from({ length: n }, (_, i) => `r${i}`);
    const ring = new Graph({ type: 'undirected' });
    ids.forEach((id) => ring.addNode(id));
    for (let i = 0; i < n; i++) ring.addEdge(ids[i], ids[(i + 1) % n]);
    const smooth = valuesOf(ids, ids.map((_, i) => 10 + Math.min(i, n - i)));
    const r = spatialGini(smooth, ring, { permutations: 999, seed: 3 });
    expect(r.pValue as number).toBeLessThan(0.01);
    expect(r.nonNeighbourSum).toBeGreaterThan(r.expectedNonNeighbourSum as number);
  });

  it('does not mutate its inputs; parallel edges, self-loops and edge direction change nothing', () => {
    const values = { a: 1, b: 2, c: 3, d: 4 };
    const copy = structuredClone(values);
    const multi = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
    ['a', 'b', 'c', 'd', 'unvalued'].forEach((id) => multi.addNode(id));
    multi.addUndirectedEdge('a', 'b');
    multi.addUndirectedEdge('a', 'b');
    multi.addDirectedEdge('c', 'b');
    multi.addDirectedEdge('d', 'c');
    multi.addUndirectedEdge('a', 'a');
    multi.addUndirectedEdge('a', 'unvalued');
    multi.addUndirectedEdge('unvalued', 'd');
    const r = spatialGini(values, multi, { permutations: 19, seed: 2 });
    const simple = spatialGini(values, pathGraph(['a', 'b', 'c', 'd']), { permutations: 19, seed: 2 });
    expect(r).toEqual(simple);
    expect(values).toEqual(copy);
    const directed = new DirectedGraph();
    ['a', 'b', 'c', 'd'].forEach((id) => directed.addNode(id));
    directed.addEdge('b', 'a');
    directed.addEdge('b', 'c');
    directed.addEdge('c', 'd');
    expect(spatialGini(values, directed, { permutations: 19, seed: 2 })).toEqual(simple);
  });
});

describe('spatialGini — edge cases and errors', () => {
  it('one unit: all zero, polarization NaN', () => {
    const g = new Graph();
    g.addNode('a');
    const r = spatialGini({ a: 5 }, g, { permutations: 9 });
    expect(r.gini).toBe(0);
    expect(r.total).toBe(0);
    expect(r.neighbourSum).toBe(0);
    expect(r.nonNeighbourSum).toBe(0);
    expect(r.polarization).toBeNaN();
    expect(r.nonNeighbourShare).toBeNaN();
  });

  it('all equal → G exactly 0; all zero → G NaN', () => {
    const g = pathGraph(['a', 'b', 'c']);
    const eq = spatialGini({ a: 0.1 + 0.2, b: 0.1 + 0.2, c: 0.1 + 0.2 }, g, { permutations: 9 });
    expect(eq.gini).toBe(0);
    expect(eq.nonNeighbourGini).toBe(0);
    expect(eq.polarization).toBeNaN();
    expect(spatialGini({ a: 0, b: 0, c: 0 }, g, { permutations: 0 }).gini).toBeNaN();
  });

  it('no neighbours (disconnected) → polarization NaN, every gap non-neighbour', () => {
    const g = new Graph();
    ['a', 'b', 'c'].forEach((id) => g.addNode(id));
    const r = spatialGini({ a: 1, b: 2, c: 4 }, g, { permutations: 9 });
    expect(r.neighbourSum).toBe(0);
    expect(r.nonNeighbourSum).toBe(r.total);
    expect(r.polarization).toBeNaN();
    expect(r.sdNonNeighbourSum).toBe(0);
    expect(r.z).toBeNaN();
  });

  it('complete graph → no non-neighbour pairs, polarization NaN', () => {
    const g = graphOf(['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['a', 'c']]);
    const r = spatialGini({ a: 1, b: 2, c: 4 }, g, { permutations: 0 });
    expect(r.nonNeighbourPairs).toBe(0);
    expect(r.nonNeighbourSum).toBe(0);
    expect(r.polarization).toBeNaN();
  });

  it('negative values are accepted (Gini policy)', () => {
    const r = spatialGini({ a: -1, b: 2, c: 5 }, pathGraph(['a', 'b', 'c']), { permutations: 0 });
    // Σ|gaps| unordered = 3 + 6 + 3 = 12 → 24; μ = 2; 2n²μ = 36
    expect(r.gini).toBeCloseTo(24 / 36, 12);
  });

  it('errors name the function and every bad node', () => {
    const g = pathGraph(['a', 'b', 'c']);
    expect(thrown(() => spatialGini({}, g)).message).toMatch(/^spatialGini: values is empty/);
    const e = thrown(() => spatialGini({ a: NaN, b: 1, c: Infinity }, g));
    expect(e.message).toMatch(/^spatialGini:.*a, c/);
    expect(e.issues.map((i) => i.id)).toEqual(['a', 'c']);
    const absent = thrown(() => spatialGini({ a: 1, x: 2, y: 3 }, g));
    expect(absent.issues.map((i) => i.id)).toEqual(['x', 'y']);
    const noCoords = thrown(() => spatialGini({ a: 1, b: 2, c: 3 }, { coordinates: { a: { lon: 0, lat: 0 }, c: { lon: 200, lat: 0 } }, thresholdKm: 10 }));
    expect(noCoords.issues.map((i) => i.id)).toEqual(['b', 'c']);
    expect(thrown(() => spatialGini({ a: 1 }, { coordinates: { a: { lon: 0, lat: 0 } }, thresholdKm: -1 })).message).toMatch(/thresholdKm/);
    expect(thrown(() => spatialGini({ a: 1 }, g, { permutations: 1.5 })).message).toMatch(/^spatialGini: option permutations/);
    expect(thrown(() => spatialGini({ a: 1 }, g, { seed: NaN })).message).toMatch(/^spatialGini: option seed/);
    expect(thrown(() => spatialGini({ a: 1 }, { foo: 1 } as never)).message).toMatch(/^spatialGini: neighbours/);
    expect(thrown(() => spatialGini([1, 2] as never, g)).message).toMatch(/^spatialGini: values must be an object/);
  });
});

describe('upperNormalTail (internal) against math.erfc', () => {
  it('matches 0.5·erfc(z/√2) to 1e-13 relative', () => {
    for (const [z, q] of Object.entries(reference.normalUpperTail)) {
      const got = upperNormalTail(Number(z));
      expect(Math.abs(got - q)).toBeLessThanOrEqual(1e-13 * q);
    }
    expect(upperNormalTail(NaN)).toBeNaN();
    expect(upperNormalTail(Infinity)).toBe(0);
    expect(upperNormalTail(-Infinity)).toBe(1);
  });
});
