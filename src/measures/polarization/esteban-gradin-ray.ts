import { giniOfValidated } from '../inequality/gini.js';
import type { GroupLabel } from '../inequality/group-units.js';
import { estebanRayKernel, estebanRayOfGroups, groupDistribution } from './esteban-ray.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { numberOption } from '../../options/option-spec.js';
import { estebanRayOptionSpecs } from './esteban-ray-option-specs.js';

/** The declared options of {@link estebanGradinRay} (checks, defaults and docs/options.md come from here). */
export const estebanGradinRayOptions = defineOptions('estebanGradinRay', {
  ...estebanRayOptionSpecs,
  beta: numberOption({ doc: 'Weight β of the grouping error.', default: 1, min: 0 }),
});

/** Options of {@link estebanGradinRay}, declared in {@link estebanGradinRayOptions} (see docs/options.md#estebangradinray). */
export type EstebanGradinRayOptions = OptionsOf<typeof estebanGradinRayOptions>;

/** Result of {@link estebanGradinRay}. */
export interface EstebanGradinRayResult {
  /** ER − β·groupingError. */
  polarization: number;
  /** ER(α) of the groups with K = 1/μ. */
  estebanRay: number;
  /** G of the full distribution. */
  giniTotal: number;
  /** G of the group means (population-weighted). */
  giniBetween: number;
  /** G(full) − G(group means) ≥ 0: how badly the grouping represents the distribution. */
  groupingError: number;
}

/**
 * Esteban–Gradín–Ray polarization EGR = ER(α) − β [G(full) − G(group means)]
 * (Esteban, Gradín & Ray 2007): Esteban–Ray on the groups (K = 1/μ), penalised by the part of the
 * Gini the grouping loses. G(group means) = Σ_g Σ_h π_g π_h |y_g − y_h| / (2μ).
 *
 * Options: `alpha` ∈ [0, 1.6] (default 1.5), `beta` ≥ 0 (default 1), `weights`;
 * see docs/options.md#estebangradinray.
 *
 * Edge cases: the shared input policy (n = 0, NaN/±Infinity, negative values, bad
 * weights → ZonelinkError naming positions; one unit or all equal → every part 0;
 * μ = 0 → NaN).
 *
 * Reference: Esteban, J., Gradín, C. & Ray, D. (2007), An extension of a measure of
 * polarization, with an application to the income distribution of five OECD
 * countries, Journal of Economic Inequality 5(1):1–19.
 *
 * @example
 * estebanGradinRay([1, 2, 10, 11], ['a', 'a', 'b', 'b'], { alpha: 1 }).polarization;
 */
export function estebanGradinRay(
  values: ArrayLike<number>,
  groups: ArrayLike<GroupLabel>,
  options: EstebanGradinRayOptions = {},
): EstebanGradinRayResult {
  const { alpha, beta, weights } = estebanGradinRayOptions.read(options);
  const fn = 'estebanGradinRay';
  const d = groupDistribution(fn, values, groups, weights);
  if (d.v.trivial === 'zero-sum') {
    return { polarization: NaN, estebanRay: NaN, giniTotal: NaN, giniBetween: NaN, groupingError: NaN };
  }
  if (d.v.trivial !== null) return { polarization: 0, estebanRay: 0, giniTotal: 0, giniBetween: 0, groupingError: 0 };
  const er = estebanRayOfGroups(fn, null, d.pi, d.y, d.v.mean, alpha, 'mean');
  const giniTotal = giniOfValidated(d.v);
  const giniBetween = estebanRayKernel(d.pi, d.y, 0, 1 / (2 * d.v.mean));
  const groupingError = giniTotal - giniBetween;
  return { polarization: er - beta * groupingError, estebanRay: er, giniTotal, giniBetween, groupingError };
}
