import { checkNumbers } from '../error/argument-checks.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { choiceOption } from '../options/option-spec.js';

/** The declared options of {@link zScores} (checks, defaults and docs/options.md come from here). */
export const zScoresOptions = defineOptions('zScores', {
  /** Divisor of the standard deviation: n (`'population'`, default) or n − 1 (`'sample'`). */
  divisor: choiceOption(['population', 'sample'] as const, {
    doc: "Divisor of the standard deviation: n ('population', as spdep and pysal standardise for Moran's I) or n − 1 ('sample', as R's scale()).",
    default: 'population',
  }),
});

/** Options of {@link zScores}, declared in {@link zScoresOptions}. */
export type ZScoresOptions = OptionsOf<typeof zScoresOptions>;

/**
 * Standard scores zᵢ = (xᵢ − x̄)/s of a numeric sequence, with s the standard deviation
 * of divisor n (`'population'`, default, as spdep and pysal standardise for Moran's I)
 * or n − 1 (`'sample'`, as R's `scale()`).
 *
 * Edge cases: an empty sequence → empty result; a constant sequence (s = 0) → all NaN
 * (no standard score exists; callers reject it with a ZonelinkError naming themselves).
 *
 * @example
 * zScores([1, 2, 3]);                          // Float64Array [-1.2247…, 0, 1.2247…]
 * zScores([1, 2, 3], { divisor: 'sample' });   // Float64Array [-1, 0, 1]
 */
export function zScores(values: ArrayLike<number>, options: ZScoresOptions = {}): Float64Array {
  const { divisor: kind } = zScoresOptions.read(options);
  checkNumbers('zScores', values, 'values');
  const n = values.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  const divisor = kind === 'sample' ? n - 1 : n;
  const sd = Math.sqrt(squares / divisor);
  for (let i = 0; i < n; i++) out[i] = sd > 0 ? (values[i] - mean) / sd : Number.NaN;
  return out;
}
