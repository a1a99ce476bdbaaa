import { invalidArgument } from '../../error/zonelink-error.js';
import { validateValues, type ValidatedValues } from './validate-values.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { dropNonPositiveOption, weightsOption } from './inequality-option-specs.js';

/** The declared options of {@link generalizedEntropy} (checks, defaults and docs/options.md come from here). */
export const generalizedEntropyOptions = defineOptions('generalizedEntropy', { weights: weightsOption, dropNonPositive: dropNonPositiveOption });

/** Options of {@link generalizedEntropy}, declared in {@link generalizedEntropyOptions} (see docs/options.md#generalizedentropy). */
export type GeneralizedEntropyOptions = OptionsOf<typeof generalizedEntropyOptions>;

/** The declared options of {@link theilT} (checks, defaults and docs/options.md come from here). */
export const theilTOptions = defineOptions('theilT', { weights: weightsOption });

/** Options of {@link theilT}, declared in {@link theilTOptions} (see docs/options.md#theilt). */
export type TheilTOptions = OptionsOf<typeof theilTOptions>;

/** The declared options of {@link theilL} (checks, defaults and docs/options.md come from here). */
export const theilLOptions = defineOptions('theilL', { weights: weightsOption, dropNonPositive: dropNonPositiveOption });

/** Options of {@link theilL}, declared in {@link theilLOptions} (see docs/options.md#theill). */
export type TheilLOptions = OptionsOf<typeof theilLOptions>;

/**
 * GE(α) of values x with weights p (any non-negative weights; normalised here), with
 * these conventions: 0·ln 0 = 0 for α = 1, +Infinity for a zero when
 * α ≤ 0. Units with weight 0 are skipped. No degenerate-case handling: internal kernel.
 */
export function generalizedEntropyKernel(x: ArrayLike<number>, p: ArrayLike<number> | null, alpha: number): number {
  const n = x.length;
  let tw = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const wi = p ? p[i] : 1;
    if (wi === 0) continue;
    tw += wi;
    sum += wi * x[i];
  }
  const mu = sum / tw;
  let acc = 0;
  if (alpha === 1) {
    for (let i = 0; i < n; i++) {
      const wi = p ? p[i] : 1;
      if (wi === 0 || x[i] === 0) continue;
      const r = x[i] / mu;
      acc += wi * r * Math.log(r);
    }
    return acc / tw;
  }
  if (alpha === 0) {
    for (let i = 0; i < n; i++) {
      const wi = p ? p[i] : 1;
      if (wi === 0) continue;
      if (x[i] === 0) return Infinity;
      acc -= wi * Math.log(x[i] / mu);
    }
    return acc / tw;
  }
  for (let i = 0; i < n; i++) {
    const wi = p ? p[i] : 1;
    if (wi === 0) continue;
    if (x[i] === 0) {
      if (alpha < 0) return Infinity;
      continue;
    }
    acc += wi * Math.pow(x[i] / mu, alpha);
  }
  return (acc / tw - 1) / (alpha * (alpha - 1));
}

/** Drops zeros (and their weights) from validated values when asked. Internal. */
export function dropZeros(v: ValidatedValues): { x: Float64Array; w: Float64Array | null } {
  let keep = 0;
  for (let i = 0; i < v.n; i++) if (v.x[i] > 0) keep++;
  if (keep === v.n) return { x: v.x, w: v.w };
  const x = new Float64Array(keep);
  const w = v.w ? new Float64Array(keep) : null;
  let k = 0;
  for (let i = 0; i < v.n; i++) {
    if (v.x[i] > 0) {
      x[k] = v.x[i];
      if (w && v.w) w[k] = v.w[i];
      k++;
    }
  }
  return { x, w };
}

/** GE(α) of validated values with the shared degenerate cases. Internal. */
export function generalizedEntropyOfValidated(v: ValidatedValues, alpha: number, dropNonPositive: boolean): number {
  if (v.trivial === 'single' || v.trivial === 'all-equal') return 0;
  if (v.trivial === 'zero-sum') return NaN;
  if (dropNonPositive) {
    const d = dropZeros(v);
    if (d.x.length <= 1) return 0;
    let equal = true;
    for (let i = 1; i < d.x.length; i++) if (d.x[i] !== d.x[0]) equal = false;
    if (equal) return 0;
    if (d.w) {
      let any = false;
      for (let i = 0; i < d.w.length; i++) if (d.w[i] > 0) any = true;
      if (!any) return NaN;
    }
    return generalizedEntropyKernel(d.x, d.w, alpha);
  }
  return generalizedEntropyKernel(v.x, v.w, alpha);
}

