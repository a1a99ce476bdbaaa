import Graph from 'graphology';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leiden, louvain, modularity, labelPropagation } from '../../../src/measures/community/index.js';

/** Two triangles a–b–c and d–e–f joined by c–d; weights cycle over the seven edges. */
function twoTriangles(weights: number[]): Graph {
  const g = new Graph({ type: 'undirected' });
  const edges = [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'd']];
  edges.forEach(([s, t], i) => g.mergeEdge(s, t, { weight: weights[i % weights.length] }));
  return g;
}

function scaled(g: Graph, factor: number): Graph {
  const h = g.copy();
  h.updateEachEdgeAttributes((_e, a) => ({ ...a, weight: (a.weight as number) * factor }));
  return h;
}

describe('community detection at extreme weight magnitudes (issue 15 item 3)', () => {
  it('[1e308, 1, 1, 1] (a–b and d–e weigh 1e308): Leiden and Louvain pair a–b and d–e, Q = 0.5, not singletons with Q = 0', () => {
    // By hand, to float precision the graph is two edges of weight W = 1e308:
    // {a,b}, {d,e} each hold L = W of m = 2W with degree sum 2W: Q = 2·(1/2 − (1/2)²) = 0.5.
    const g = twoTriangles([1e308, 1, 1, 1]);
    for (const result of [leiden(g, { seed: 1 }), louvain(g, { seed: 1 })]) {
      expect(result.partition.a).toBe(result.partition.b);
      expect(result.partition.d).toBe(result.partition.e);
      expect(result.partition.a).not.toBe(result.partition.d);
      expect(result.modularity).toBeCloseTo(0.5, 12);
    }
  });

  it('modularity() of the singletons of [1e308 …] is −Σ(d_i/2m)² ≈ −0.5 (2m overflowed to Infinity and gave 0)', () => {
    const g = twoTriangles([1e308, 1, 1, 1]);
    const singletons = Object.fromEntries(g.nodes().map((n, i) => [n, i]));
    // d_a = d_b = d_d = d_e ≈ W, 2m ≈ 4W: 4 · (1/4)² = 0.25 … to float precision −0.25
    expect(modularity(g, singletons)).toBeCloseTo(-0.25, 12);
  });

  it('all weights 1e308, 1e-300 or 5e-324: the two triangles, Q = 5/14 as with weights 1 (was NaN with singletons)', () => {
    // Q of two triangles joined by one edge (m = 7): 2·(3/7 − (7/14)²) = 5/14
    for (const w of [1e308, 1e-300, 5e-324, 1e-20]) {
      for (const result of [leiden(twoTriangles([w]), { seed: 1 }), louvain(twoTriangles([w]), { seed: 1 })]) {
        expect(result.communities).toBe(2);
        expect(result.modularity).toBeCloseTo(5 / 14, 14);
      }
    }
  });

  it('label propagation with weights 1e308 sums without overflow: the heavy pairs decide', () => {
    const { partition } = labelPropagation(twoTriangles([1e308, 1, 1, 1]), { seed: 1 });
    expect(partition.a).toBe(partition.b);
    expect(partition.d).toBe(partition.e);
  });

  it('CPM: γ is in weight units — weights × c with γ × c give the same partition and quality × c', () => {
    // weights 1e-20, γ = 0.5e-20: each triangle has density 1 > 0.5, H = 2·(3 − 0.5·3)·1e-20 = 3e-20
    const tiny = leiden(twoTriangles([1e-20]), { objective: 'cpm', resolution: 0.5e-20, seed: 1 });
    expect(tiny.communities).toBe(2);
    expect(tiny.quality).toBeCloseTo(3e-20, 33);
    // … and with γ = 0.5 (density threshold 0.5 in weight units) the 1e-20 edges are far too light: singletons, H = 0
    const light = leiden(twoTriangles([1e-20]), { objective: 'cpm', resolution: 0.5, seed: 1 });
    expect(light.communities).toBe(6);
    expect(light.quality).toBe(0);
    // weights 1e300, γ = 0.5e300: H = 3e300
    const big = leiden(twoTriangles([1e300]), { objective: 'cpm', resolution: 0.5e300, seed: 1 });
    expect(big.communities).toBe(2);
    expect(big.quality / 3e300).toBeCloseTo(1, 12);
  });

  it('property: scaling every weight by 2^k (and θ, γ_CPM by 2^k) leaves every partition unchanged, bit for bit', () => {
    const graphArb = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 20 })), { minLength: 3, maxLength: 30 })
      .map((edges) => {
        const g = new Graph({ type: 'undirected' });
        for (const [s, t, w] of edges) if (s !== t) g.mergeEdge(`n${s}`, `n${t}`, { weight: w });
        return g;
      })
      .filter((g) => g.size > 0);
    fc.assert(
      fc.property(graphArb, fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 5 }), (g, k, seed) => {
        const f = 2 ** k;
        const big = scaled(g, f);
        expect(louvain(big, { seed }).partition).toEqual(louvain(g, { seed }).partition);
        expect(leiden(big, { seed, randomness: 0.01 * f }).partition).toEqual(leiden(g, { seed }).partition);
        const cpm = leiden(g, { seed, objective: 'cpm', resolution: 0.3 });
        const cpmBig = leiden(big, { seed, objective: 'cpm', resolution: 0.3 * f, randomness: 0.01 * f });
        expect(cpmBig.partition).toEqual(cpm.partition);
        expect(cpmBig.quality).toBe(cpm.quality * f);
      }),
      { numRuns: 60, seed: 15 },
    );
  });
});
