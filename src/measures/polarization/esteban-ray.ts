import { invalidArgument, ZonelinkError } from '../../error/zonelink-error.js';
import { groupUnits, summarizeGroups, type GroupLabel } from '../inequality/group-units.js';
import { validateValues, type ValidatedValues } from '../inequality/validate-values.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { choiceOption } from '../../options/option-spec.js';
import { estebanRayOptionSpecs } from './esteban-ray-option-specs.js';

/** How Esteban–Ray scales distances: by 1/μ (`mean`), not at all (`none`), or on ln y (`log`). */
export type EstebanRayScale = 'mean' | 'none' | 'log';

/** The declared options of {@link estebanRay} (checks, defaults and docs/options.md come from here). */
export const estebanRayOptions = defineOptions('estebanRay', {
  ...estebanRayOptionSpecs,
  scale: choiceOption(['mean', 'none', 'log'] as const, {
    doc: "K = 1/μ (`'mean'`), K = 1 (`'none'`, as R acid), or K = 1 on ln y (`'log'`). `weights` applies to unit values only, not to `{ shares, means }`.",
    default: 'mean',
  }),
});

/** Options of {@link estebanRay}, declared in {@link estebanRayOptions} (see docs/options.md#estebanray). */
export type EstebanRayOptions = OptionsOf<typeof estebanRayOptions>;

/** A distribution already grouped: population shares π_g (summing to 1) and group means y_g. */
export interface GroupedDistribution {
  shares: ArrayLike<number>;
  means: ArrayLike<number>;
}

/** K Σ_g Σ_h π_g^{1+α} π_h |y_g − y_h|, skipping π = 0. Internal kernel. */
export function estebanRayKernel(pi: ArrayLike<number>, y: ArrayLike<number>, alpha: number, K: number): number {
  let acc = 0;
  for (let g = 0; g < pi.length; g++) {
    if (pi[g] === 0) continue;
    let inner = 0;
    for (let h = 0; h < pi.length; h++) if (pi[h] !== 0) inner += pi[h] * Math.abs(y[g] - y[h]);
    acc += Math.pow(pi[g], 1 + alpha) * inner;
  }
  return K * acc;
}

/** Group shares and means of unit input, validated for `fn`. Internal. */
export function groupDistribution(
  fn: string,
  values: ArrayLike<number>,
  groups: ArrayLike<GroupLabel>,
  weights: ArrayLike<number> | null | undefined,
): { v: ValidatedValues; pi: Float64Array; y: Float64Array } {
  // Rescaled by a power of two (exact): ER with K = 1/μ or on logs is scale-invariant, so 1e308s cannot overflow nor 5e-324s underflow.
  const v = validateValues(fn, values, { weights, negatives: 'error', rescale: true });
  const grouped = groupUnits(fn, groups, v.n);
  const s = summarizeGroups(v.x, v.w, grouped.index, grouped.labels.length);
  return { v, pi: s.populationShares, y: s.means };
}

function fromGrouped(fn: string, grouped: GroupedDistribution): { trivial: ValidatedValues['trivial']; pi: Float64Array; y: Float64Array; mean: number; unit: number } {
  if (grouped == null || typeof grouped !== 'object' || grouped.shares == null || grouped.means == null) {
    invalidArgument(fn, 'expected (values, groups, options) or ({ shares, means }, options)', { field: 'values' });
  }
  const shares = validateValues(fn, grouped.shares, { argument: 'shares' });
  const v = validateValues(fn, grouped.means, { argument: 'means', weights: grouped.shares, rescale: true });
  let total = 0;
  for (let i = 0; i < shares.n; i++) total += shares.x[i];
  if (Math.abs(total - 1) > 1e-9) {
    throw new ZonelinkError('invalid-argument', `${fn}: shares must sum to 1, they sum to ${total}`, [
      { code: 'invalid-shares', message: `${fn}: shares must sum to 1, they sum to ${total}`, field: 'shares', value: total },
    ]);
  }
  return { trivial: v.trivial, pi: shares.x, y: v.x, mean: v.mean, unit: v.unit };
}

