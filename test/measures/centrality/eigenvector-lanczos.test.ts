/**
 * eigenvector on graphs that are hard for its Lanczos phase, against
 * test/fixtures/eigenvector/reference.json (written by generate.py there: numpy eigh /
 * eig, NetworkX 2.8.8 eigenvector_centrality_numpy and igraph 0.10.2
 * eigenvector_centrality, versions recorded in the fixture).
 */
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { eigenvector } from '../../../src/measures/centrality/index.js';
import { compactAdjacency } from '../../../src/network/compact-adjacency.js';
import reference from '../../fixtures/eigenvector/reference.json';

interface Spec {
  directed: boolean;
  weighted: boolean;
  nodes: string[];
  edges: [string, string, number][];
  exact: Record<string, number>;
  networkx?: Record<string, number>;
  igraph?: Record<string, number>;
  eigenvalues?: { largest: number; second: number; smallest: number };
}
const graphs = reference.graphs as unknown as Record<string, Spec>;

function build(spec: Spec): Graph {
  const g = new Graph({ type: spec.directed ? 'directed' : 'undirected' });
  for (const v of spec.nodes) g.addNode(v);
  for (const [a, b, w] of spec.edges) g.addEdge(a, b, spec.weighted ? { weight: w } : {});
  return g;
}

/** Σ_v |a_v − b_v|. */
function l1(a: Record<string, number>, b: Record<string, number>): number {
  return Object.keys(b).reduce((s, k) => s + Math.abs(a[k] - b[k]), 0);
}

/** The L1 change one power step on Aᵀ + I (unit L2 norm) makes to x: the documented stopping quantity, written out here. */
function powerStepChange(g: Graph, x: Record<string, number>): number {
  const csr = compactAdjacency(g);
  const max = Math.max(1e-300, ...csr.inWeights);
  const values = csr.nodes.map((v) => x[v]);
  const y = values.map((xv, v) => {
    let s = xv;
    for (let e = csr.inOffsets[v]; e < csr.inOffsets[v + 1]; e++) s += (csr.inWeights[e] / max) * values[csr.inSources[e]];
    return s;
  });
  const norm = Math.hypot(...y);
  return y.reduce((s, yv, v) => s + Math.abs(yv / norm - values[v]), 0);
}

describe('eigenvector against exact eigenvectors (numpy), NetworkX and igraph on hard graphs', () => {
  for (const [name, spec] of Object.entries(graphs)) {
    describe(name, () => {
      const g = build(spec);
      // Undirected graphs go through Lanczos, stopped at tolerance/100, so the error itself is
      // below the tolerance; directed graphs are plain power iteration, whose error is the last
      // change divided by the relative gap (here ≈ 1.2 × the change).
      const bound = spec.directed ? 1e-9 : 1e-10;
      it(`default tolerance (1e-10): converged, and within ${bound} of the exact vector in the L1 norm`, () => {
        const r = eigenvector(g);
        expect(r.converged).toBe(true);
        expect(l1(r.values, spec.exact)).toBeLessThanOrEqual(bound);
        // `converged` is truthful: one more power step changes the vector by less than the tolerance.
        expect(powerStepChange(g, r.values)).toBeLessThan(1e-10);
      });
      // Below ~1e-12 the reference itself is limited by conditioning: a rounding-level change of A
      // moves the eigenvector by ≈ ε‖A‖/(λ₁ − λ₂) per entry (Saad 2011, Numerical Methods for Large
      // Eigenvalue Problems, §3.2), ≈ 1e-11 in L1 for the faint-bridge cliques.
      const ev = spec.eigenvalues;
      const conditioning = ev ? (20 * Number.EPSILON * spec.nodes.length * ev.largest) / (ev.largest - ev.second) : 0;
      const tight = Math.max(1e-12, conditioning);
      it(`tolerance 1e-13: within ${tight.toExponential(0)} of the exact vector`, () => {
        const r = eigenvector(g, { tolerance: 1e-13 });
        expect(r.converged).toBe(true);
        expect(l1(r.values, spec.exact)).toBeLessThanOrEqual(tight);
      });
      it.runIf(spec.networkx !== undefined)('NetworkX eigenvector_centrality_numpy (unit norm) and igraph (scale max)', () => {
        const unit = eigenvector(g, { tolerance: 1e-13 }).values;
        for (const v of spec.nodes) expect(Math.abs(unit[v] - spec.networkx![v]), v).toBeLessThan(1e-9);
        const max = eigenvector(g, { tolerance: 1e-13, scale: 'max' }).values;
        for (const v of spec.nodes) expect(Math.abs(max[v] - spec.igraph![v]), v).toBeLessThan(1e-9);
      });
    });
  }

  it('two cliques (λ₂/λ₁ close): fewer products than power iteration needs, and maxIterations still reports non-convergence', () => {
    const spec = graphs.two_cliques;
    const { largest, second } = spec.eigenvalues!;
    // Power iteration on A + I gains a factor (λ₂ + 1)/(λ₁ + 1) per step: from an error of ~1 it needs log(1e-10)/log(ratio) steps.
    const powerSteps = Math.log(1e-10) / Math.log((second + 1) / (largest + 1));
    const r = eigenvector(build(spec));
    expect(powerSteps).toBeGreaterThan(800);
    expect(r.iterations).toBeLessThan(powerSteps / 10);
    const cut = eigenvector(build(spec), { maxIterations: 5 });
    expect(cut.converged).toBe(false);
    expect(cut.iterations).toBe(5);
  });

  it('bipartite (λ_min = −λ_max): converges although power iteration on A alone would oscillate', () => {
    for (const name of ['complete_bipartite', 'even_cycle', 'random_bipartite_weighted']) {
      const { largest, smallest } = graphs[name].eigenvalues!;
      expect(smallest).toBeCloseTo(-largest, 9);
      const r = eigenvector(build(graphs[name]));
      expect(r.converged, name).toBe(true);
      expect(r.iterations, name).toBeLessThan(100);
    }
  });

  it('disconnected with a repeated largest eigenvalue: the projection of the uniform vector (both triangles equal, the path 0)', () => {
    const r = eigenvector(build(graphs.disconnected_tied));
    for (const v of ['p0', 'p1', 'p2', 'q0', 'q1', 'q2']) expect(r.values[v]).toBeCloseTo(1 / Math.sqrt(6), 12);
    for (const v of ['s0', 's1', 's2']) expect(Math.abs(r.values[v])).toBeLessThan(1e-12);
  });
});
