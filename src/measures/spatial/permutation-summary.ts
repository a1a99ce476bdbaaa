/** The permutation inference reported by moranI and gearyC. */
export interface PermutationSummary {
  /** Permutations drawn. */
  permutations: number;
  /** Seed used. */
  seed: number;
  /**
   * Pseudo p-value for the chosen alternative: (#{s_p ≥ s} + 1)/(P + 1) ('greater'),
   * (#{s_p ≤ s} + 1)/(P + 1) ('less'), or twice the smaller of the two, capped at 1
   * ('two-sided').
   */
  pValue: number;
  /** Mean of the permuted statistics. */
  mean: number;
  /** Sample SD (divisor P − 1) of the permuted statistics (NaN when P = 1). */
  sd: number;
  /** (statistic − mean)/sd: the permutation standard deviate. */
  z: number;
}
