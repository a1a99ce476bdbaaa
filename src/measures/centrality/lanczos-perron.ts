import type { CompactAdjacency } from '../../network/compact-adjacency.js';
import { symmetricEigen } from './symmetric-eigen.js';

/** What {@link lanczosPerron} returns: the vector, the matrix–vector products spent, and the Ritz value. */
export interface LanczosPerronResult {
  /** Unit-length approximation of the leading eigenvector (sign chosen so that its sum is ≥ 0). */
  vector: Float64Array;
  /** Number of products with the adjacency. */
  products: number;
  /** The Ritz value θ (the approximate largest eigenvalue). */
  eigenvalue: number;
  /**
   * The residual in the 1-norm, ‖A x − θ x‖₁, read from the Lanczos relation
   * (A V = V H + β v e_mᵀ gives A x − θ x = β s_m v) rather than from a product.
   */
  residual: number;
}

/**
 * The leading eigenvector of a symmetric (undirected) weighted adjacency by
 * thick-restart Lanczos (Wu & Simon 2000, SIAM J. Matrix Anal. Appl. 22(2):602–616),
 * the symmetric form of the implicitly restarted Arnoldi method that ARPACK uses
 * (Sorensen 1992, SIAM J. Matrix Anal. Appl. 13(1):357–385):
 *
 * - a basis of `basisSize` orthonormal Lanczos vectors is built, each new vector
 *   orthogonalised first against the two before it (the Lanczos recurrence; against
 *   every kept vector right after a restart), then once more against the whole
 *   basis (full reorthogonalisation, Golub & Van Loan 2013, Matrix Computations,
 *   §10.3.1; for the recurrence's vectors this is classical Gram–Schmidt twice,
 *   Giraud et al. 2005, Numer. Math. 101:87–100), so no spurious copies appear;
 * - the projected matrix H = Vᵀ A V (small, symmetric) is diagonalised and the
 *   `basisSize / 2` largest Ritz pairs are kept — not only the first, as a plain
 *   restart would — together with the last Lanczos vector, and the basis grows
 *   again from there;
 * - it stops when the residual ‖A x − θ x‖₁ / (θ + 1), which is the L1 change one
 *   power step on A + I would make, falls below `target` and the estimated error
 *   ‖A x − θ x‖₁ / (θ₁ − θ₂) of the vector (θ₂ the second Ritz value) below
 *   `errorTarget` (default: not tested). The residual comes from the Lanczos
 *   relation, so the test costs no product. It also stops when the
 *   residual no longer halves over two restarts while within 1000 ε √n of the
 *   rounding floor (a `target` below what doubles can reach), or after
 *   `maxProducts` products.
 *
 * Started from the uniform vector, every iterate stays in its Krylov space, so it
 * converges to the same vector as power iteration from the uniform vector (the
 * projection of the start on the dominant eigenspace, which matters when the
 * largest eigenvalue is repeated, e.g. two equal components).
 *
 * Internal kernel of `eigenvector` for undirected graphs, which finishes with a
 * power step so that its stopping rule is unchanged. `tick` is called before each
 * product (progress and cancellation). An adjacency whose weights are all 1 is
 * multiplied without reading them. Memory: `basisSize + 1` vectors of n doubles.
 */
