import { invalidArgument } from '../../error/zonelink-error.js';
import { validateValues } from './validate-values.js';

/**
 * Hoover's index H = ½ Σ_i |a_i/Σa − b_i/Σb|: the share of `a` that would have to move
 * between units for `a` to be distributed like `b` (e.g. GDP against population, or a
 * zone type against all zones) (Hoover 1936). H ∈ [0, 1].
 *
 * Edge cases: the shared input policy on each array (n = 0, NaN/±Infinity, negative
 * values → ZonelinkError naming positions), different lengths → ZonelinkError;
 * n = 1 → 0; Σa = 0 or Σb = 0 → NaN.
 *
 * Reference: Hoover, E. M. (1936), The measurement of industrial localization, Review of
 * Economics and Statistics 18(4):162–171.
 *
 * @example
 * hoover([10, 0], [5, 5]); // 0.5
 */
export function hoover(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const fn = 'hoover';
  const va = validateValues(fn, a, { argument: 'a', rescale: true });
  const vb = validateValues(fn, b, { argument: 'b', rescale: true });
  if (va.n !== vb.n) invalidArgument(fn, `a has length ${va.n}, b has length ${vb.n}`, { code: 'length-mismatch', field: 'b' });
  if (va.mean === 0 || vb.mean === 0) return NaN;
  if (va.n === 1) return 0;
  const A = va.mean * va.n;
  const B = vb.mean * vb.n;
  let h = 0;
  for (let i = 0; i < va.n; i++) h += Math.abs(va.x[i] / A - vb.x[i] / B);
  return h / 2;
}
