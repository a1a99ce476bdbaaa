import { nice, ticks, tickStep } from 'd3-array';
import { formatValue, tickFormatter } from './format-number.js';

/** Nice domain, tick values and a matching label formatter for one axis. */
export interface AxisTicks {
  domain: [number, number];
  values: number[];
  format: (value: number) => string;
}

/**
 * Extends `[min, max]` to nice round numbers and returns about `count` ticks within it
 * (d3-array's `nice` and `ticks`: steps of 1, 2 or 5 × 10^k). A zero-width (or numerically
 * indivisible) interval is widened to `value ± 1` (or `value ± 10%` of its magnitude, whichever is larger) so a
 * single value still gets an axis. With `integerOnly`, ticks that are not whole numbers are
 * dropped (for years and counts).
 */
export function axisTicks(min: number, max: number, count = 5, integerOnly = false): AxisTicks {
  let lo = min;
  let hi = max;
  // Spans that floating point cannot subdivide (equal values, denormal differences such as
  // ±5e-324, or a difference below 1e-12 of the magnitude) are treated as a single value.
  const magnitude = Math.max(Math.abs(lo), Math.abs(hi));
  if (hi - lo < 1e-250 || hi - lo <= magnitude * 1e-12) {
    const centre = lo / 2 + hi / 2;
    const pad = Math.max(1, Math.abs(centre) * 0.1);
    lo = centre - pad;
    hi = centre + pad;
  }
  if (!Number.isFinite(hi - lo)) return { domain: [lo, hi], values: [lo, hi], format: formatValue };
  const [n0, n1] = nice(lo, hi, count);
  let values = ticks(n0, n1, count);
  let step = tickStep(n0, n1, count);
  if (integerOnly) {
    const whole = values.filter((v) => Number.isInteger(v));
    if (whole.length >= 2) {
      values = whole;
      step = Math.max(1, step);
    }
  }
  return { domain: [n0, n1], values, format: tickFormatter(step) };
}
