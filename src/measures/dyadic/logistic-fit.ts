import { gram } from './cross-products.js';
import { leastSquares } from './least-squares.js';

/** A logistic regression fit by IRLS (internal). */
export interface LogisticFit {
  coefficients: Float64Array;
  /** Diagonal of (XᵀWX)⁻¹ at the solution: squared standard errors. */
  varianceDiagonal: Float64Array;
  deviance: number;
  iterations: number;
  converged: boolean;
}

const EPSILON = 2.220446049250313e-16;

/**
 * Logistic regression of 0/1 y on the columns by iteratively reweighted least squares
 * (Fisher scoring; McCullagh & Nelder 1989, §4.4), R `glm.fit(family = binomial())`'s
 * algorithm with its fitted-probability clamp [ε, 1 − ε], iterated until the relative
 * deviance change is below 1e-12 (glm stops at 1e-8) or 100 iterations (internal).
 * `start` warm-starts the coefficients (permutation refits). Null when XᵀWX is singular.
 */
export function logisticFit(columns: readonly Float64Array[], y: Float64Array, start?: Float64Array): LogisticFit | null {
  const p = columns.length;
  const m = y.length;
  const beta = start ? Float64Array.from(start) : new Float64Array(p);
  const eta = new Float64Array(m);
  const mu = new Float64Array(m);
  if (!start) for (let r = 0; r < m; r++) eta[r] = Math.log((y[r] + 0.5) / (1.5 - y[r]));
  else linearPredictor(columns, beta, eta);
  // a warm start is a real iterate, so the first step is already held to a decreasing deviance
  let deviance = start ? binomialDeviance(y, eta) : Number.POSITIVE_INFINITY;
  let converged = false;
  let iterations = 0;
  let variance: Float64Array = new Float64Array(p);
  const weighted = columns.map(() => new Float64Array(m));
  const z = new Float64Array(m);
  while (iterations < 100) {
    iterations++;
    for (let r = 0; r < m; r++) {
      const v = 1 / (1 + Math.exp(-eta[r]));
      mu[r] = Math.min(1 - EPSILON, Math.max(EPSILON, v));
      const w = mu[r] * (1 - mu[r]);
      z[r] = eta[r] + (y[r] - mu[r]) / w;
      const sw = Math.sqrt(w);
      for (let k = 0; k < p; k++) weighted[k][r] = columns[k][r] * sw;
      z[r] *= sw;
    }
    const g = gram(weighted);
    const c = Float64Array.from(weighted, (x) => {
      let s = 0;
      for (let r = 0; r < m; r++) s += x[r] * z[r];
      return s;
    });
    const fit = leastSquares(g, c, 0, m + p + 1, p);
    if (fit === null) return null;
    const previous = Float64Array.from(beta);
    beta.set(fit.coefficients);
    variance = fit.inverseDiagonal;
    linearPredictor(columns, beta, eta);
    let next = binomialDeviance(y, eta);
    // step halving (glm does it for a non-finite deviance): a warm start far from the optimum
    // can overshoot, and halving towards the previous iterate keeps the deviance decreasing
    for (let halving = 0; halving < 30 && Number.isFinite(deviance) && next > deviance * (1 + 1e-12); halving++) {
      for (let k = 0; k < p; k++) beta[k] = (beta[k] + previous[k]) / 2;
      linearPredictor(columns, beta, eta);
      next = binomialDeviance(y, eta);
    }
    const change = Math.abs(next - deviance) / (Math.abs(next) + 0.1);
    deviance = next;
    if (change < 1e-12) {
      converged = true;
      break;
    }
  }
  return { coefficients: beta, varianceDiagonal: variance, deviance, iterations, converged };
}

function binomialDeviance(y: Float64Array, eta: Float64Array): number {
  let deviance = 0;
  for (let r = 0; r < y.length; r++) {
    const v = Math.min(1 - EPSILON, Math.max(EPSILON, 1 / (1 + Math.exp(-eta[r]))));
    deviance -= 2 * (y[r] === 1 ? Math.log(v) : Math.log(1 - v));
  }
  return deviance;
}

function linearPredictor(columns: readonly Float64Array[], beta: Float64Array, eta: Float64Array): void {
  eta.fill(0);
  for (let k = 0; k < columns.length; k++) {
    const x = columns[k];
    const b = beta[k];
    for (let r = 0; r < eta.length; r++) eta[r] += b * x[r];
  }
}
