import { checkNumbers } from '../error/argument-checks.js';
/**
 * Pearson's product-moment correlation of two equally long numeric sequences,
 * computed with centred sums (two passes) so that large offsets do not cancel.
 *
 * Formula: r = Σ(xᵢ − x̄)(yᵢ − ȳ) / √(Σ(xᵢ − x̄)² · Σ(yᵢ − ȳ)²).
 * Edge cases: fewer than two values, or a constant sequence → NaN (the correlation
 * is undefined; callers that must report it turn NaN into a ZonelinkError).
 *
 * Reference: Pearson, K. (1895). Notes on regression and inheritance in the case of
 * two parents. Proceedings of the Royal Society of London 58, 240–242.
 *
 * @example
 * pearsonCorrelation([1, 2, 3], [2, 4, 7]); // 0.9933992677987828
 */
export function pearsonCorrelation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  checkNumbers('pearsonCorrelation', x, 'x');
  checkNumbers('pearsonCorrelation', y, 'y');
  const n = x.length;
  if (n !== y.length || n < 2) return Number.NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return Number.NaN;
  return sxy / Math.sqrt(sxx * syy);
}