export function lanczosPerron(
  csr: CompactAdjacency,
  target: number,
  maxProducts: number,
  basisSize = 20,
  tick: ((products: number) => void) | null = null,
  errorTarget = Infinity,
): LanczosPerronResult {
  const n = csr.nodes.length;
  const multiply = productWith(csr, tick);
  const m = Math.max(2, Math.min(basisSize, n));
  const keep = Math.max(1, Math.floor(m / 2));
  const basis: Float64Array[] = Array.from({ length: m + 1 }, () => new Float64Array(n));
  const h = new Float64Array(m * m); // projected matrix Vᵀ A V, row-major m × m
  const dots = new Float64Array(m + 1);
  const w = new Float64Array(n);
  basis[0].fill(1 / Math.sqrt(n));
  let kept = 0;
  let products = 0;
  let best = Infinity;
  let idle = 0;
  const floor = 1e3 * Number.EPSILON * Math.sqrt(n);
  for (;;) {
    let size = kept;
    let beta = 0;
    let invariant = false;
    for (let j = kept; j < m; j++) {
      multiply(basis[j], w);
      products++;
      size = j + 1;
      dots.fill(0);
      // First the Lanczos recurrence proper: w ⟂ v_j, v_{j−1} (and every kept Ritz vector
      // right after a restart, which all couple to v_j there); then one full pass against
      // the whole basis, the reorthogonalisation that keeps converged Ritz vectors from
      // reappearing (Golub & Van Loan 2013, §10.3.1). Its coefficients are at rounding level.
      orthogonalise(basis, j === kept ? 0 : j - 1, size, w, dots);
      orthogonalise(basis, 0, size, w, dots);
      for (let i = 0; i < size; i++) h[i * m + j] = h[j * m + i] = dots[i];
      let norm = 0;
      for (let v = 0; v < n; v++) norm += w[v] * w[v];
      beta = Math.sqrt(norm);
      // An invariant subspace: the Ritz vectors of this basis are exact eigenvectors.
      if (!(beta > 1e-13 * Math.max(1, Math.abs(dots[j])))) {
        invariant = true;
        break;
      }
      const next = basis[j + 1];
      const inverse = 1 / beta;
      for (let v = 0; v < n; v++) next[v] = w[v] * inverse;
      if (products >= maxProducts) break;
    }
    const { values, vectors } = symmetricEigen(h, m, size);
    // The Ritz pairs, largest first: A (V s) − θ (V s) = β s_last v_next.
    const order = Array.from({ length: size }, (_, i) => i).sort((a, b) => values[b] - values[a]);
    const top = order[0];
    const theta = values[top];
    const coupling = invariant ? 0 : beta * vectors[(size - 1) * size + top];
    let residual = 0;
    if (coupling !== 0) {
      const last = basis[size];
      let l1 = 0;
      for (let v = 0; v < n; v++) l1 += Math.abs(last[v]);
      residual = Math.abs(coupling) * l1;
    }
    const relative = residual / (Math.abs(theta) + 1);
    // Stagnation: near the rounding floor (‖x‖₁ ≤ √n, so ‖Ax − θx‖₁ cannot go much below
    // ε·√n·θ) restarts stop halving the residual and a target below it is out of reach; the
    // power steps after this kernel then decide convergence. Above that level a slow restart
    // is not stagnation (close eigenvalues): the Lanczos steps go on, being the faster method.
    if (relative < 0.5 * best) {
      best = relative;
      idle = 0;
    } else idle++;
    const stalled = idle >= 2 && relative < floor;
    // The error of x is about ‖Ax − θx‖ / (λ₁ − λ₂) (Saad 2011, Numerical Methods for Large
    // Eigenvalue Problems, 2nd ed., SIAM, Thm 3.9), θ₂ standing in for λ₂: when the two are
    // close a small residual is not yet a small error.
    const gap = size > 1 ? theta - values[order[1]] : Infinity;
    const accurate = relative < target && !(residual > errorTarget * gap);
    const done = invariant || accurate || stalled || products >= maxProducts || size < m;
    const count = done ? 1 : Math.min(keep, size);
    // Basis ← the `count` leading Ritz vectors V s_c, node by node in place (entry v of
    // every vector is read before any is written).
    const coefficients = new Float64Array(count * size);
    for (let c = 0; c < count; c++) for (let i = 0; i < size; i++) coefficients[c * size + i] = vectors[i * size + order[c]];
    const row = new Float64Array(size);
    for (let v = 0; v < n; v++) {
      for (let i = 0; i < size; i++) row[i] = basis[i][v];
      for (let c = 0, at = 0; c < count; c++) {
        let s = 0;
        for (let i = 0; i < size; i++, at++) s += row[i] * coefficients[at];
        basis[c][v] = s;
      }
    }
    if (done) {
      const x = basis[0];
      let sum = 0;
      let norm = 0;
      for (let v = 0; v < n; v++) {
        sum += x[v];
        norm += x[v] * x[v];
      }
      norm = Math.sqrt(norm) || 1;
      const scale = (sum < 0 ? -1 : 1) / norm;
      const vector = new Float64Array(n);
      for (let v = 0; v < n; v++) vector[v] = x[v] * scale;
      return { vector, products, eigenvalue: theta, residual };
    }
    // Thick restart: the last Lanczos vector follows the kept Ritz vectors, and H becomes
    // diag(θ_1 … θ_k) bordered by their couplings to it.
    const t = basis[count];
    basis[count] = basis[size];
    basis[size] = t;
    h.fill(0);
    for (let c = 0; c < count; c++) {
      const col = order[c];
      h[c * m + c] = values[col];
      h[c * m + count] = h[count * m + c] = beta * vectors[(size - 1) * size + col];
    }
    kept = count;
  }
}

/**
 * w ← w − Σ_{from ≤ i < to} (w · v_i) v_i, adding each coefficient to `dots[i]`
 * (classical Gram–Schmidt: all coefficients from the same w). Four vectors at a
 * time, so that w is read once per four instead of once per vector.
 */
function orthogonalise(basis: Float64Array[], from: number, to: number, w: Float64Array, dots: Float64Array): void {
  const n = w.length;
  let i = from;
  for (; i + 4 <= to; i += 4) {
    const a = basis[i];
    const b = basis[i + 1];
    const c = basis[i + 2];
    const d = basis[i + 3];
    let sa = 0;
    let sb = 0;
    let sc = 0;
    let sd = 0;
    for (let v = 0; v < n; v++) {
      const x = w[v];
      sa += x * a[v];
      sb += x * b[v];
      sc += x * c[v];
      sd += x * d[v];
    }
    dots[i] += sa;
    dots[i + 1] += sb;
    dots[i + 2] += sc;
    dots[i + 3] += sd;
    // Subtracted after all four dots, from the same w (classical, not modified, Gram–Schmidt).
    for (let v = 0; v < n; v++) w[v] -= sa * a[v] + sb * b[v] + sc * c[v] + sd * d[v];
  }
  for (; i < to; i++) {
    const a = basis[i];
    let s = 0;
    for (let v = 0; v < n; v++) s += w[v] * a[v];
    dots[i] += s;
    for (let v = 0; v < n; v++) w[v] -= s * a[v];
  }
}

/** y = A x for the symmetric adjacency (rows = out-neighbours), skipping the weights when they are all 1. */
function productWith(csr: CompactAdjacency, tick: ((products: number) => void) | null): (x: Float64Array, y: Float64Array) => void {
  const n = csr.nodes.length;
  const { outOffsets, outTargets, outWeights } = csr;
  let unit = true;
  for (let e = 0; e < outWeights.length && unit; e++) unit = outWeights[e] === 1;
  if (unit) {
    return (x, y) => {
      tick?.(1);
      for (let v = 0; v < n; v++) {
        let s = 0;
        const end = outOffsets[v + 1];
        for (let e = outOffsets[v]; e < end; e++) s += x[outTargets[e]];
        y[v] = s;
      }
    };
  }
  return (x, y) => {
    tick?.(1);
    for (let v = 0; v < n; v++) {
      let s = 0;
      const end = outOffsets[v + 1];
      for (let e = outOffsets[v]; e < end; e++) s += outWeights[e] * x[outTargets[e]];
      y[v] = s;
    }
  };
}
