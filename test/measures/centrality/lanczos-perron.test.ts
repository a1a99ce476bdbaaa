import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { compactAdjacency } from '../../../src/network/compact-adjacency.js';
import { lanczosPerron } from '../../../src/measures/centrality/lanczos-perron.js';
import { eigenvector } from '../../../src/measures/centrality/eigenvector.js';
import { seededRandom } from '../../../src/random/seeded-random.js';

function randomGraph(n: number, m: number, seed: number): Graph {
  const random = seededRandom(seed);
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(`v${i}`);
  while (g.size < m) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a !== b && !g.hasEdge(`v${a}`, `v${b}`)) g.addEdge(`v${a}`, `v${b}`, { weight: 1 + Math.floor(random() * 5) });
  }
  return g;
}

describe('lanczosPerron', () => {
  it('finds the largest eigenpair of a path graph (λ = 2cos(π/(n+1)), v_k ∝ sin(kπ/(n+1)))', () => {
    const n = 40;
    const g = new Graph({ type: 'undirected' });
    for (let i = 0; i < n; i++) g.addNode(String(i));
    for (let i = 0; i + 1 < n; i++) g.addEdge(String(i), String(i + 1));
    const { vector, eigenvalue } = lanczosPerron(compactAdjacency(g), 1e-13, 10_000);
    expect(eigenvalue).toBeCloseTo(2 * Math.cos(Math.PI / (n + 1)), 10);
    const exact = Array.from({ length: n }, (_, k) => Math.sin(((k + 1) * Math.PI) / (n + 1)));
    const norm = Math.hypot(...exact);
    for (let k = 0; k < n; k++) expect(vector[k]).toBeCloseTo(exact[k] / norm, 8);
  });

  it('leaves eigenvector centrality unchanged within its tolerance, in fewer products than power iteration', () => {
    const g = randomGraph(400, 1200, 3);
    const fast = eigenvector(g, { tolerance: 1e-12 });
    const csr = compactAdjacency(g);
    // Plain power iteration on A + I from the uniform vector, written out here as the reference.
    let x = new Float64Array(csr.nodes.length).fill(1 / csr.nodes.length);
    let steps = 0;
    for (;;) {
      steps++;
      const y = new Float64Array(x.length);
      for (let v = 0; v < x.length; v++) {
        let s = x[v];
        for (let e = csr.outOffsets[v]; e < csr.outOffsets[v + 1]; e++) s += csr.outWeights[e] * x[csr.outTargets[e]];
        y[v] = s;
      }
      const norm = Math.hypot(...y);
      let change = 0;
      for (let v = 0; v < x.length; v++) {
        y[v] /= norm;
        change += Math.abs(y[v] - x[v]);
      }
      x = y;
      if (change < 1e-12) break;
    }
    csr.nodes.forEach((id, i) => expect(fast.values[id]).toBeCloseTo(x[i], 9));
    expect(fast.converged).toBe(true);
    expect(fast.iterations).toBeLessThan(steps);
  });

  it('reports the residual ‖Ax − θx‖₁ it read from the Lanczos relation, equal to the one computed with a product', () => {
    const csr = compactAdjacency(randomGraph(300, 900, 5));
    for (const target of [1e-3, 1e-6, 1e-9]) {
      const { vector, eigenvalue, residual } = lanczosPerron(csr, target, 10_000);
      let explicit = 0;
      for (let v = 0; v < vector.length; v++) {
        let s = 0;
        for (let e = csr.outOffsets[v]; e < csr.outOffsets[v + 1]; e++) s += csr.outWeights[e] * vector[csr.outTargets[e]];
        explicit += Math.abs(s - eigenvalue * vector[v]);
      }
      expect(Math.abs(residual - explicit)).toBeLessThan(1e-3 * explicit + 1e-12);
      expect(residual / (eigenvalue + 1)).toBeLessThan(target);
    }
  });

  it('stops when the residual stalls at the rounding floor instead of running to maxProducts', () => {
    const csr = compactAdjacency(randomGraph(2000, 8000, 7));
    const { products, residual, eigenvalue } = lanczosPerron(csr, 1e-30, 100_000);
    expect(products).toBeLessThan(300);
    expect(residual / (eigenvalue + 1)).toBeLessThan(1e-12);
  });

  it('gives the same vector whether the weights are skipped (all 1) or read (all 2: the same matrix times 2)', () => {
    const g = randomGraph(200, 600, 9);
    const unweighted = compactAdjacency(g, { weight: null });
    const twos = compactAdjacency(g, { weight: () => 2 });
    const a = lanczosPerron(unweighted, 1e-13, 10_000);
    const b = lanczosPerron(twos, 1e-13, 10_000);
    expect(b.eigenvalue).toBeCloseTo(2 * a.eigenvalue, 11);
    for (let v = 0; v < a.vector.length; v++) expect(Math.abs(b.vector[v] - a.vector[v])).toBeLessThan(1e-12);
  });

  it('stops at maxProducts with the best Ritz vector so far', () => {
    const csr = compactAdjacency(randomGraph(400, 1200, 11));
    const { products } = lanczosPerron(csr, 1e-14, 7);
    expect(products).toBe(7);
    const r = eigenvector(csr, { maxIterations: 7 });
    expect(r.converged).toBe(false);
    expect(r.iterations).toBe(7);
  });
});
