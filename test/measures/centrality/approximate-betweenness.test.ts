import { describe, it, expect } from 'vitest';
import { approximateBetweenness, betweenness } from '../../../src/measures/centrality/index.js';
import { sampledBetweenness } from '../../../src/measures/centrality/approximate-betweenness.js';
import { prepareBetweenness } from '../../../src/measures/centrality/betweenness.js';
import { buildGraph, expectRecordClose, networkx } from './fixture-graphs.js';

describe('approximateBetweenness', () => {
  it('same seed → same result; another seed → another sample', () => {
    const g = buildGraph('lesmis');
    const a = approximateBetweenness(g, { samples: 20, seed: 3 });
    expect(approximateBetweenness(g, { samples: 20, seed: 3 })).toEqual(a);
    expect(approximateBetweenness(g, { samples: 20, seed: 4 })).not.toEqual(a);
  });

  it('samples = n equals the exact betweenness bit for bit (all option combinations)', () => {
    for (const name of ['karate', 'digraph', 'disconnected']) {
      const g = buildGraph(name);
      for (const endpoints of [false, true]) {
        for (const normalized of [false, true]) {
          for (const distance of ['weight', 'inverse', null] as const) {
            const options = { endpoints, normalized, distance };
            expect(approximateBetweenness(g, { ...options, samples: g.order, seed: 11 })).toEqual(betweenness(g, options));
          }
        }
      }
    }
  });

  it("replaying NetworkX's own sample gives NetworkX 3.6's scaled estimate (k = 5, 12; endpoints; normalized)", () => {
    for (const name of ['karate', 'digraph']) {
      const g = buildGraph(name);
      for (const k of [5, 12]) {
        const sampled: string[] = networkx[name][`approx_k${k}_seed7_sources`];
        for (const ep of [0, 1]) {
          for (const norm of [0, 1]) {
            const prepared = prepareBetweenness(g, { distance: null, endpoints: ep === 1, normalized: norm === 1 }, 'test');
            const index = new Map(prepared.adjacency.nodes.map((v, i) => [v, i]));
            const sources = Int32Array.from(sampled.map((v) => index.get(v)!));
            expectRecordClose(sampledBetweenness(prepared, sources), networkx[name][`approx_k${k}_seed7_ep${ep}_norm${norm}`], 1e-9);
          }
        }
      }
    }
  });

  it('is unbiased: the mean over many seeds approaches the exact value', () => {
    const g = buildGraph('karate');
    const exact = betweenness(g, { distance: null });
    const mean: Record<string, number> = {};
    const runs = 400;
    for (let seed = 0; seed < runs; seed++) {
      const r = approximateBetweenness(g, { distance: null, samples: 8, seed });
      for (const [k, v] of Object.entries(r)) mean[k] = (mean[k] ?? 0) + v / runs;
    }
    // the hub '0' has exact 0.4376; the sampling standard error of the mean is well under 0.02
    expect(Math.abs(mean['0'] - exact['0'])).toBeLessThan(0.03);
    expect(Math.abs(mean['33'] - exact['33'])).toBeLessThan(0.03);
  });

  it('rejects samples outside [1, n] and non-integers, naming the function', () => {
    const g = buildGraph('karate');
    for (const samples of [0, 35, 2.5, NaN]) {
      expect(() => approximateBetweenness(g, { samples })).toThrow(/^approximateBetweenness: option samples/);
    }
    expect(() => approximateBetweenness(g, { samples: 3, seed: Infinity })).toThrow(/^approximateBetweenness: option seed must be a finite number/);
  });
});
