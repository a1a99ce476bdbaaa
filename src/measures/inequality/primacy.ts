import { validateValues } from './validate-values.js';

/** Primacy indices of {@link primacy}. */
export interface PrimacyResult {
  /** S2 = P1/P2 (two-city index). */
  s2: number;
  /** S4 = P1/(P2 + P3 + P4) (four-city index). */
  s4: number;
  /** S11 = 2P1/(P2 + … + P11) (eleven-city index). */
  s11: number;
}

/**
 * Urban primacy indices from city sizes (population, GDP…), P1 ≥ P2 ≥ … after sorting
 * descending: S2 = P1/P2, S4 = P1/(P2+P3+P4), S11 = 2P1/(P2+…+P11) (Jefferson 1939; Ginsburg 1961; Mehta 1964).
 *
 * Edge cases: the shared input policy (n = 0, NaN/±Infinity, negative values →
 * ZonelinkError naming positions); too few units for an index (n < 2, 4, 11) → NaN for
 * it; a zero denominator → Infinity (NaN when P1 is 0 too).
 *
 * Reference: Jefferson, M. (1939), The law of the primate city, Geographical Review
 * 29(2):226–232; the four- and eleven-city indices after Ginsburg (1961) and Mehta (1964).
 *
 * @example
 * primacy([100, 50, 25, 25]); // { s2: 2, s4: 1, s11: NaN }
 */
export function primacy(values: ArrayLike<number>): PrimacyResult {
  const v = validateValues('primacy', values, { rescale: true });
  const s = Float64Array.from(v.x).sort().reverse();
  const n = v.n;
  const sum = (from: number, to: number): number => {
    let t = 0;
    for (let i = from; i <= to; i++) t += s[i];
    return t;
  };
  return {
    s2: n >= 2 ? s[0] / s[1] : NaN,
    s4: n >= 4 ? s[0] / sum(1, 3) : NaN,
    s11: n >= 11 ? (2 * s[0]) / sum(1, 10) : NaN,
  };
}
