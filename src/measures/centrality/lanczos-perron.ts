import type { CompactAdjacency } from '../../network/compact-adjacency.js';

/** What {@link lanczosPerron} returns: the vector, the matrix–vector products spent, and the Ritz value. */
export interface LanczosPerronResult {
  /** Unit-length approximation of the leading eigenvector (sign chosen so that its sum is ≥ 0). */
  vector: Float64Array;
  /** Number of products with the adjacency. */
  products: number;
  /** The Ritz value θ (the approximate largest eigenvalue). */
  eigenvalue: number;
}

/**
 * The leading eigenvector of a symmetric (undirected) weighted adjacency by
 * restarted Lanczos with full reorthogonalisation (Lanczos 1950; Golub & Van Loan
 * 2013, Matrix Computations, 4th ed., §10.1–10.3): `steps` Lanczos vectors build
 * a tridiagonal T, its largest eigenpair (Jacobi rotations on the small matrix)
 * gives the Ritz vector, and the process restarts from it until the residual
 * ‖Av − θv‖₁ / (θ + 1) — the change one power step on A + I would make — is below
 * `tolerance`. Started from the uniform vector, it converges to the same vector
 * as power iteration from the uniform vector (the projection of the start on the
 * dominant eigenspace), in far fewer products when λ₂/λ₁ is close to 1.
 *
 * Internal kernel of `eigenvector` for undirected graphs, which finishes with
 * power steps so that its stopping rule is unchanged. `tick` is called before
 * each product (progress and cancellation). Memory: `steps + 1` vectors
 * of n doubles.
 */
export function lanczosPerron(
  csr: CompactAdjacency,
  tolerance: number,
  maxProducts: number,
  steps = 10,
  tick: ((products: number) => void) | null = null,
): LanczosPerronResult {
  const n = csr.nodes.length;
  const { outOffsets, outTargets, outWeights } = csr;
  const multiply = (x: Float64Array, y: Float64Array) => {
    tick?.(1);
    for (let v = 0; v < n; v++) {
      let s = 0;
      const end = outOffsets[v + 1];
      for (let e = outOffsets[v]; e < end; e++) s += outWeights[e] * x[outTargets[e]];
      y[v] = s;
    }
  };
  const m = Math.max(2, Math.min(steps, n));
  const basis: Float64Array[] = Array.from({ length: m + 1 }, () => new Float64Array(n));
  const w = new Float64Array(n);
  let start = new Float64Array(n).fill(1 / Math.sqrt(n));
  let products = 0;
  let theta = 0;
  for (;;) {
    basis[0].set(start);
    const alpha: number[] = [];
    const beta: number[] = [];
    let size = 0;
    for (let j = 0; j < m; j++) {
      multiply(basis[j], w);
      products++;
      size = j + 1;
      // Full reorthogonalisation against every Lanczos vector (one classical Gram–Schmidt
      // pass: the basis is short and restarted often, so a second pass buys nothing here).
      const dots = new Float64Array(j + 1);
      for (let i = 0; i <= j; i++) {
        const b = basis[i];
        let d = 0;
        for (let v = 0; v < n; v++) d += w[v] * b[v];
        dots[i] = d;
      }
      alpha.push(dots[j]);
      for (let i = 0; i <= j; i++) {
        const b = basis[i];
        const d = dots[i];
        for (let v = 0; v < n; v++) w[v] -= d * b[v];
      }
      let norm = 0;
      for (let v = 0; v < n; v++) norm += w[v] * w[v];
      norm = Math.sqrt(norm);
      beta.push(norm);
      if (!(norm > 1e-14 * Math.max(1, Math.abs(alpha[j]))) || products >= maxProducts) break;
      const next = basis[j + 1];
      for (let v = 0; v < n; v++) next[v] = w[v] / norm;
    }
    const { value, vector: s } = largestEigenpair(alpha, beta.slice(0, size - 1));
    theta = value;
    const ritz = new Float64Array(n);
    for (let i = 0; i < size; i++) {
      const b = basis[i];
      const c = s[i];
      for (let v = 0; v < n; v++) ritz[v] += c * b[v];
    }
    let sum = 0;
    let norm = 0;
    for (let v = 0; v < n; v++) {
      sum += ritz[v];
      norm += ritz[v] * ritz[v];
    }
    norm = Math.sqrt(norm) || 1;
    const sign = sum < 0 ? -1 : 1;
    for (let v = 0; v < n; v++) ritz[v] = (sign * ritz[v]) / norm;
    // Residual in the 1-norm: ‖A r − θ r‖₁.
    multiply(ritz, w);
    products++;
    let residual = 0;
    for (let v = 0; v < n; v++) residual += Math.abs(w[v] - theta * ritz[v]);
    start = ritz;
    const lastBeta = beta[size - 1] ?? 0;
    if (residual / (Math.abs(theta) + 1) < tolerance || products >= maxProducts || !(lastBeta > 1e-14 * Math.max(1, Math.abs(theta)))) break;
  }
  return { vector: start, products, eigenvalue: theta };
}

/** Largest eigenpair of the symmetric tridiagonal matrix (alpha on the diagonal, beta beside it), by cyclic Jacobi. */
function largestEigenpair(alpha: number[], beta: number[]): { value: number; vector: Float64Array } {
  const k = alpha.length;
  const a: Float64Array[] = Array.from({ length: k }, () => new Float64Array(k));
  const v: Float64Array[] = Array.from({ length: k }, (_, i) => {
    const row = new Float64Array(k);
    row[i] = 1;
    return row;
  });
  for (let i = 0; i < k; i++) {
    a[i][i] = alpha[i];
    if (i + 1 < k) a[i][i + 1] = a[i + 1][i] = beta[i];
  }
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += a[p][q] * a[p][q];
    if (off < 1e-30) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        if (Math.abs(a[p][q]) < 1e-300) continue;
        const tau = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(tau || 1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r][p];
          const arq = a[r][q];
          a[r][p] = c * arp - s * arq;
          a[r][q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p][r];
          const aqr = a[q][r];
          a[p][r] = c * apr - s * aqr;
          a[q][r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r][p];
          const vrq = v[r][q];
          v[r][p] = c * vrp - s * vrq;
          v[r][q] = s * vrp + c * vrq;
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i < k; i++) if (a[i][i] > a[best][best]) best = i;
  const vector = new Float64Array(k);
  for (let r = 0; r < k; r++) vector[r] = v[r][best];
  return { value: a[best][best], vector };
}