/** ER on group shares and means after the degenerate cases. Internal. */
export function estebanRayOfGroups(
  fn: string,
  trivial: ValidatedValues['trivial'],
  pi: Float64Array,
  y: Float64Array,
  mean: number,
  alpha: number,
  scale: EstebanRayScale,
): number {
  if (trivial === 'single' || trivial === 'all-equal') return 0;
  if (trivial === 'zero-sum') return NaN;
  let positive = 0;
  for (let g = 0; g < pi.length; g++) if (pi[g] > 0) positive++;
  if (positive <= 1) return 0;
  if (scale === 'mean') return estebanRayKernel(pi, y, alpha, 1 / mean);
  if (scale === 'none') return estebanRayKernel(pi, y, alpha, 1);
  const logs = new Float64Array(y.length);
  const zero: number[] = [];
  for (let g = 0; g < y.length; g++) {
    if (pi[g] > 0 && !(y[g] > 0)) zero.push(g);
    logs[g] = pi[g] > 0 ? Math.log(y[g]) : 0;
  }
  if (zero.length > 0) {
    invalidArgument(fn, `scale 'log' needs positive group means; group(s) at position ${zero.join(', ')} have mean 0`, { field: 'scale', index: zero[0] });
  }
  return estebanRayKernel(pi, logs, alpha, 1);
}

/**
 * Esteban–Ray polarization ER(α) = K Σ_g Σ_h π_g^{1+α} π_h |y_g − y_h| over groups
 * with population shares π and means y (Esteban & Ray 1994).
 *
 * Input: unit values with a group label each (and optional weights), or a grouped
 * distribution `{ shares, means }` (shares must sum to 1 within 1e-9).
 * Options: `alpha` ∈ [0, 1.6] (default 1.5; the paper's range is (0, 1.6], α = 0 is
 * allowed for the identity ER = 2 × Gini of group means); `scale` `'mean'` (K = 1/μ,
 * default), `'none'` (K = 1, as R acid) or `'log'` (K = 1, ln y_g in place of y_g).
 *
 * Edge cases: the shared input policy (n = 0, NaN/±Infinity, negative values, bad
 * weights/shares → ZonelinkError naming positions; one unit, one group or all values
 * equal → 0; μ = 0 → NaN); scale 'log' with a zero group mean → ZonelinkError;
 * `weights` with a grouped distribution → ZonelinkError (the shares already weigh the groups).
 * Options: see docs/options.md#estebanray.
 *
 * Reference: Esteban, J.-M. & Ray, D. (1994), On the measurement of polarization,
 * Econometrica 62(4):819–851.
 *
 * @example
 * estebanRay({ shares: [0.5, 0.5], means: [1, 3] }, { alpha: 1 }); // 0.25 = (2·0.25·0.5·2)/2
 * estebanRay([1, 1, 3, 3], ['a', 'a', 'b', 'b']); // 0.1767767: the same groups with α = 1.5, (2·0.5^2.5·0.5·2)/2
 */
export function estebanRay(values: ArrayLike<number>, groups: ArrayLike<GroupLabel>, options?: EstebanRayOptions): number;
export function estebanRay(grouped: GroupedDistribution, options?: Omit<EstebanRayOptions, 'weights'>): number;
export function estebanRay(
  a: ArrayLike<number> | GroupedDistribution,
  b?: ArrayLike<GroupLabel> | EstebanRayOptions,
  c?: EstebanRayOptions,
): number {
  const fn = 'estebanRay';
  const isGrouped = a != null && typeof a === 'object' && !('length' in a) && ('shares' in a || 'means' in a);
  const { alpha, scale, weights } = estebanRayOptions.read(isGrouped ? b : c);
  if (isGrouped) {
    if (weights != null) invalidArgument(fn, 'weights apply to unit values; a grouped distribution is weighed by its shares', { field: 'weights' });
    const g = fromGrouped(fn, a as GroupedDistribution);
    // scale 'none' is in the values' unit: undo the power-of-two rescaling
    return estebanRayOfGroups(fn, g.trivial, g.pi, g.y, g.mean, alpha, scale) * (scale === 'none' ? g.unit : 1);
  }
  if (b == null) invalidArgument(fn, 'groups are required with unit values (or pass { shares, means })', { field: 'groups' });
  const d = groupDistribution(fn, a as ArrayLike<number>, b as ArrayLike<GroupLabel>, weights);
  return estebanRayOfGroups(fn, d.v.trivial, d.pi, d.y, d.v.mean, alpha, scale) * (scale === 'none' ? d.v.unit : 1);
}
