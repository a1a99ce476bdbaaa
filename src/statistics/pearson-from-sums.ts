/**
 * Internal (not exported from the package): corePeriphery's local search calls it
 * in its innermost loop with sums it maintains itself, so it does no argument checks.
 *
 * Pearson's correlation from sufficient statistics over `cells` paired observations:
 * Σa, Σa², Σb, Σb², Σab, for algorithms that update these sums incrementally (a
 * local search that flips one node changes each sum in O(1)) instead of keeping the
 * data. For fixed data prefer {@link pearsonCorrelation}, whose centred two-pass sums
 * are more accurate.
 *
 * Formula: r = (N Σab − Σa Σb) / √((N Σa² − (Σa)²)(N Σb² − (Σb)²)).
 * Edge cases: a variance term ≤ 1e-12·max(1, N Σx²) (a constant sequence, up to the
 * cancellation error of the one-pass formula) → NaN.
 *
 * Reference: Pearson, K. (1895). Notes on regression and inheritance in the case of
 * two parents. Proceedings of the Royal Society of London 58, 240–242.
 *
 * @example
 * // a = [1, 2, 3], b = [2, 4, 7]
 * pearsonFromSums(3, 6, 14, 13, 69, 31); // 0.9933992677987828
 */
export function pearsonFromSums(cells: number, sumA: number, sumA2: number, sumB: number, sumB2: number, sumAB: number): number {
  const varA = cells * sumA2 - sumA * sumA;
  const varB = cells * sumB2 - sumB * sumB;
  if (!(varA > 1e-12 * Math.max(1, cells * sumA2)) || !(varB > 1e-12 * Math.max(1, cells * sumB2))) return Number.NaN;
  return (cells * sumAB - sumA * sumB) / Math.sqrt(varA * varB);
}
