/**
 * A spatial weights matrix W in sparse row form, JSON-friendly: the zonelink
 * equivalent of spdep's `listw` (an `nb` neighbour list plus its weights) and of
 * pysal's `W`.
 *
 * - `nodes[i]` is the key of unit i; every measure reads values in this order.
 * - `neighbours[i]` lists the indices j with w_ij ≠ 0, ascending, without repeats;
 *   i itself appears only when `selfIncluded` is true (the Gi* weights).
 * - `weights[i][k]` is w_ij for j = neighbours[i][k] (finite, > 0).
 * - `style`: `'binary'` = the weights as built, unstandardised (spdep style "B":
 *   1 per neighbour for k-nearest, distance-band and graph weights, d^−p for inverse
 *   distance); `'row'` = each non-empty row divided by its sum so that Σ_j w_ij = 1
 *   (spdep style "W").
 * - A unit may have no neighbours (an empty row); the tests reject it unless their
 *   `zeroPolicy` option is true (spdep's `zero.policy`).
 * - `symmetric` records whether w_ij = w_ji for every pair (k-nearest weights usually
 *   are not; row standardisation usually breaks symmetry).
 *
 * Build one with {@link spatialWeights}, or write it by hand:
 *
 * @example
 * const w: SpatialWeights = {
 *   nodes: ['a', 'b', 'c'],
 *   neighbours: [[1], [0, 2], [1]],
 *   weights: [[1], [1, 1], [1]],
 *   style: 'binary',
 *   selfIncluded: false,
 *   symmetric: true,
 * }; // the path a – b – c
 */
export interface SpatialWeights {
  /** Unit keys by index. */
  nodes: string[];
  /** Neighbour indices of each unit, ascending. */
  neighbours: number[][];
  /** w_ij of each neighbour, aligned with `neighbours`. */
  weights: number[][];
  /** `'binary'` (unstandardised, spdep "B") or `'row'` (row sums 1, spdep "W"). */
  style: 'binary' | 'row';
  /** True when units are their own neighbours (Getis–Ord Gi*). */
  selfIncluded: boolean;
  /** True when w_ij = w_ji for all i, j. */
  symmetric: boolean;
}
