/** What the report prints for a value that is undefined for the data (`null` in the report). */
export const NULL_MARK = '—';

/**
 * Formats an index (Gini, Theil, modularity, NMI, shares …) with a fixed number of
 * decimals (default 4), so that a column of indices lines up; `null` and non-finite
 * values print as "—", and `-0.0000` as `0.0000`.
 */
export function formatIndex(value: number | null | undefined, decimals = 4): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NULL_MARK;
  const text = value.toFixed(decimals);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** Formats a count (an integer) as written; `null` prints as "—". */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NULL_MARK;
  return String(value);
}

/**
 * Returns a formatter shared by a column of values of one measure (a centrality, a
 * group mean): integers when every value is an integer; otherwise a fixed number of
 * decimals chosen so that the largest magnitude shows 4 significant digits (0.3142 →
 * 4 decimals, 123.4 → 1 decimal, 0.004213 → 6 decimals; between 0 and 8 decimals).
 * Values too large or too small for that (≥ 1e15, or all below 1e-8) use exponent
 * notation with 4 significant digits. `null` prints as "—".
 */
export function columnFormatter(values: readonly (number | null | undefined)[]): (value: number | null | undefined) => string {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0 || finite.every((v) => Number.isInteger(v) && Math.abs(v) < 1e15)) return formatCount;
  const largest = Math.max(...finite.map(Math.abs));
  if (largest >= 1e15 || largest < 1e-8) {
    return (v) => (v === null || v === undefined || !Number.isFinite(v) ? NULL_MARK : v === 0 ? '0' : v.toExponential(3));
  }
  const magnitude = largest === 0 ? 0 : Math.floor(Math.log10(largest));
  const decimals = Math.max(0, Math.min(8, 3 - magnitude));
  return (v) => formatIndex(v, decimals);
}
