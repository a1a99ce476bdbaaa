import { pearsonCorrelation } from '../../statistics/pearson-correlation.js';
import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../../error/zonelink-error.js';

function checkPair(caller: string, x: ArrayLike<number>, y: ArrayLike<number>): void {
  if (x == null || y == null || typeof x.length !== 'number' || typeof y.length !== 'number') invalidArgument(caller, 'x and y must be arrays of numbers', { field: 'x' });
  if (x.length !== y.length) invalidArgument(caller, `x has length ${x.length}, y has length ${y.length}`, { code: 'length-mismatch', field: 'y' });
  const issues: ZonelinkIssue[] = [];
  for (const [name, v] of [['x', x], ['y', y]] as const) {
    for (let i = 0; i < v.length; i++) {
      if (typeof v[i] !== 'number' || !Number.isFinite(v[i])) issues.push({ code: 'non-finite-number', message: `${caller}: ${name}[${i}] is ${String(v[i])}; expected a finite number`, index: i, field: name, value: v[i] });
    }
  }
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: non-finite values`, issues);
}

/** Ranks 1..n with ties given their average rank. */
export function averageRanks(x: ArrayLike<number>): Float64Array {
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
  const ranks = new Float64Array(n);
  let k = 0;
  while (k < n) {
    let e = k;
    while (e + 1 < n && x[order[e + 1]] === x[order[k]]) e++;
    const r = (k + e) / 2 + 1;
    for (let t = k; t <= e; t++) ranks[order[t]] = r;
    k = e + 1;
  }
  return ranks;
}

/**
 * Spearman's rank correlation ρ: the Pearson correlation of the average ranks (ties get
 * the mean of the ranks they span, as in R `cor(method = "spearman")` and SciPy).
 * NaN when n < 2 or either variable is constant.
 *
 * @throws ZonelinkError naming `spearmanCorrelation` for unequal lengths or non-finite values.
 * Reference: Spearman, C. (1904), American Journal of Psychology 15(1):72–101.
 * @example
 * spearmanCorrelation([1, 2, 3, 4], [1, 3, 2, 4]); // 0.8
 */
export function spearmanCorrelation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  checkPair('spearmanCorrelation', x, y);
  const n = x.length;
  if (n < 2) return NaN;
  // Spearman's ρ is Pearson's r of the average ranks: the one shared Pearson (NaN for a constant variable)
  return pearsonCorrelation(averageRanks(x), averageRanks(y));
}

/**
 * Kendall's τ_b = (n_c − n_d) / √((n_0 − n_1)(n_0 − n_2)), n_0 = n(n−1)/2, n_1 and n_2 the
 * pairs tied in x and in y (R `cor(method = "kendall")`, SciPy `kendalltau` default).
 * O(n²). NaN when n < 2 or either variable is constant.
 *
 * @throws ZonelinkError naming `kendallTau` for unequal lengths or non-finite values.
 * Reference: Kendall, M. G. (1945), Biometrika 33(3):239–251.
 * @example
 * kendallTau([1, 2, 3, 4], [1, 3, 2, 4]); // 2/3
 */
export function kendallTau(x: ArrayLike<number>, y: ArrayLike<number>): number {
  checkPair('kendallTau', x, y);
  const n = x.length;
  if (n < 2) return NaN;
  let s = 0;
  let tx = 0;
  let ty = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign(x[i] - x[j]);
      const dy = Math.sign(y[i] - y[j]);
      if (dx === 0) tx++;
      if (dy === 0) ty++;
      s += dx * dy;
    }
  }
  const n0 = (n * (n - 1)) / 2;
  const d = Math.sqrt((n0 - tx) * (n0 - ty));
  return d > 0 ? s / d : NaN;
}
