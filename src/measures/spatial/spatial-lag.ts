import type { SpatialWeights } from './spatial-weights-type.js';
import { readSpatialWeights } from './read-spatial-weights.js';
import { readAlignedValues } from './read-aligned-values.js';
import { zeroPolicyOption } from './alternative.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';

/** The declared options of {@link spatialLag} (checks, defaults and docs/options.md come from here). */
export const spatialLagOptions = defineOptions('spatialLag', {
  /** Allow units without neighbours (lag 0), as spdep's zero.policy. Default false. */
  zeroPolicy: zeroPolicyOption,
});

/** Options of {@link spatialLag}, declared in {@link spatialLagOptions}. */
export type SpatialLagOptions = OptionsOf<typeof spatialLagOptions>;

/**
 * The spatial lag of a variable: (Wx)_i = Σ_j w_ij x_j, in `weights.nodes` order (the
 * neighbours' weighted mean under row-standardised weights). A unit without neighbours
 * has lag 0 (spdep `lag.listw` with `zero.policy = TRUE`); pass `zeroPolicy: true`
 * to allow it, otherwise it is an error.
 *
 * Reference: Anselin, L. (1988), Spatial Econometrics: Methods and Models, Kluwer, §3.2.
 *
 * @param values node → number, or an array in `weights.nodes` order.
 * @example
 * const w = { nodes: ['a', 'b', 'c'], neighbours: [[1], [0, 2], [1]], weights: [[1], [0.5, 0.5], [1]], style: 'row' as const, selfIncluded: false, symmetric: false };
 * spatialLag([1, 2, 4], w); // Float64Array [2, 2.5, 2]
 */
export function spatialLag(values: Record<string, number> | ArrayLike<number>, weights: SpatialWeights, options: SpatialLagOptions = {}): Float64Array {
  const rows = readSpatialWeights('spatialLag', weights, spatialLagOptions.read(options).zeroPolicy, true);
  const x = readAlignedValues('spatialLag', values, rows.nodes, false);
  return lagOf(rows.offsets, rows.targets, rows.values, x);
}

/** Σ_j w_ij x_j for every row (internal kernel). */
export function lagOf(offsets: Int32Array, targets: Int32Array, values: Float64Array, x: ArrayLike<number>): Float64Array {
  const n = offsets.length - 1;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let p = offsets[i]; p < offsets[i + 1]; p++) s += values[p] * x[targets[p]];
    out[i] = s;
  }
  return out;
}
