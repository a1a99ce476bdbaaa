import { invalidArgument } from '../../error/zonelink-error.js';
import { validateValues } from '../inequality/validate-values.js';
import { median } from './median.js';
import { checkOptions } from '../../error/argument-checks.js';

/** Options of {@link wangTsui}. */
export interface WangTsuiOptions {
  /** Scale θ > 0 (default 0.5). */
  theta?: number;
  /** Exponent r ∈ (0, 1] (default 0.5). */
  r?: number;
}

/**
 * Wang–Tsui polarization (θ/n) Σ_i |(x_i − m)/m|^r with m the sample median; θ = r = 0.5
 * by default (docs/methods.md#polarization).
 *
 * Edge cases: the shared input policy (n = 0, NaN/±Infinity, negative values →
 * ZonelinkError naming positions; n = 1 or all equal → 0; Σx = 0 → NaN); m = 0 → NaN.
 *
 * Reference: Wang, Y.-Q. & Tsui, K.-Y. (2000), Polarization orderings and new classes
 * of polarization indices, Journal of Public Economic Theory 2(3):349–363.
 *
 * @example
 * wangTsui([1, 2, 3]); // 0.5·(0.5^0.5 + 0 + 0.5^0.5)/3 ≈ 0.235702
 */
export function wangTsui(values: ArrayLike<number>, options: WangTsuiOptions = {}): number {
  checkOptions('wangTsui', options);
  const fn = 'wangTsui';
  const theta = options.theta ?? 0.5;
  const r = options.r ?? 0.5;
  if (typeof theta !== 'number' || !Number.isFinite(theta) || theta <= 0) {
    invalidArgument(fn, `theta must be a finite number > 0, got ${String(theta)}`, { field: 'theta', value: theta });
  }
  if (typeof r !== 'number' || !(r > 0 && r <= 1)) invalidArgument(fn, `r must be a number in (0, 1], got ${String(r)}`, { field: 'r', value: r });
  const v = validateValues(fn, values, { rescale: true });
  if (v.trivial === 'single' || v.trivial === 'all-equal') return 0;
  if (v.trivial === 'zero-sum') return NaN;
  const m = median(v.x);
  if (m === 0) return NaN;
  let acc = 0;
  for (let i = 0; i < v.n; i++) acc += Math.pow(Math.abs((v.x[i] - m) / m), r);
  return (theta / v.n) * acc;
}
