/** A linear map from a data interval to a pixel interval. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

/**
 * Builds the linear scale `y = r0 + (x − d0) / (d1 − d0) · (r1 − r0)`. A degenerate
 * domain (`d0 === d1`) maps every value to the middle of the range instead of dividing
 * by zero.
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0))) as LinearScale;
  Object.defineProperty(scale, 'domain', { value: [d0, d1] as const });
  Object.defineProperty(scale, 'range', { value: [r0, r1] as const });
  return scale;
}

/**
 * Square-root scale for radii: `r = max(minRadius, maxRadius · √(value / maxValue))`, so a
 * circle's area is proportional to its value (with a floor that keeps tiny values visible).
 * `maxValue <= 0` gives `minRadius` for every value.
 */
export function sqrtRadiusScale(maxValue: number, minRadius: number, maxRadius: number): (value: number) => number {
  return (value: number) => (maxValue > 0 ? Math.max(minRadius, maxRadius * Math.sqrt(Math.max(0, value) / maxValue)) : minRadius);
}
