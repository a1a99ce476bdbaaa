/** Sample median of `x` (mean of the two middle values for even n). Internal. */
export function median(x: Float64Array): number {
  return medianOfSorted(Float64Array.from(x).sort());
}

/** Median of values already sorted ascending. Internal. */
export function medianOfSorted(s: Float64Array): number {
  const n = s.length;
  const h = n >> 1;
  return n % 2 === 1 ? s[h] : (s[h - 1] + s[h]) / 2;
}
