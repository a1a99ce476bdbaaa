import type { WeightsRows } from './read-spatial-weights.js';

/** The constants of a weights matrix used by the global tests (internal). */
export interface WeightsConstants {
  /** Units counted: all, or (adjustN) those with at least one neighbour. */
  n: number;
  /** S0 = Σ_i Σ_j w_ij. */
  s0: number;
  /** S1 = ½ Σ_i Σ_j (w_ij + w_ji)² = Σ w_ij² + Σ w_ij w_ji. */
  s1: number;
  /** S2 = Σ_i (w_i· + w_·i)². */
  s2: number;
}

/**
 * S0, S1, S2 and the effective n of a weights matrix (Cliff & Ord 1981, §1.5; spdep
 * `spweights.constants` with `adjust.n = TRUE`: units without neighbours are not
 * counted in n). Internal.
 */
export function weightsConstants(rows: WeightsRows): WeightsConstants {
  const { n, offsets, targets, values, rowSums, cards } = rows;
  const columnSums = new Float64Array(n);
  const lookup = new Map<number, number>();
  let s0 = 0;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    for (let p = offsets[i]; p < offsets[i + 1]; p++) {
      const v = values[p];
      columnSums[targets[p]] += v;
      s0 += v;
      squares += v * v;
      lookup.set(i * n + targets[p], v);
    }
  }
  let cross = 0;
  for (let i = 0; i < n; i++) {
    for (let p = offsets[i]; p < offsets[i + 1]; p++) cross += values[p] * (lookup.get(targets[p] * n + i) ?? 0);
  }
  let s2 = 0;
  let counted = 0;
  for (let i = 0; i < n; i++) {
    s2 += (rowSums[i] + columnSums[i]) ** 2;
    if (cards[i] > 0) counted++;
  }
  return { n: counted, s0, s1: squares + cross, s2 };
}