function checkAlpha(fn: string, alpha: number): void {
  if (typeof alpha !== 'number' || !Number.isFinite(alpha)) {
    invalidArgument(fn, `alpha must be a finite number, got ${String(alpha)}`, { field: 'alpha', value: alpha });
  }
}

/**
 * Generalised entropy GE(α) = [Σ p_i (x_i/μ)^α − 1] / (α(α − 1)), p_i = w_i/Σw, with the
 * limits GE(1) = Theil T = Σ p_i (x_i/μ) ln(x_i/μ) and GE(0) = Theil L (mean log
 * deviation) = −Σ p_i ln(x_i/μ); GE(2) = CV²/2 (Shorrocks 1980).
 *
 * Options: `weights` (default none); `dropNonPositive` (default false: zeros are kept,
 * so Theil T treats 0·ln 0 = 0 and GE(α ≤ 0) with a zero is +Infinity; true: zeros are
 * dropped from the sample and the mean, as R ineq, dineq and Stata ineqdeco do).
 * Options: see docs/options.md#generalizedentropy.
 *
 * Edge cases: n = 0, NaN/±Infinity, negative values, bad weights → ZonelinkError naming
 * the positions; n = 1 → 0; all equal → exactly 0; Σx = 0 → NaN.
 *
 * Reference: Shorrocks, A. F. (1980), The class of additively decomposable inequality
 * measures, Econometrica 48(3):613–625.
 *
 * @example
 * generalizedEntropy([1, 2, 3, 4], 2); // 0.1 (= CV²/2, CV² = 1.25/6.25)
 */
export function generalizedEntropy(values: ArrayLike<number>, alpha: number, options: GeneralizedEntropyOptions = {}): number {
  const { weights, dropNonPositive } = generalizedEntropyOptions.read(options);
  checkAlpha('generalizedEntropy', alpha);
  const v = validateValues('generalizedEntropy', values, { weights, negatives: 'error', rescale: true });
  return generalizedEntropyOfValidated(v, alpha, dropNonPositive);
}

/**
 * Theil's T index, GE(1) = Σ p_i (x_i/μ) ln(x_i/μ), zeros kept (0·ln 0 = 0).
 * Not R's `ineq::Theil(parameter = 0)` naming: this is what that call returns, under a
 * name that says which Theil it is.
 *
 * Edge cases as {@link generalizedEntropy}. Reference: Theil, H. (1967), Economics and
 * Information Theory. Options: see docs/options.md#theilt.
 *
 * @example
 * theilT([1, 1, 1, 5]); // (2.5·ln 2.5 − 1.5·ln 2)/4 ≈ 0.312752
 */
export function theilT(values: ArrayLike<number>, options: TheilTOptions = {}): number {
  const { weights } = theilTOptions.read(options);
  const v = validateValues('theilT', values, { weights, negatives: 'error', rescale: true });
  return generalizedEntropyOfValidated(v, 1, false);
}

/**
 * Theil's L index (mean log deviation), GE(0) = −Σ p_i ln(x_i/μ). A zero value gives
 * +Infinity unless `dropNonPositive: true` (default false).
 *
 * Edge cases as {@link generalizedEntropy}. Reference: Theil, H. (1967), Economics and
 * Information Theory. Options: see docs/options.md#theill.
 *
 * @example
 * theilL([1, 1, 1, 5]); // ln 2 − ln 5 / 4 ≈ 0.290788
 */
export function theilL(values: ArrayLike<number>, options: TheilLOptions = {}): number {
  const { weights, dropNonPositive } = theilLOptions.read(options);
  const v = validateValues('theilL', values, { weights, negatives: 'error', rescale: true });
  return generalizedEntropyOfValidated(v, 0, dropNonPositive);
}
