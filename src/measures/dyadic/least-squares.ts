import { symmetricInverse } from './symmetric-inverse.js';

/** An ordinary least-squares fit from its cross-products (internal). */
export interface LeastSquaresFit {
  coefficients: Float64Array;
  tValues: Float64Array;
  residualSumOfSquares: number;
  /** Diagonal of (XᵀX)⁻¹: the variance of β_k is this times σ². */
  inverseDiagonal: Float64Array;
}

/**
 * OLS from cross-products (internal): β = G⁻¹c with G = XᵀX, c = Xᵀy, and
 * t_k = β_k / √(G⁻¹_kk · RSS/(m − p)), RSS = yᵀy − βᵀc — the t-values of R `lm`
 * and `sna::netlm`. Columns are equilibrated (scaled to unit RMS) before the
 * Cholesky inverse so that km-scale and 0/1 regressors mix without losing digits.
 * Returns null when the regressors are collinear.
 */
export function leastSquares(g: Float64Array, c: Float64Array, yy: number, m: number, p: number): LeastSquaresFit | null {
  const scale = new Float64Array(p);
  for (let k = 0; k < p; k++) scale[k] = g[k * p + k] > 0 ? 1 / Math.sqrt(g[k * p + k]) : 1;
  const gs = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) gs[i * p + j] = g[i * p + j] * scale[i] * scale[j];
  const inverse = symmetricInverse(gs, p);
  if (inverse === null) return null;
  const coefficients = new Float64Array(p);
  let explained = 0;
  for (let i = 0; i < p; i++) {
    let s = 0;
    for (let j = 0; j < p; j++) s += inverse[i * p + j] * scale[j] * c[j];
    coefficients[i] = s * scale[i];
    explained += coefficients[i] * c[i];
  }
  const residualSumOfSquares = Math.max(0, yy - explained);
  const variance = residualSumOfSquares / (m - p);
  const tValues = new Float64Array(p);
  const inverseDiagonal = new Float64Array(p);
  for (let k = 0; k < p; k++) {
    inverseDiagonal[k] = inverse[k * p + k] * scale[k] * scale[k];
    tValues[k] = coefficients[k] / Math.sqrt(inverseDiagonal[k] * variance);
  }
  return { coefficients, tValues, residualSumOfSquares, inverseDiagonal };
}
