/**
 * Formats an SVG coordinate or length: rounded to 2 decimals, never `-0`, never
 * exponent notation for values that fit a chart. Rounding keeps the output short and
 * byte-identical across platforms.
 */
export function formatCoordinate(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  if (rounded === 0) return '0';
  return String(rounded);
}

/**
 * Returns a formatter for axis tick values spaced `step` apart: a fixed number of
 * decimals just large enough to tell neighbouring ticks apart (as d3-format's
 * `precisionFixed`), so 0.2-spaced ticks print as 0.0, 0.2, … and year ticks as 2015.
 */
export function tickFormatter(step: number): (value: number) => string {
  const decimals = step > 0 && Number.isFinite(step) ? Math.max(0, Math.min(12, -Math.floor(Math.log10(step) + 1e-9))) : 0;
  return (value: number) => {
    const text = value.toFixed(decimals);
    return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
  };
}

/**
 * Default formatter for data values shown as labels: integers as written, other values
 * with at most 4 significant digits (trailing zeros dropped), large and tiny magnitudes
 * in exponent notation.
 */
export function formatValue(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e15)) return value.toExponential(3).replace(/\.?0+e/, 'e');
  const text = String(Number(value.toPrecision(4)));
  return text === '-0' ? '0' : text;
}
