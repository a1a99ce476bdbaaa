/**
 * Upper bounds of k quantile classes of `values` as pysal mapclassify's `Quantiles`
 * computes them: the scores at percentiles 100j/k (j = 1…k) by linear interpolation
 * between order statistics (position (n − 1)·p/100, scipy `scoreatpercentile`,
 * numpy's default, R's type 7); the last bound is the maximum. Repeated bounds (many
 * ties) are merged, so fewer than k bounds may come back. Internal.
 */
export function quantileCutoffs(values: ArrayLike<number>, k: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const step = 100 / k;
  const bounds: number[] = [];
  for (let j = 1; j <= k; j++) {
    const percent = Math.min(100, j * step);
    const position = (percent / 100) * (n - 1);
    const below = Math.floor(position);
    const fraction = position - below;
    const score = fraction === 0 ? sorted[below] : sorted[below] + (sorted[below + 1] - sorted[below]) * fraction;
    if (bounds.length === 0 || score !== bounds[bounds.length - 1]) bounds.push(score);
  }
  return bounds;
}

/**
 * Class of x given ascending upper bounds: the first c with x ≤ bounds[c]
 * (mapclassify's right-closed bins, C_{c−1} < x ≤ C_c); values above the last bound
 * fall in the last class (user cutoffs are open above, as giddy's). Internal.
 */
export function classOf(x: number, bounds: ArrayLike<number>, classes: number): number {
  for (let c = 0; c < bounds.length; c++) if (x <= bounds[c]) return Math.min(c, classes - 1);
  return classes - 1;
}
