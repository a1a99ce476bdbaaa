import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Graph from 'graphology';
import { eigenvector, hits, katz, pagerank } from '../../../src/measures/centrality/index.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { buildGraph, expectRecordClose, graphsWith, igraph, networkx } from './fixture-graphs.js';

// Iterative measures: run to tolerance 1e-13 (L1 change) and compare with an absolute
// error of 1e-9 (relative to max(1, |x|)); the references are exact solves (numpy/ARPACK)
// or NetworkX iterated to L1 change < N·1e-15.
const tight = { tolerance: 1e-13, maxIterations: 100000 };
const TOL = 1e-9;

describe('pagerank against NetworkX 3.6 pagerank (and igraph PRPACK)', () => {
  const cases = [
    ['pagerank_hop', { weight: null }],
    ['pagerank_weight', {}],
    ['pagerank_weight_alpha06', { alpha: 0.6 }],
  ] as const;
  for (const [key, options] of cases) {
    for (const name of graphsWith(key)) {
      it(`${name}: ${key}`, () => {
        const result = pagerank(buildGraph(name), { ...tight, ...options });
        expect(result.converged).toBe(true);
        expectRecordClose(result.values, networkx[name][key], TOL);
      });
    }
  }
  for (const name of graphsWith('pagerank_weight_personalized')) {
    it(`${name}: personalization and dangling`, () => {
      const ref = networkx[name];
      const g = buildGraph(name);
      expectRecordClose(pagerank(g, { ...tight, personalization: ref.pagerank_personalization }).values, ref.pagerank_weight_personalized, TOL);
      expectRecordClose(
        pagerank(g, { ...tight, personalization: ref.pagerank_personalization, dangling: ref.pagerank_dangling }).values,
        ref.pagerank_weight_personalized_dangling,
        TOL,
      );
    });
  }
  for (const name of ['karate', 'lesmis', 'digraph', 'florentine', 'disconnected', 'disconnected_directed']) {
    it(`${name}: igraph`, () => {
      const g = buildGraph(name);
      expectRecordClose(pagerank(g, { ...tight, weight: null }).values, igraph[name].pagerank_hop, 1e-7);
      if (igraph[name].pagerank_weight) expectRecordClose(pagerank(g, tight).values, igraph[name].pagerank_weight, 1e-7);
    });
  }

  it('sums to 1 on random graphs (property), directed and undirected, with dangling nodes', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.tuple(fc.nat(29), fc.nat(29), fc.double({ min: 0, max: 10, noNaN: true })), { maxLength: 80 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (directed, n, edges, alpha) => {
          const g = new Graph({ type: directed ? 'directed' : 'undirected' });
          for (let i = 0; i < n; i++) g.addNode(`v${i}`);
          for (const [a, b, w] of edges) if (a < n && b < n) g.mergeEdge(`v${a}`, `v${b}`, { weight: w });
          const { values } = pagerank(g, { alpha });
          const total = Object.values(values).reduce((s, x) => s + x, 0);
          expect(total).toBeCloseTo(1, 9);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('does not loosen its stopping rule with N: on a 20k-node ring with a hub, every node is within 1e-9 of the exact value', () => {
    // ring of N nodes plus a hub linked from every node: by symmetry all ring nodes are equal,
    // x_hub = α·Σ_i x_i/2 + (1−α)/(N+1) … the exact solution of the two-state reduction:
    const N = 20000;
    const alpha = 0.85;
    const g = new Graph({ type: 'directed' });
    g.addNode('hub');
    for (let i = 0; i < N; i++) g.addNode(`r${i}`);
    for (let i = 0; i < N; i++) {
      g.addEdge(`r${i}`, `r${(i + 1) % N}`);
      g.addEdge(`r${i}`, 'hub');
      g.addEdge('hub', `r${i}`);
    }
    // ring node r: x_r = α(x_r/2 + x_h/N) + (1−α)/(N+1); hub: x_h = α·N·x_r/2 + (1−α)/(N+1)
    const t = (1 - alpha) / (N + 1);
    // substitute x_h: x_r(1 − α/2) = α/N·(α N x_r/2 + t) + t  →  x_r(1 − α/2 − α²/2) = t(1 + α/N)
    const xr = (t * (1 + alpha / N)) / (1 - alpha / 2 - (alpha * alpha) / 2);
    const xh = (alpha * N * xr) / 2 + t;
    const { values, converged } = pagerank(g, { alpha });
    expect(converged).toBe(true);
    expect(Math.abs(values.hub - xh) / xh).toBeLessThan(1e-8);
    expect(Math.abs(values.r123 - xr) / xr).toBeLessThan(1e-8);
  });

  it('never throws on non-convergence', () => {
    const result = pagerank(buildGraph('lesmis'), { maxIterations: 3 });
    expect(result).toMatchObject({ iterations: 3, converged: false });
  });

  it('edge cases and errors', () => {
    expect(pagerank(new Graph())).toEqual({ values: {}, iterations: 0, converged: true });
    expect(pagerank(buildGraph('single')).values).toEqual({ only: 1 });
    expect(() => pagerank(buildGraph('karate'), { alpha: 1.5 })).toThrow(/^pagerank: option alpha/);
    expect(() => pagerank(buildGraph('karate'), { tolerance: 0 })).toThrow(/^pagerank: option tolerance/);
    try {
      pagerank(buildGraph('karate'), { personalization: { nobody: 1, '0': -1, '1': NaN } });
      expect.fail('should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ZonelinkError);
      expect((error as ZonelinkError).issues.map((i) => i.id)).toEqual(['0', '1', 'nobody']);
    }
    expect(() => pagerank(buildGraph('karate'), { personalization: { '0': 0 } })).toThrow(/pagerank: invalid option personalization/);
  });
});

describe('eigenvector against NetworkX 3.6 eigenvector_centrality_numpy (ARPACK) and igraph', () => {
  for (const [key, options] of [['eigenvector_hop', { weight: null }], ['eigenvector_weight', {}]] as const) {
    for (const name of graphsWith(key)) {
      it(`${name}: ${key}`, () => {
        const result = eigenvector(buildGraph(name), { ...tight, ...options });
        expect(result.converged).toBe(true);
        expectRecordClose(result.values, networkx[name][key], TOL);
      });
    }
  }
  it('igraph eigenvector_centrality(scale=True) is the same vector scaled to max 1', () => {
    for (const name of ['karate', 'lesmis', 'florentine']) {
      const values = eigenvector(buildGraph(name), { ...tight, weight: null }).values;
      const max = Math.max(...Object.values(values));
      expectRecordClose(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v / max])), igraph[name].eigenvector_hop_maxscaled, 1e-7);
    }
  });
  it('edge cases: empty, no edges (uniform 1/√n), non-convergence', () => {
    expect(eigenvector(new Graph())).toEqual({ values: {}, iterations: 0, converged: true });
    const g = new Graph({ type: 'undirected' });
    for (const v of ['a', 'b', 'c', 'd']) g.addNode(v);
    const r = eigenvector(g);
    expect(r.converged).toBe(true);
    for (const v of Object.values(r.values)) expect(v).toBeCloseTo(0.5, 14);
    expect(eigenvector(buildGraph('lesmis'), { maxIterations: 2 }).converged).toBe(false);
  });
});

describe('hits against exact eigenvectors (numpy.linalg.eigh of AᵀA)', () => {
  for (const name of graphsWith('hits_hop_authorities')) {
    it(`${name}: unweighted${networkx[name].hits_weight_authorities ? ' and weighted' : ''}`, () => {
      const g = buildGraph(name);
      const r = hits(g, { ...tight, weight: null });
      expect(r.converged).toBe(true);
      expectRecordClose(r.authorities, networkx[name].hits_hop_authorities, TOL);
      expectRecordClose(r.hubs, networkx[name].hits_hop_hubs, TOL);
      if (networkx[name].hits_weight_authorities) {
        const w = hits(g, tight);
        expectRecordClose(w.authorities, networkx[name].hits_weight_authorities, TOL);
        expectRecordClose(w.hubs, networkx[name].hits_weight_hubs, TOL);
      }
    });
  }
  it('edge cases: empty graph; no edges → zeros', () => {
    expect(hits(new Graph())).toEqual({ hubs: {}, authorities: {}, iterations: 0, converged: true });
    const g = new Graph({ type: 'directed' });
    g.addNode('a');
    g.addNode('b');
    expect(hits(g)).toMatchObject({ hubs: { a: 0, b: 0 }, authorities: { a: 0, b: 0 } });
  });
});

describe('katz against NetworkX 3.6 katz_centrality_numpy (exact solve)', () => {
  // α = 0.5/λ_max per graph (stored in the fixture), so the series converges
  for (const key of ['katz_hop', 'katz_hop_raw', 'katz_weight', 'katz_weight_raw']) {
    for (const name of graphsWith(key)) {
      it(`${name}: ${key}`, () => {
        const ref = networkx[name][key];
        const r = katz(buildGraph(name), {
          ...tight,
          alpha: ref.alpha,
          weight: key.startsWith('katz_hop') ? null : 'weight',
          normalized: !key.endsWith('_raw'),
        });
        expect(r.converged).toBe(true);
        expectRecordClose(r.values, ref.values, TOL);
      });
    }
  }
  it('path a–b–c by hand: x = (I − αA)⁻¹ 1', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'c');
    const alpha = 0.2;
    // x_a = 1 + α x_b, x_b = 1 + 2α x_a → x_a = (1 + α)/(1 − 2α²)
    const xa = (1 + alpha) / (1 - 2 * alpha * alpha);
    const r = katz(g, { alpha, normalized: false, ...tight });
    expect(r.values.a).toBeCloseTo(xa, 10);
    expect(r.values.b).toBeCloseTo(1 + 2 * alpha * xa, 10);
  });
  it('α ≥ 1/λ_max: converged false, no throw; invalid options throw', () => {
    const r = katz(buildGraph('karate'), { alpha: 1.2 / networkx.karate.katz_hop.lambda_max, weight: null, maxIterations: 200 });
    expect(r.converged).toBe(false);
    expect(() => katz(buildGraph('karate'), { alpha: -1 })).toThrow(/^katz: option alpha/);
    expect(() => katz(buildGraph('karate'), { beta: { '0': 1 } })).toThrow(/katz: invalid option beta/);
  });
  it('per-node beta', () => {
    const g = new Graph({ type: 'directed' });
    g.mergeEdge('a', 'b');
    const r = katz(g, { beta: { a: 2, b: 1 }, alpha: 0.5, normalized: false });
    expect(r.values).toEqual({ a: 2, b: 2 });
  });
});
